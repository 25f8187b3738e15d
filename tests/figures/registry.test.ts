import type { Component } from 'svelte';
import { describe, expect, test } from 'vitest';
import { describeSteps } from '$figures/build';
import { figure, FIGURES } from '$figures/registry';
import type { StepState } from '$figures/types';
import { en } from '$lib/i18n/en';
import { es } from '$lib/i18n/es';
import { AS_OF, fixtureTables } from '../fixtures/tables';
import { exampleStates } from './readme';
import { figureRenderer, imageName } from './render';

// Each figure's component, found as the islands find it (its folder's Figure.svelte), and the steps
// its README shows writers (its ```mdx example), parsed as the build parses a story section: a
// figure added to the registry is tested here with nothing to edit, and its README's examples
// cannot drift from what it draws.
const COMPONENTS = import.meta.glob<{ default: Component<never> }>('../../src/figures/*/Figure.svelte', { eager: true });
const SAMPLES: Record<string, { component: Component<never>; states: StepState[] }> = Object.fromEntries(
  Object.keys(FIGURES).map((id) => [id, { component: COMPONENTS[`../../src/figures/${id}/Figure.svelte`]?.default, states: exampleStates(id) }]),
);

describe('the figure registry', () => {
  test('every figure registered has a component and example steps in its README', () => {
    for (const [id, { component, states }] of Object.entries(SAMPLES)) {
      expect(component, `src/figures/${id}/Figure.svelte`).toBeDefined();
      expect(states.length, `src/figures/${id}/README.md: an example <Step>`).toBeGreaterThan(0);
    }
  });

  test('figure(id) finds a figure, and an unknown id names the ones there are', () => {
    expect(figure('legal')).toBe(FIGURES.legal);
    expect(() => figure('map')).toThrow(`No figure "map"; the figures are ${Object.keys(FIGURES).join(', ')}`);
  });

  test('every figure is named in both editions, in their own words', () => {
    for (const [id, f] of Object.entries(FIGURES)) {
      expect(f.label.en.trim(), id).not.toBe('');
      expect(f.label.es.trim(), id).not.toBe('');
      expect(f.label.es, id).not.toBe(f.label.en);
    }
  });

  test('only figures with rows to list offer a data table: the casualty chart and the two maps, and any figure that names one <DataTable> can list', () => {
    const tabled = Object.fromEntries(Object.entries(FIGURES).filter(([, f]) => f.table).map(([id, f]) => [id, f.table]));
    expect(tabled).toMatchObject({ casualties: 'strikes', strikemap: 'strikes', buildup: 'deployments' });
    for (const table of Object.values(tabled)) expect(['strikes', 'deployments']).toContain(table);
    for (const id of ['legal', 'timeline', 'union']) expect(FIGURES[id].table, id).toBeUndefined();
  });
});

describe.each(Object.entries(SAMPLES))('%s', (id, { component, states }) => {
  test('the sample steps are ones its schema accepts', () => {
    for (const s of states) expect(FIGURES[id].schema.safeParse(s).success, JSON.stringify(s)).toBe(true);
  });

  test('what a screen reader hears at each step is the name the drawn figure carries, in both editions', () => {
    const draw = figureRenderer(component, id, states);
    for (const t of [en, es]) {
      const said = describeSteps(id, fixtureTables(), AS_OF, states, t);
      expect(said.map((s) => s.trim().length > 0)).toEqual(states.map(() => true));
      expect(states.map((_, i) => imageName(draw(i, t)))).toEqual(said);
    }
  });
});
