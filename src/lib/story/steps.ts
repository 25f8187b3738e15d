import { findTags } from './tags';

/** The <Scrolly> blocks of one MDX section and each one's <Step> props, in order, read from the source. */
export interface ScrollyOutline {
  figure: string;
  line: number;
  steps: { props: Record<string, string>; line: number }[];
}

export function scrollyOutline(body: string): ScrollyOutline[] {
  const out: ScrollyOutline[] = [];
  for (const tag of findTags(body)) {
    if (tag.closing) continue;
    if (tag.name === 'Scrolly') out.push({ figure: String(tag.props.figure ?? ''), steps: [], line: tag.line });
    else if (tag.name === 'Step' && out.length) {
      const props = Object.fromEntries(Object.entries(tag.props).map(([k, v]) => [k, String(v)]));
      out.at(-1)!.steps.push({ props, line: tag.line });
    }
  }
  return out;
}

/** One figure's states across the whole story, in reading order (what its embed steps through). */
export function figureStates(bodies: string[], figure: string): Record<string, string>[] {
  return bodies.flatMap((b) => scrollyOutline(b).filter((s) => s.figure === figure).flatMap((s) => s.steps.map((st) => st.props)));
}
