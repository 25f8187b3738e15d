import { describe, expect, test } from 'vitest';
import { unionData } from '$figures/union/data';
import type { UnionState } from '$figures/union/state';
import { STATES } from './states';
import { announcedBy } from '$lib/casualties';
import { en } from '$lib/i18n/en';
import { es } from '$lib/i18n/es';
import { atBuild as enUnion } from '$figures/union/words.en';
import { atBuild as esUnion } from '$figures/union/words.es';
import { AS_OF, fixtureTables } from '../../fixtures/tables';

const t = fixtureTables();
const data = unionData(t, AS_OF, STATES, en, enUnion);
const words = (reason: UnionState['reason']) => data.steps[reason].labels.map((l) => l.text);

describe('union figure data', () => {
  test('the numbers on the map are the sourced facts: border length, crossings, troops', () => {
    expect(data.numbers).toMatchObject({ borderKm: 2219, land: 3, river: 1, coTroops: 25000, veTroops: 15000 });
    expect(words('border')).toContain('2,219 km of shared land border');
    expect(words('border')).toContain('Official crossings: 3 by land, 1 by river');
    expect(words('depth')).toContain('25,000 Colombian soldiers in Catatumbo, Petro said');
  });

  test('the strikes step counts the Caribbean strikes announced by its own date', () => {
    const expected = announcedBy(t.strikes, '2025-10-18').filter((s) => s.region === 'caribbean');
    expect(data.numbers.strikes).toBe(expected.length);
    expect(data.numbers.killed).toBe(expected.reduce((n, s) => n + s.killed, 0));
    // One dot per strike in each frame, inside a dashed area: their places were not disclosed.
    for (const f of ['w', 'n'] as const) expect(data.steps.stance.marks[f].filter((m) => m.kind === 'dot')).toHaveLength(expected.length);
    expect(words('stance')[2]).toMatch(new RegExp(`^${expected.length} U.S. strikes in the Caribbean by Oct. 18`));
  });

  test('troop circles are sized by area: 25,000 against 15,000', () => {
    const [co, ve] = data.steps.depth.marks.w;
    if (co.kind !== 'dot' || ve.kind !== 'dot') throw new Error('troops are dots');
    expect((co.r / ve.r) ** 2).toBeCloseTo(25000 / 15000, 1);
  });

  test('dates on the labels come from the event rows', () => {
    expect(words('border')).toEqual(expect.arrayContaining(['Binational zone, July 17', 'Second zone, Sept. 26']));
    expect(words('message').at(-1)).toMatch(/Nov\.\s9$/);
  });

  test('every label sits inside each frame it is shown in, and every step changes what is drawn', () => {
    for (const step of Object.values(data.steps))
      for (const l of step.labels)
        for (const p of [l.w, l.n]) {
          if (!p) continue;
          expect(p.x, l.id).toBeGreaterThanOrEqual(0);
          expect(p.x, l.id).toBeLessThanOrEqual(100);
          expect(p.y, l.id).toBeGreaterThanOrEqual(0);
          expect(p.y, l.id).toBeLessThanOrEqual(100);
        }
    const looks = Object.values(data.steps).map((s) => JSON.stringify([s.view, s.lit, s.strong, s.marks.w.map((m) => m.cls)]));
    expect(new Set(looks).size).toBe(looks.length);
  });

  test('the Spanish edition gets its own words, with the numbers formatted its way', () => {
    const esData = unionData(t, AS_OF, STATES, es, esUnion);
    expect(esData.steps.border.labels.map((l) => l.text)).toContain('2.219 km de frontera terrestre común');
  });

  test('a fact or event the figure stands on that is missing stops the build, naming it', () => {
    expect(() => unionData({ ...t, facts: t.facts.filter((f) => f.id !== 'G06') }, AS_OF, STATES, en, enUnion)).toThrow(/fact G06 is not in content\/data\/facts.csv/);
    expect(() => unionData({ ...t, events: t.events.filter((e) => e.id !== 'E020') }, AS_OF, STATES, en, enUnion)).toThrow(/event E020 is not in content\/data\/events.csv/);
  });

  test('the United States\' sides of the triangle leave the map at its top edge, in both frames', () => {
    const tri = data.steps.triangle;
    for (const f of ['w', 'n'] as const) {
      const us = tri.marks[f].filter((m) => m.kind === 'line' && m.cls.includes('us-side')) as { y1: number }[];
      expect(us).toHaveLength(2);
      const top = Math.min(...tri.marks[f].flatMap((m) => (m.kind === 'line' ? [m.y1, m.y2] : [m.y])));
      for (const side of us) expect(side.y1).toBe(top);
    }
  });
});
