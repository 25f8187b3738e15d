import { describe, expect, test } from 'vitest';
import { legalData, NM_IN_KM } from '$figures/legal/data';
import { contested, disputeOf } from '$lib/claims';
import { LEGAL_CLAIMS } from '$figures/legal/claims';
import { AS_OF, fixtureTables } from '../../fixtures/tables';

const t = fixtureTables();

describe('legal figure data', () => {
  const data = legalData(t, AS_OF, LEGAL_CLAIMS);

  test('the sea zones come from the sourced facts table: 12, 24 and 200 nautical miles', () => {
    expect(data.zones.map((z) => z.nm)).toEqual([12, 24, 200]);
  });

  test('the one disclosed distance: F-35s about 75 km out, which is inside the economic zone', () => {
    expect(data.flights).toMatchObject({ km: 75, nm: Math.round(75 / NM_IN_KM), sources: ['CNN'] });
    expect(data.flights!.nm).toBeGreaterThan(24);
    expect(data.flights!.nm).toBeLessThan(200);
  });

  test('who was aboard: a group named in 2 of the 9 strikes by the as-of date; 4 disputed by a government or relatives', () => {
    expect(data.target).toMatchObject({ strikes: 9, killed: 36, survivors: 3 });
    expect(data.target.named).toEqual([
      { group: 'Tren de Aragua', ids: ['S001'] },
      { group: 'ELN', ids: ['S007'] },
    ]);
    expect(data.target.contested.map((c) => c.id)).toEqual(['S001', 'S002', 'S004', 'S005']);
  });

  test('a dispute is the counter-claim in the row, without the official claim', () => {
    const row = { attribution_claims: 'Hegseth: vessel affiliated with a Designated Terrorist Organization; counter-claim: relatives said the dead were fishermen' };
    expect(contested(row as never)).toBe(true);
    expect(disputeOf(row)).toBe('relatives said the dead were fishermen');
    expect(contested({ attribution_claims: 'Hegseth: Designated Terrorist Organization vessel' } as never)).toBe(false);
  });

  test('only the Senate votes held by the as-of date, with their tallies', () => {
    expect(data.votes.map((v) => [v.date, v.yes, v.no, v.outcome])).toEqual([
      ['2025-10-08', 48, 51, 'failed'],
      ['2025-11-06', 49, 51, 'failed'],
    ]);
  });

  test('every claim quoted is an event row, its sources named by publisher, strongest first', () => {
    for (const c of [...data.enforcement, ...data.conflict, ...data.voices]) expect(c.sources.length, c.id).toBeGreaterThan(0);
    // E014 cites a wire copy of OHCHR (official) and CubaSí (other): the official source leads.
    expect(data.voices.find((v) => v.id === 'E014')!.sources[0]).toBe('OHCHR');
  });

  test('a claim that is not an event row stops the build, naming the id', () => {
    expect(() => legalData(t, AS_OF, { enforcement: ['E999'], conflict: [], voices: [] })).toThrow(/E999 is not in content\/data\/events.csv/);
  });
});
