import type { StepPlace } from '$lib/story/steps';
import type { Tables } from '$lib/data/load';
import type { Strings } from '$lib/i18n/en';
import { describeSteps } from '$figures/build';

/** A <Step>'s place, as the build's MDX pass wrote it (src/integrations/scrollySteps.ts). */
export function stepPlace(props: Record<string, unknown>): StepPlace & { state: Record<string, string> } {
  if (typeof props.place !== 'string') throw new Error('<Step> outside a <Scrolly>: the story check should have stopped the build');
  const place = JSON.parse(props.place) as StepPlace;
  return { ...place, state: place.states[place.index] };
}

/** The figure's state at this step, in words: read after the step's prose, by a screen reader going line by line. */
export function stepNote(place: StepPlace, t: Tables, asOf: string, s: Strings): string {
  return describeSteps(place.figure, t, asOf, place.states, s)[place.index];
}
