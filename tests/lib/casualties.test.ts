import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '$lib/data/csv';
import { loadTable } from '$lib/data/load';
import type { Strike } from '$lib/data/schemas';
import { NOTHING_REPORTED } from '$lib/data/firmness';
import { announcedBy, cumulative, happenedOn, latestAnnounced, selectStrikes, tally } from '$lib/casualties';
import { AS_OF, fixtureTable } from '../fixtures/tables';

// Fixture rows (tests/fixtures/tables/strikes.csv): S001–S008 and S013 announced by Nov. 10; S020 carried out
// Nov. 10 and announced Nov. 14; S032 (Dec. 31, sea area not disclosed); S051 (no dates, first reported May 6, 2026).
const strikes = fixtureTable('strikes');

function row(id: string, strike_date: string | null, announced_date: string | null, killed: number, extra: Partial<Strike> = {}): Strike {
  return {
    id, strike_date, announced_date, reported_by: announced_date ?? strike_date ?? '2026-01-01', region: 'caribbean',
    location_as_reported: 'x', vessels: 1, killed, survivors: 0, presumed_dead: null, survivor_fate: '', vessel_note: '', attribution_claims: '',
    source_ids: ['src-001'], notes: '', ...NOTHING_REPORTED, ...extra,
  };
}

describe('as-of filtering', () => {
  test('a strike counts once announced, not when it happened', () => {
    const rows = [row('S001', '2025-11-09', '2025-11-10', 3), row('S002', '2025-11-10', '2025-11-14', 4)];
    expect(announcedBy(rows, '2025-11-10').map((s) => s.id)).toEqual(['S001']);
    expect(announcedBy(rows, '2025-11-14').map((s) => s.id)).toEqual(['S001', 'S002']);
  });

  test('rows without dates fall back to the earliest report', () => {
    const rows = [row('S051', null, null, 3, { reported_by: '2026-05-06' })];
    expect(announcedBy(rows, '2026-05-05')).toEqual([]);
    expect(happenedOn(announcedBy(rows, '2026-05-06')[0])).toBe('2026-05-06');
  });

  test("the story's toll: 36 killed in 9 strikes announced by the as-of date", () => {
    const t = tally(announcedBy(strikes, AS_OF));
    expect(t).toMatchObject({ strikes: 9, killed: 36, vessels: 9, survivors: 3, survivorsUnknown: 0 });
    // The Nov. 10 strike was carried out that day but announced on Nov. 14: not in the story.
    expect(announcedBy(strikes, AS_OF).some((s) => s.id === 'S020')).toBe(false);
  });

  test('the whole table, to the last row (the "since" update)', () => {
    expect(tally(strikes)).toMatchObject({ strikes: 12, killed: 48, vessels: 13 });
    // A row without dates is announced when it was first reported.
    expect(latestAnnounced(strikes)).toBe('2026-05-06');
    expect(selectStrikes(strikes, { after: AS_OF }).map((s) => s.id)).toEqual(['S020', 'S032', 'S051']);
    expect(tally(selectStrikes(strikes, { after: AS_OF }))).toMatchObject({ strikes: 3, killed: 12 });
  });

  test('a strike whose survivors were never given is counted apart, not as none', () => {
    // S051: survivors cell empty.
    expect(tally(strikes)).toMatchObject({ survivors: 3, survivorsUnknown: 1 });
  });
});

describe('cumulative toll', () => {
  test('climbs strike by strike in the order they happened', () => {
    const rows = [row('S002', '2025-09-15', '2025-09-15', 3), row('S001', '2025-09-02', '2025-09-02', 11)];
    expect(cumulative(rows)).toEqual([
      { id: 'S001', date: '2025-09-02', killed: 11, total: 11 },
      { id: 'S002', date: '2025-09-15', killed: 3, total: 14 },
    ]);
  });

  test('ends at the tally and never goes down', () => {
    const points = cumulative(announcedBy(strikes, AS_OF));
    expect(points.at(-1)?.total).toBe(36);
    points.slice(1).forEach((p, i) => expect(p.total).toBeGreaterThanOrEqual(points[i].total));
  });
});

