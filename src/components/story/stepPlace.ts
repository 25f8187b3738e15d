import type { ScrollySection } from '$lib/story/steps';
import type { Tables } from '$lib/data/load';
import type { Strings } from '$lib/i18n/en';
import { describeSteps } from '$figures/build';

/** Where a <Step> sits: its section (the one object the build's MDX pass wrote, src/integrations/scrollySteps.ts) and its index in it. */
export interface StepPlace {
  section: ScrollySection;
  index: number;
  /** The figure's state at this step: `section.states[index]`. */
  state: Record<string, string>;
}

/** A <Step>'s place, from the props the build's MDX pass gave it. */
export function stepPlace(props: Record<string, unknown>): StepPlace {
  const { section, index } = props as { section?: ScrollySection; index?: number };
  if (!section || typeof index !== 'number') throw new Error('<Step> outside a <Scrolly>: the story check should have stopped the build');
  return { section, index, state: section.states[index] };
}

/** The figure's state at this step, in words: read after the step's prose, by a screen reader going line by line. */
export function stepNote({ section, index }: StepPlace, t: Tables, asOf: string, s: Strings): string {
  return describeSteps(section.figure, t, asOf, section.states, s)[index];
}
