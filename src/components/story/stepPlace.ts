import type { StepPlace } from '$lib/story/steps';
import type { Tables } from '$lib/data/load';
import type { Strings } from '$lib/i18n/en';
import { describeSteps } from '$figures/describe';

/** A <Step>'s place, as the build's MDX pass wrote it (src/integrations/scrollySteps.ts). */
export function stepPlace(props: Record<string, unknown>): StepPlace & { state: Record<string, string> } {
  if (typeof props.place !== 'string') throw new Error('<Step> outside a <Scrolly>: the story check should have stopped the build');
  const place = JSON.parse(props.place) as StepPlace;
  return { ...place, state: place.states[place.index] };
}

// One description per section and edition, not one per step: keyed by the tables it was made from.
const notes = new WeakMap<Tables, Map<string, string[]>>();

/** The figure's state at this step, in words: read after the step's prose, by a screen reader going line by line. */
export function stepNote(place: StepPlace, t: Tables, asOf: string, s: Strings): string {
  const byTables = notes.get(t) ?? new Map<string, string[]>();
  notes.set(t, byTables);
  const key = `${s.lang} ${place.figure} ${asOf} ${JSON.stringify(place.states)}`;
  if (!byTables.has(key)) byTables.set(key, describeSteps(place.figure, t, asOf, place.states, s));
  return byTables.get(key)![place.index];
}