describe('selectStrikes (the filters writers use in <Count>)', () => {
  test('one day, one region, one row', () => {
    // The day a strike happened, not the day it was announced (S013: Oct. 27, announced Oct. 28).
    expect(tally(selectStrikes(strikes, { on: '2025-10-27' }))).toMatchObject({ strikes: 1, vessels: 1, killed: 2, survivors: 1 });
    expect(selectStrikes(strikes, { on: '2025-10-28' })).toEqual([]);
    expect(tally(selectStrikes(strikes, { through: AS_OF, region: 'eastern_pacific' }))).toMatchObject({ strikes: 2, killed: 4 });
    expect(tally(selectStrikes(strikes, { through: AS_OF, region: 'caribbean' }))).toMatchObject({ strikes: 7, killed: 32 });
    expect(selectStrikes(strikes, { strike: 'S001' }).map((s) => s.killed)).toEqual([11]);
  });
});

/**
 * Published running tallies (research/checkpoints.csv) against our rows. An outlet's number is
 * explained when it equals our announced deaths for strikes carried out by its date, plus some of
 * the survivors who were never found (outlets differ on which they count as dead). The rest are
 * listed here with the reason, from research/strikes-notes.md; a listed one that starts to agree
 * fails the test, so the list cannot go stale.
 */
const presumedDead = parseCsv(readFileSync('tests/fixtures/presumed-dead.csv', 'utf8')).rows.map((r) => ({
  id: r.values.strike_id,
  n: Number(r.values.presumed_dead),
}));

const UNEXPLAINED: Record<string, string> = {
  '2025-10-16 src-032': 'AP gave "at least 28" before Trump announced 2 killed on the semi-submersible',
  '2025-11-06 src-002': 'Just Security overview predates the Nov. 6 strike and counts the presumed-dead Oct. 27 survivor (66 + 1)',
  '2026-02-16 src-024': 'Washington Post said 133 plus 11 presumed dead; our official sum is 134',
  '2026-04-11 src-093': 'about one strike between Mar. 20 and Apr. 10 is missing from our rows (+3 to +4)',
  '2026-04-13 src-094': 'same missing strike',
  '2026-04-14 src-095': 'same missing strike',
  '2026-04-15 src-096': 'same missing strike',
  '2026-04-15 src-098': 'same missing strike',
  '2026-04-19 src-086': 'same missing strike',
  '2026-05-04 src-101': 'a second strike between Apr. 20 and May 3 is missing too (gap of 7)',
  '2026-05-08 src-108': 'both missing strikes',
  '2026-05-28 src-105': 'both missing strikes',
};

function subsetSums(ns: number[]): Set<number> {
  return ns.reduce((sums, n) => new Set([...sums, ...[...sums].map((s) => s + n)]), new Set([0]));
}

// Live data: this reconciles the committed strikes table itself with what outlets published.
describe('our running totals against the published tallies', () => {
  const strikes = loadTable('strikes');
  const checkpoints = parseCsv(readFileSync('tests/fixtures/checkpoints.csv', 'utf8')).rows.map((r) => r.values);

  test.each(checkpoints.map((c) => [`${c.as_of} ${c.source_id}`, c] as const))('%s', (key, c) => {
    const happened = strikes.filter((s) => happenedOn(s) <= c.as_of);
    const ours = tally(happened).killed;
    const missing = presumedDead.filter((p) => happened.some((s) => s.id === p.id)).map((p) => p.n);
    const explained = subsetSums(missing).has(Number(c.killed) - ours);
    if (key in UNEXPLAINED) expect(explained, `${key} now agrees: remove it from UNEXPLAINED`).toBe(false);
    else expect(explained, `${key}: published ${c.killed}, ours ${ours}, presumed dead ${missing.join('+') || 0}`).toBe(true);
  });

  test('where an outlet gave a vessel count by a date we have fully covered, ours matches it', () => {
    // Xinhua's "35 vessels sunk" on Dec. 31 is one fewer than our 36, and it does not say which it leaves out.
    const covered = checkpoints.filter(
      (c) => c.vessels && c.as_of >= '2025-10-27' && c.as_of <= '2026-02-20' && c.source_id !== 'src-079',
    );
    expect(covered.length).toBeGreaterThan(8);
    for (const c of covered) {
      expect(tally(strikes.filter((s) => happenedOn(s) <= c.as_of)).vessels, c.source_id).toBe(Number(c.vessels));
    }
  });
});
