import { describe, expect, test } from 'vitest';
import { contested, legalData, NM_IN_KM } from '$lib/legal';
import { laneOf, timelineData } from '$lib/timeline';
import { unionData } from '$lib/union';
import { loadTables } from '$lib/data/load';
import { LEGAL_CLAIMS } from '../../src/figures/legal/claims';
import { UNION_EVENTS } from '../../src/figures/union/describe';

const t = loadTables();
const AS_OF = '2025-11-10';

describe('legal figure data', () => {
  const data = legalData(t, AS_OF, LEGAL_CLAIMS);

  test('the sea zones come from the sourced facts table: 12, 24 and 200 nautical miles', () => {
    expect(data.zones.map((z) => z.nm)).toEqual([12, 24, 200]);
  });

  test('the one disclosed distance: F-35s about 75 km out, which is inside the economic zone', () => {
    expect(data.flights).toMatchObject({ km: 75, nm: Math.round(75 / NM_IN_KM) });
    expect(data.flights!.nm).toBeGreaterThan(24);
    expect(data.flights!.nm).toBeLessThan(200);
  });

  test('who was aboard: a group named in 3 of 19 strikes; 4 disputed by a government or relatives', () => {
    expect(data.target.strikes).toBe(19);
    expect(data.target.named).toEqual([
      { group: 'Tren de Aragua', ids: ['S001', 'S010'] },
      { group: 'ELN', ids: ['S007'] },
    ]);
    expect(data.target.contested.map((c) => c.id)).toEqual(['S001', 'S002', 'S004', 'S005']);
    expect(t.strikes.filter(contested).every((s) => s.attribution_claims.length > 0)).toBe(true);
  });

  test('only the Senate votes held by the as-of date, with their tallies', () => {
    expect(data.votes.map((v) => [v.date, v.yes, v.no, v.outcome])).toEqual([
      ['2025-10-08', 48, 51, 'failed'],
      ['2025-11-06', 49, 51, 'failed'],
    ]);
  });

  test('every claim quoted is an event row with its sources', () => {
    for (const c of [...data.enforcement, ...data.conflict, ...data.voices]) expect(c.sources.length).toBeGreaterThan(0);
    expect(() => legalData(t, AS_OF, { enforcement: ['E999'], conflict: [], voices: [] })).toThrow(/E999 is not in content\/data\/events.csv/);
  });
});

describe('timeline data', () => {
  const data = timelineData(t, '2025-08-01', AS_OF);

  test('four lanes; Congress sits in the U.S. lane; nothing after the as-of date', () => {
    expect(laneOf('us_congress')).toBe('united_states');
    expect(laneOf('other')).toBeNull();
    expect(new Set(data.events.map((e) => e.lane))).toEqual(new Set(['united_states', 'colombia', 'venezuela', 'un']));
    expect(data.events.every((e) => e.date >= '2025-08-01' && e.date <= AS_OF)).toBe(true);
    expect(data.events.some((e) => e.id === 'E045')).toBe(false); // Nov. 11: after the story
  });

  test('a step that brings an event forward shows its words: an event without a label stops the build', () => {
    const focused = new Set(['E009', 'E016']);
    expect(timelineData(t, '2025-08-01', AS_OF, [AS_OF], focused).events.find((e) => e.id === 'E009')!.label).not.toBe('');
    const unlabelled = { ...t, events: t.events.map((e) => (e.id === 'E016' ? { ...e, label: '' } : e)) };
    expect(() => timelineData(unlabelled, '2025-08-01', AS_OF, [AS_OF], focused)).toThrow(/E016, which has no label/);
  });

  test('events in date order, and the strikes the story counts', () => {
    const dates = data.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(data.strikes).toHaveLength(19);
  });
});

describe('union figure data', () => {
  const data = unionData(t, AS_OF, Object.values(UNION_EVENTS).flat());

  test('the border length with every figure the sources give, the main one first', () => {
    expect(data.border.lengths.map((l) => l.km)).toEqual([2219, 2050, 2200]);
    expect(data.border.lengths[0].sources[0]).toBe('Cancillería de Colombia');
  });

  test('crossings from the sourced facts: 3 by land, 1 by river', () => {
    expect(data.crossings.map((c) => c.n)).toEqual([3, 1]);
  });

  test('the U.S. build-up count is computed from the deployments reported by the as-of date', () => {
    expect(data.deployments).toBe(t.deployments.filter((d) => d.reported_date && d.reported_date <= AS_OF).length);
  });

  test('each reason stands on event rows that exist', () => {
    for (const ids of Object.values(UNION_EVENTS)) for (const id of ids) expect(data.events[id], id).toBeDefined();
  });
});
