import { describe, expect, test } from 'vitest';
import { announcedOn } from '$lib/casualties';
import { sourceIndex } from '$lib/data/sources';
import { disputeLayout, disputeOf, latestGap, monthStarts, totalOn } from '$lib/tracker/dispute';
import { fixtureTables } from '../../fixtures/tables';

// Fixture strikes: S013 (Oct. 27, announced Oct. 28) left a survivor Mexico never found (presumed_dead 1);
// fixture tallies: eight published totals from Oct. 14, 2025 to Feb. 20, 2026 (tests/fixtures/tables/tallies.csv).
const t = fixtureTables();
const d = disputeOf(t.strikes, t.tallies, sourceIndex(t.sources));
const killed = t.strikes.reduce((n, s) => n + s.killed, 0);

describe('the counts in dispute', () => {
  test('our count is the sum of deaths announced; the second line adds the survivors never found, from their strike on', () => {
    expect(d.announced.at(-1)!.total).toBe(killed);
    expect(d.withPresumed.at(-1)!.total).toBe(killed + 1);
    expect(d.presumed).toEqual([{ id: 'S013', date: '2025-10-28', n: 1 }]);
    const before = t.strikes.filter((s) => announcedOn(s) < '2025-10-28').reduce((n, s) => n + s.killed, 0);
    expect(totalOn(d.withPresumed, '2025-10-27')).toBe(before);
    expect(totalOn(d.withPresumed, '2025-10-28') - totalOn(d.announced, '2025-10-28')).toBe(1);
  });

  test('each published tally is a dot named by its publisher, in date order', () => {
    expect(d.tallies).toHaveLength(t.tallies.length);
    expect(d.tallies.map((x) => x.date)).toEqual([...d.tallies.map((x) => x.date)].sort());
    const cnn = d.tallies.find((x) => x.killed === 148)!;
    expect(cnn).toMatchObject({ date: '2026-02-20', outlet: 'CNN' });
    expect(d.start).toBe('2025-09-02');
  });

  test('laid out in a 0–100 box: the highest count fits under the top tick, the steps never go down', () => {
    const g = disputeLayout(d);
    expect(g.yTicks.at(-1)!.y).toBe(0);
    expect(Math.min(...g.dots.map((p) => p.y))).toBeGreaterThanOrEqual(0);
    const ys = [...g.announced.matchAll(/V([\d.]+)/g)].map((m) => Number(m[1]));
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeLessThanOrEqual(ys[i - 1]);
    expect(monthStarts('2025-09-02', '2026-01-15')).toEqual(['2025-10-01', '2025-11-01', '2025-12-01', '2026-01-01']);
  });
});

describe('the gap the story, the methodology and the tracker all print', () => {
  test('the latest published tally against our count with the survivors never found on its day', () => {
    const gap = latestGap(d)!;
    expect(gap.tally).toBe(d.tallies.at(-1));
    expect(gap.ours).toBe(totalOn(d.withPresumed, gap.tally.date));
    expect(gap.gap).toBe(gap.tally.killed - gap.ours);
  });

  test('a survivor never found closes the gap by one; no gap once ours reaches the tally', () => {
    const latest = d.tallies.at(-1)!;
    const before = latestGap(d)!.gap;
    const withOne = disputeOf(
      t.strikes.map((s, i) => (i === 0 ? { ...s, presumed_dead: (s.presumed_dead ?? 0) + 1 } : s)),
      t.tallies,
      sourceIndex(t.sources),
    );
    expect(latestGap(withOne)?.gap ?? 0).toBe(before - 1);
    const lower = disputeOf(t.strikes, t.tallies.map((x) => (x.as_of === latest.date ? { ...x, killed: 1 } : x)), sourceIndex(t.sources));
    expect(latestGap(lower)).toBeNull();
  });
});
