import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { FIGURES } from '$figures/registry';
import { builtWords, figureWords } from '$figures/words';
import type { StepState } from '$figures/types';
import type { Tables } from '$lib/data/load';
import { en, type Strings } from '$lib/i18n/en';
import { AS_OF, fixtureTables } from '../fixtures/tables';

/**
 * Server-renders a figure as a page would: its build-time props from its definition
 * (FIGURES[id].props, on the fixture tables unless told otherwise), then the props the host
 * hands it for one step: `state`, `index`, `instant: true` (a first paint), the steps' text
 * alternatives and the edition's words.
 *
 * The returned function takes a step's position in `states`, or any state to show (index 0), and
 * the edition's strings (English unless given).
 */
export function figureRenderer(
  component: Component<never>,
  id: string,
  states: StepState[] = [],
  { tables = fixtureTables(), end = AS_OF }: { tables?: Tables; end?: string } = {},
): (step: number | StepState, t?: Strings) => string {
  const figure = FIGURES[id];
  return (step, t = en) => {
    const all = builtWords(id, t.lang as never);
    const built = figure.props(tables, end, states, t, all);
    const index = typeof step === 'number' ? step : 0;
    const state = typeof step === 'number' ? states[step] : step;
    // Each step's text alternative, written at build time as FigureIsland.astro writes it.
    const words = figureWords(id, t.lang as never);
    const descriptions = (typeof step === 'number' ? states : [state]).map((s) => figure.describe(built.data, s, t, all));
    return render(component as Component<Record<string, unknown>>, { props: { ...built, state, index, instant: true, descriptions, t, words } }).body;
  };
}

/** The name of a figure's image (its `role="img"` element's aria-label), unescaped. */
export function imageName(html: string): string {
  const m = /role="img" aria-label="([^"]*)"/.exec(html);
  if (!m) throw new Error('no role="img" with an aria-label in the figure');
  return m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
