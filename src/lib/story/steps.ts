import { eachTag, parseTags, type Tag } from './tags';

/** The <Scrolly> blocks of one MDX section and each one's <Step> props, in order, read from the parsed source. */
interface ScrollyOutline {
  figure: string;
  line: number;
  steps: { props: Record<string, string>; line: number }[];
}

/**
 * One <Scrolly> as the build hands it to its components (src/integrations/scrollySteps.ts): its
 * figure and its steps' states, in order. One object per section; each <Step> gets it with its
 * own `index` into `states`.
 */
export interface ScrollySection {
  figure: string;
  states: Record<string, string>[];
}

/** One <Step>'s props: the figure's state while it is read. */
const stepState = (step: Tag): Record<string, string> => Object.fromEntries(Object.entries(step.props).map(([k, v]) => [k, String(v)]));

/** A <Scrolly> tag's figure and steps. The build reads its sections through this too (src/integrations/scrollySteps.ts). */
export function outlineOf(scrolly: Tag): ScrollyOutline {
  const steps = scrolly.children.filter((c) => c.name === 'Step').map((s) => ({ props: stepState(s), line: s.line }));
  return { figure: String(scrolly.props.figure ?? ''), line: scrolly.line, steps };
}

export function scrollyOutline(body: string): ScrollyOutline[] {
  return [...eachTag(parseTags(body))].filter(({ tag }) => tag.name === 'Scrolly').map(({ tag }) => outlineOf(tag));
}

/** One figure's states across the whole story, in reading order (what its embed steps through). */
export function figureStates(bodies: string[], figure: string): Record<string, string>[] {
  return bodies.flatMap((b) => scrollyOutline(b).filter((s) => s.figure === figure).flatMap((s) => s.steps.map((st) => st.props)));
}
