import type { Component } from 'svelte';
import { describe, expect, test } from 'vitest';
import Buildup from '$figures/buildup/Figure.svelte';
import Casualties from '$figures/casualties/Figure.svelte';
import Legal from '$figures/legal/Figure.svelte';
import Strikemap from '$figures/strikemap/Figure.svelte';
import Timeline from '$figures/timeline/Figure.svelte';
import Union from '$figures/union/Figure.svelte';
import { describeSteps } from '$figures/build';
import { figure, FIGURES } from '$figures/registry';
import type { StepState } from '$figures/types';
import { en } from '$lib/i18n/en';
import { es } from '$lib/i18n/es';
import { AS_OF, fixtureTables } from '../fixtures/tables';
import { figureRenderer, imageName } from './render';

/** Each figure's component and a few steps a writer could put in a section, valid for the fixture rows. */
const SAMPLES: Record<string, { component: Component<never>; states: StepState[] }> = {
  casualties: { component: Casualties, states: [{ through: '2025-10-14' }, { through: AS_OF, highlight: 'survivors', focus: 'S006' }, { through: '2025-10-08', marker: 'E024' }] },
  strikemap: { component: Strikemap, states: [{ through: '2025-10-03', view: 'caribbean' }, { through: AS_OF, highlight: 'survivors' }, { through: '2025-10-14', focus: 'S004' }] },
  buildup: { component: Buildup, states: [{ through: '2025-08-26' }, { through: AS_OF, highlight: 'aircraft', focus: 'D009' }] },
  legal: {
    component: Legal,
    states: [
      { panel: 'zones', through: AS_OF },
      { panel: 'frames', through: AS_OF, focus: 'E014' },
      { panel: 'target', through: AS_OF },
      { panel: 'congress', through: '2025-10-08' },
    ],
  },
  timeline: { component: Timeline, states: [{ through: '2025-10-09', focus: 'E025' }, { through: AS_OF }] },
  union: { component: Union, states: [{ reason: 'border', through: '2025-09-26' }, { reason: 'stance', through: AS_OF }, { reason: 'triangle', through: AS_OF }] },
};

describe('the figure registry', () => {
  test('lists every figure folder, each with a component and sample steps here', () => {
    expect(Object.keys(FIGURES).sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  test('figure(id) finds a figure, and an unknown id names the ones there are', () => {
    expect(figure('legal')).toBe(FIGURES.legal);
    expect(() => figure('map')).toThrow(/No figure "map"; the figures are casualties, strikemap, buildup, legal, timeline, union/);
  });

  test('every figure is named in both editions, in their own words', () => {
    for (const [id, f] of Object.entries(FIGURES)) {
      expect(f.label.en.trim(), id).not.toBe('');
      expect(f.label.es.trim(), id).not.toBe('');
      expect(f.label.es, id).not.toBe(f.label.en);
    }
  });

  test('only figures with rows to list offer a data table: the casualty chart and the two maps', () => {
    const tabled = Object.entries(FIGURES).filter(([, f]) => f.table).map(([id, f]) => [id, f.table]);
    expect(tabled).toEqual([['casualties', 'strikes'], ['strikemap', 'strikes'], ['buildup', 'deployments']]);
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
