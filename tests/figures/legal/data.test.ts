import { describe, expect, test } from 'vitest';
import { legalData, NM_IN_KM } from '$figures/legal/data';
import { curly } from '$figures/legal/view';
import { aboardCounterClaims, contested } from '$lib/claims';
import { LEGAL_CLAIMS } from '$figures/legal/claims';
import { AS_OF } from '../../fixtures/tables';
import { legalTables } from './tables';
import { atBuild as enLegal } from '$figures/legal/words.en';

const t = legalTables();

describe('legal figure data', () => {
  const data = legalData(t, AS_OF, LEGAL_CLAIMS, enLegal.view.terms);

  test('the sea zones come from the sourced facts table: 12, 24 and 200 nautical miles', () => {
    expect(data.zones.map((z) => z.nm)).toEqual([12, 24, 200]);
  });

  test('the one disclosed distance: F-35s about 75 km out (Oct. 2), which is inside the economic zone', () => {
    expect(data.flights).toMatchObject({ km: 75, nm: Math.round(75 / NM_IN_KM), event: 'E023', date: '2025-10-02', sources: ['CNN'] });
    expect(data.flights!.nm).toBeGreaterThan(24);
    expect(data.flights!.nm).toBeLessThan(200);
  });

  test('the voices, in date order, with their quotes; a term is quoted only where its row quotes it', () => {
    expect(data.voices.map((v) => [v.id, v.date, v.actor])).toEqual([
      ['E014', '2025-09-16', 'un'],
      ['E022', '2025-10-01', 'united_states'],
      ['E041', '2025-10-31', 'un'],
      ['E042', '2025-11-04', 'un'],
    ]);
    // Only the notice's term is a quotation in its row; the others are the row's paraphrase.
    expect(data.voices.filter((v) => v.quoted).map((v) => v.id)).toEqual(['E022']);
    expect(curly(data.voices[0].quote)).toBe('UN experts: “International law does not allow governments to simply murder alleged drug traffickers”');
  });


  test('who was aboard: a group named in 2 of the 9 strikes by the as-of date; 4 disputed by a government or relatives', () => {
    expect(data.strikes).toHaveLength(9);
    expect(data.strikes.filter((s) => s.named).map((s) => [s.id, s.named])).toEqual([['S001', 'Tren de Aragua'], ['S007', 'ELN']]);
    expect(data.strikes.filter((s) => s.disputed).map((s) => s.id)).toEqual(['S001', 'S002', 'S004', 'S005']);
    // Placed on the timeline by the day each was made public: S006, struck Oct. 16, was announced Oct. 18.
    expect(data.strikes.find((s) => s.id === 'S006')!.date).toBe('2025-10-18');
  });

  test('a dispute is the counter-claim in the row, without the official claim', () => {
    const row = { attribution_claims: 'Hegseth: vessel affiliated with a Designated Terrorist Organization; counter-claim: relatives said the dead were fishermen' };
    expect(contested(row as never)).toBe(true);
    expect(aboardCounterClaims(row)).toBe('relatives said the dead were fishermen');
    expect(contested({ attribution_claims: 'Hegseth: Designated Terrorist Organization vessel' } as never)).toBe(false);
  });

  test('only the Senate votes held by the as-of date, with their tallies', () => {
    expect(data.votes.map((v) => [v.id, v.date, v.yes, v.no, v.outcome])).toEqual([
      ['V01', '2025-10-08', 48, 51, 'failed'],
      ['V02', '2025-11-06', 49, 51, 'failed'],
    ]);
  });

  test('the timeline runs from the first of the month of the first strike to the story\'s end', () => {
    expect([data.start, data.end]).toEqual(['2025-09-01', AS_OF]);
  });

  test('every quoted row names its sources by publisher, strongest first', () => {
    for (const c of data.voices) expect(c.sources.length, c.id).toBeGreaterThan(0);
    // E014 cites a wire copy of OHCHR (official) and CubaSí (other): the official source leads.
    expect(data.voices.find((v) => v.id === 'E014')!.sources[0]).toBe('OHCHR');
  });

  test('a voice or the flights\' row missing from the tables is left out, not invented', () => {
    const fewer = legalData(t, AS_OF, { ...LEGAL_CLAIMS, flights: 'E999', voices: ['E999', 'E014'] }, enLegal.view.terms);
    expect(fewer.voices.map((v) => v.id)).toEqual(['E014']);
    expect(fewer.flights).toBeNull();
  });

  test('straight quotes in the data become typographic ones', () => {
    expect(curly('Kaine: "We should not be in war without Congress."')).toBe('Kaine: “We should not be in war without Congress.”');
  });
});
