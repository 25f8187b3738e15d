import { describe, expect, test } from 'vitest';
import { DataError, validateTable } from '$lib/data/validate';
import { withdrawalSchema, type Withdrawal } from '$lib/data/schemas';
import { standingStrikes, withdrawalProblems } from '$lib/data/withdrawals';
import { fixtureTable } from '../../fixtures/tables';

// A withdrawal is written as an editor would: the record, the day, the one it merges into, why, the source.
const sourceIds = new Set(fixtureTable('sources').map((s) => s.id));
const strikeIds = new Set(fixtureTable('strikes').map((s) => s.id));
const HEADER = 'id,date,strike_id,merged_into,why,source_ids';
const FILE = 'content/data/withdrawals.csv';

function read(...lines: string[]): { rows: Withdrawal[]; problems: string[] } {
  try {
    return { rows: validateTable(FILE, [HEADER, ...lines].join('\n') + '\n', withdrawalSchema, { sourceIds, strikeIds }), problems: [] };
  } catch (e) {
    if (e instanceof DataError) return { rows: [], problems: e.problems };
    throw e;
  }
}

describe('a withdrawn strike record', () => {
  test('no longer counts, and every other record keeps its place', () => {
    const strikes = fixtureTable('strikes');
    const { rows } = read('W01,2026-12-08,S013,S006,Two reports of one strike,src-001');
    const standing = standingStrikes(strikes, rows);
    expect(standing.map((s) => s.id)).toEqual(strikes.map((s) => s.id).filter((id) => id !== 'S013'));
    expect(standing.reduce((n, s) => n + s.killed, 0)).toBe(strikes.reduce((n, s) => n + s.killed, 0) - strikes.find((s) => s.id === 'S013')!.killed);
  });

  test('names a strike the table holds, and the one it merges into, by file, row and field', () => {
    expect(read('W01,2026-12-08,S999,,Never happened,src-001').problems).toEqual([
      `${FILE}, row 1 (line 2, id W01), field "strike_id": expected a strike listed in content/data/strikes.csv, but "S999" is not there`,
    ]);
    expect(read('W01,2026-12-08,S013,S998,Merged,src-001').problems).toEqual([
      `${FILE}, row 1 (line 2, id W01), field "merged_into": expected a strike listed in content/data/strikes.csv, but "S998" is not there`,
    ]);
  });

  test('cannot merge into itself, and says why with a source', () => {
    expect(read('W01,2026-12-08,S013,S013,Merged,src-001').problems[0]).toMatch(/field "merged_into": expected another strike/);
    expect(read('W01,2026-12-08,S013,,,').problems).toEqual([
      `${FILE}, row 1 (line 2, id W01), field "why": expected some text, but the cell is empty`,
      `${FILE}, row 1 (line 2, id W01), field "source_ids": expected at least one source id (every row needs a source), but the cell is empty`,
    ]);
  });

  test('is withdrawn once, and never merged into a record that is itself withdrawn', () => {
    const { rows } = read('W01,2026-12-08,S013,S006,Two reports,src-001', 'W02,2026-12-09,S006,S005,Also,src-001', 'W03,2026-12-09,S013,,Again,src-001');
    expect(withdrawalProblems(rows)).toEqual([
      `${FILE}, id W03, field "strike_id": S013 is already withdrawn by W01; one line per record`,
      `${FILE}, id W01, field "merged_into": S006 is itself withdrawn (W02); name the strike that stands`,
    ]);
  });
});
