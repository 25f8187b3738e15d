import { describe, expect, test } from 'vitest';
import { legalData } from '$figures/legal/data';
import { LAND, legalLayout, MAX_NM } from '$figures/legal/layout';
import { LEGAL_CLAIMS } from '$figures/legal/claims';
import { AS_OF } from '../../fixtures/tables';
import { legalTables } from './tables';
import { atBuild as enLegal } from '$figures/legal/words.en';

const data = legalData(legalTables(), AS_OF, LEGAL_CLAIMS, enLegal.view.terms);
const g = legalLayout(data);
const width = (key: string) => {
  const b = g.bands.find((x) => x.key === key)!;
  return b.to - b.from;
};

describe('legal figure layout', () => {
  test('the sea zones are drawn to scale, coast to high seas, edge to edge', () => {
    expect(g.bands.map((b) => b.key)).toEqual(['territorial', 'contiguous', 'eez', 'high']);
    expect(g.bands[0].from).toBe(LAND);
    for (let i = 1; i < g.bands.length; i++) expect(g.bands[i].from).toBe(g.bands[i - 1].to);
    expect(g.bands.at(-1)!.to).toBe(100);
    // 12 nm of territorial sea against 176 nm of economic zone beyond the contiguous zone.
    expect(width('eez') / width('territorial')).toBeCloseTo(176 / 12, 1);
    expect(width('high')).toBeCloseTo(((MAX_NM - 200) / MAX_NM) * (100 - LAND), 1);
  });

  test('the hatched strike area starts where the territorial sea ends; the flights fall inside the economic zone', () => {
    expect(g.strikesFrom).toBe(g.bands[0].to);
    const eez = g.bands.find((b) => b.key === 'eez')!;
    expect(g.flights).toBeGreaterThan(eez.from);
    expect(g.flights).toBeLessThan(eez.to);
  });

  test('the timeline places months, voices, votes and strikes in date order, inside its edges', () => {
    expect(g.months.map((m) => m.date)).toEqual(['2025-09-01', '2025-10-01', '2025-11-01']);
    const xs = [...g.months, ...g.voices, ...g.votes, ...g.strikes].map((p) => p.x);
    for (const x of xs) expect(x >= 3 && x <= 97, String(x)).toBe(true);
    const byDate = g.strikes.map((s, i) => [data.strikes[i].date, s.x] as const);
    for (let i = 1; i < byDate.length; i++) expect(byDate[i][1]).toBeGreaterThanOrEqual(byDate[i - 1][1]);
    expect(g.votes.find((v) => v.id === 'V01')!.x).toBeLessThan(g.voices.find((v) => v.id === 'E041')!.x);
  });

  test('strikes announced the same day stack instead of hiding one another', () => {
    const same = { ...data, strikes: [{ id: 'A', date: '2025-10-28', named: null, disputed: false }, { id: 'B', date: '2025-10-28', named: null, disputed: false }, { id: 'C', date: '2025-10-29', named: null, disputed: false }] };
    expect(legalLayout(same).strikes.map((s) => s.k)).toEqual([0, 1, 0]);
  });
});
