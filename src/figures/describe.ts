import type { Tables } from '$lib/data/load';
import type { Strings } from '$lib/i18n/en';
import { figure } from './registry';
import { figureWords } from './words';
import type { StepState } from './types';

/**
 * Build time: each step's text alternative, from the same data the figure's island gets, so what
 * a screen reader hears and what the figure draws cannot disagree.
 */
export function describeSteps(id: string, t: Tables, end: string, states: StepState[], s: Strings): string[] {
  const f = figure(id);
  const { data } = f.props(t, end, states, s);
  const words = figureWords(id, s.lang as never);
  return states.map((state) => f.describe(data, state, s, words));
}
