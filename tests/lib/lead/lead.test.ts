import { describe, expect, test } from 'vitest';
import { describeLead, leadData, tollWords } from '$lib/lead/lead';
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

describe('the lead graphic at the story’s as-of date', () => {
  const lead = leadData(strikes, AS_OF);

  test('counts the strikes announced by then and their dead, as <Count> does', () => {
    expect(lead.strikes).toBe(inStory.length);
    expect(lead.killed).toBe(sum(inStory, (s) => s.killed));
  });

  test('one column per strike, in the order they happened, a mark per person killed', () => {
    expect(lead.columns.map((c) => c.id)).toEqual(['S001', 'S002', 'S003', 'S004', 'S005', 'S006', 'S007', 'S008', 'S013']);
    expect(sum(inStory, (s) => s.killed)).toBe(lead.columns.reduce((a, c) => a + c.killed, 0));
    expect(lead.columns.find((c) => c.id === 'S008')!.region).toBe('eastern_pacific');
  });

  test('survivors are kept apart from the dead, never added to them', () => {
    const withSurvivors = lead.columns.filter((c) => c.survivors > 0).map((c) => [c.id, c.survivors]);
    expect(withSurvivors).toEqual(inStory.filter((s) => (s.survivors ?? 0) > 0).map((s) => [s.id, s.survivors]));
    expect(lead.survivors).toBe(sum(inStory, (s) => s.survivors ?? 0));
    expect(lead.rows).toBe(Math.max(...inStory.map((s) => s.killed + (s.survivors ?? 0))));
  });

  test('the month under each run of columns', () => {
    expect(lead.months.map((m) => [m.month, m.first, m.span])).toEqual([
      ['2025-09-01', 0, 3],
      ['2025-10-01', 3, 6],
    ]);
  });

  test('by sea, only the seas that appear', () => {
    expect(lead.bySea.map((s) => s.region)).toEqual(['caribbean', 'eastern_pacific']);
    for (const s of lead.bySea) {
      const rows = inStory.filter((r) => r.region === s.region);
      expect([s.strikes, s.killed]).toEqual([rows.length, sum(rows, (r) => r.killed)]);
    }
  });

  test('what came after: every later row, through the last one reported', () => {
    expect(lead.since).toEqual({ strikes: after.length, killed: sum(after, (s) => s.killed), through: '2026-05-06' });
    expect(leadData(inStory, AS_OF).since).toBeNull();
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
    expect(alt).toContain('through Nov. 10, 2025');
    expect(alt).toContain('The deadliest, on Sept. 2, 2025, killed 11.');
    expect(alt).toContain(`${lead.survivors} people survived strikes`);
    const caribbean = lead.bySea[0];
    expect(alt).toContain(`Caribbean, ${caribbean.strikes} strikes and ${caribbean.killed} killed`);
    expect(describeLead(lead, es)).toContain(`Caribe, ${caribbean.strikes} ataques y ${caribbean.killed} muertos`);
  });
});
