import { describe, expect, test } from 'vitest';
import { describeLead, leadData, MAX_COLUMNS, tollWords } from '$lib/lead/lead';
import { strings } from '$lib/i18n';
import type { Strike } from '$lib/data/schemas';
import { AS_OF, fixtureTable } from '../../fixtures/tables';

// Fixture rows (tests/fixtures/tables/strikes.csv): S001–S008 and S013 announced by Nov. 10, 2025;
// S020 (announced Nov. 14), S032 (sea not disclosed, Dec. 31) and S051 (first reported May 6, 2026) after it.
const strikes = fixtureTable('strikes');
const announced = (s: Strike) => s.announced_date ?? s.reported_by;
const inStory = strikes.filter((s) => announced(s) <= AS_OF);
const after = strikes.filter((s) => announced(s) > AS_OF);
const sum = (rows: Strike[], f: (s: Strike) => number) => rows.reduce((a, s) => a + f(s), 0);

describe('the lead graphic: the whole record, with the story’s date marked', () => {
  const lead = leadData(strikes, AS_OF);
  const all = [...inStory, ...after];

  test('leads with every strike in the records and their dead, as <Count through="latest"> does', () => {
    expect(lead.strikes).toBe(strikes.length);
    expect(lead.killed).toBe(sum(strikes, (s) => s.killed));
    expect(lead.through).toBe('2026-05-06');
  });

  test('keeps the toll the story told when it was published, and marks where it ends', () => {
    expect(lead.story).toEqual({ strikes: inStory.length, killed: sum(inStory, (s) => s.killed) });
    expect(lead.split).toBe(inStory.length);
    expect(lead.columns.slice(0, lead.split).map((c) => c.id)).toEqual(['S001', 'S002', 'S003', 'S004', 'S005', 'S006', 'S007', 'S008', 'S013']);
    expect(lead.columns.slice(lead.split).map((c) => c.id)).toEqual(['S020', 'S032', 'S051']);
  });

  test('one column per strike, a mark per person killed', () => {
    expect(lead.columns.reduce((a, c) => a + c.killed, 0)).toBe(lead.killed);
    expect(lead.columns.find((c) => c.id === 'S008')!.region).toBe('eastern_pacific');
  });

  test('survivors are kept apart from the dead, never added to them', () => {
    const withSurvivors = lead.columns.filter((c) => c.survivors > 0).map((c) => [c.id, c.survivors]);
    expect(withSurvivors).toEqual(all.filter((s) => (s.survivors ?? 0) > 0).map((s) => [s.id, s.survivors]));
    expect(lead.survivors).toBe(sum(all, (s) => s.survivors ?? 0));
    expect(lead.rows).toBe(Math.max(...all.map((s) => s.killed + (s.survivors ?? 0))));
  });

  test('the month under each run of columns', () => {
    expect(lead.months.map((m) => [m.month, m.first, m.span])).toEqual([
      ['2025-09-01', 0, 3],
      ['2025-10-01', 3, 6],
      ['2025-11-01', 9, 1],
      ['2025-12-01', 10, 1],
      ['2026-05-01', 11, 1],
    ]);
  });

  test('by sea, only the seas that appear', () => {
    expect(lead.bySea.map((s) => s.region)).toEqual(['caribbean', 'eastern_pacific', 'unknown']);
    for (const s of lead.bySea) {
      const rows = all.filter((r) => r.region === s.region);
      expect([s.strikes, s.killed]).toEqual([rows.length, sum(rows, (r) => r.killed)]);
    }
  });

  test('what came after: every later row, through the last one reported', () => {
    expect(lead.since).toEqual({ strikes: after.length, killed: sum(after, (s) => s.killed), through: '2026-05-06' });
    const told = leadData(inStory, AS_OF);
    expect(told.since).toBeNull();
    expect(told.split).toBe(told.columns.length);
  });

  test('a date before any strike is a build error, not an empty graphic', () => {
    expect(() => leadData(strikes, '2025-08-01')).toThrow(/no strike announced by 2025-08-01/);
  });

  test('in words, in both editions, with the same numbers', () => {
    const en = strings('en');
    const es = strings('es');
    expect(tollWords(lead, en)).toBe(`${lead.killed} killed in ${lead.strikes} strikes`);
    expect(tollWords(lead, es)).toBe(`${lead.killed} muertos en ${lead.strikes} ataques`);
    const alt = describeLead(lead, en);
    expect(alt).toContain('through May 6, 2026');
    expect(alt).toContain('The deadliest, on Sept. 2, 2025, killed 11.');
    expect(alt).toContain(`${lead.survivors} people survived strikes`);
    expect(alt).toContain(`Published Nov. 10, 2025: ${lead.story.killed} killed in ${lead.story.strikes} strikes.`);
    const caribbean = lead.bySea[0];
    expect(alt).toContain(`Caribbean, ${caribbean.strikes} strikes and ${caribbean.killed} killed`);
    expect(describeLead(lead, es)).toContain(`Caribe, ${caribbean.strikes} ataques y ${caribbean.killed} muertos`);
    expect(describeLead(lead, es)).toContain('Publicado el 10 de noviembre de 2025');
  });
});

describe('the lead graphic at scale', () => {
  // A record longer than a phone can draw a column for each: the fixture's strikes, copied week
  // by week after the last one (the copies alternate seas, as the real record does).
  const later = Array.from({ length: MAX_COLUMNS + 40 }, (_, i): Strike => {
    const day = new Date(Date.UTC(2026, 5, 1 + i * 3)).toISOString().slice(0, 10);
    return { ...strikes[i % strikes.length], id: `S${1000 + i}`, strike_date: day, announced_date: day, reported_by: day, region: i % 2 ? 'caribbean' : 'eastern_pacific' };
  });
  const big = [...strikes, ...later];
  const lead = leadData(big, AS_OF);

  test('draws a month’s strikes in one sea per column, and says so, losing no strike, death or survivor', () => {
    expect(lead.binned).toBe(true);
    expect(lead.columns.length).toBeLessThanOrEqual(MAX_COLUMNS);
    expect(lead.columns.reduce((a, c) => a + c.strikes, 0)).toBe(big.length);
    expect(lead.columns.reduce((a, c) => a + c.killed, 0)).toBe(sum(big, (s) => s.killed));
    expect(lead.columns.reduce((a, c) => a + c.survivors, 0)).toBe(sum(big, (s) => s.survivors ?? 0));
    expect(new Set(lead.columns.map((c) => `${c.date.slice(0, 7)} ${c.region} ${lead.columns.indexOf(c) < lead.split}`)).size).toBe(lead.columns.length);
  });

  test('keeps the story’s strikes before the marker and the later ones after it', () => {
    const told = lead.columns.slice(0, lead.split);
    expect(told.reduce((a, c) => a + c.strikes, 0)).toBe(inStory.length);
    expect(told.reduce((a, c) => a + c.killed, 0)).toBe(sum(inStory, (s) => s.killed));
    expect(lead.story.strikes).toBe(inStory.length);
  });

  test('still names the deadliest single strike, not the deadliest month', () => {
    expect(lead.deadliest.strikes).toBe(1);
    expect(lead.deadliest.killed).toBe(Math.max(...big.map((s) => s.killed)));
  });

  test('a record that fits stays one column per strike', () => {
    expect(leadData(strikes, AS_OF).binned).toBe(false);
    expect(leadData(strikes, AS_OF).columns.every((c) => c.strikes === 1)).toBe(true);
  });
});
