import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/data/csv';
import { csvOf, releasedTable, releaseProblems } from '../../../src/lib/data/versions';
import { COLUMNS_ADDED } from '../../../src/lib/data/columnsAdded';
import type { Change, Release } from '../../../src/lib/data/schemas';
import { fixtureTable, fixtureText } from '../../fixtures/tables';

const text = fixtureText('strikes');
const changes = fixtureTable('changes');
const releases = fixtureTable('releases');
const now = () => ({ header: parseCsv(text).header, rows: parseCsv(text).rows.map((r) => r.values) });
const first = releases.find((r) => r.date === '2026-06-22')!;
const row = (rows: Record<string, string>[], id: string) => rows.find((r) => r.id === id)!;

/** The fixture table with one cell of one row replaced, as a writer's edit in a spreadsheet would. */
function edited(id: string, column: string, value: string): string {
  const { header, rows } = now();
  const r = row(rows, id);
  r[column] = value;
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header, ...rows.map((x) => header.map((h) => x[h]))].map((l) => l.map(cell).join(',')).join('\n') + '\n';
}

describe('released versions of the strikes table', () => {
  it('rebuild, from the table and its changes log, with the fingerprints they were released with', () => {
    expect(releaseProblems(text, 'strikes', changes, releases)).toEqual([]);
  });

  it('read as first released: the Oct. 21 strike announced that day, no survivor yet counted as presumed dead', () => {
    const { version } = releasedTable(now(), first, changes);
    expect(row(version.rows, 'S008').announced_date).toBe('2025-10-21');
    expect(row(version.rows, 'S008').source_ids).toBe('src-035;src-001');
    expect(row(version.rows, 'S013').presumed_dead).toBe('');
    // What no change touched is as it is now, in the columns the release had.
    const s001 = row(now().rows, 'S001');
    expect(row(version.rows, 'S001')).toEqual(Object.fromEntries(version.header.map((h) => [h, s001[h]])));
  });

  it('read as released before the columns of how firm each fact is were added: without them, and with them since', () => {
    const { version } = releasedTable(now(), first, changes);
    expect(version.header).not.toContain('where_precision');
    expect(Object.keys(row(version.rows, 'S001'))).not.toContain('where_precision');
    const latest = releases.find((r) => r.date === '2026-12-07')!;
    const { version: since } = releasedTable(now(), latest, changes);
    expect(since.header.slice(-2)).toEqual(['count_revision', 'established_source_ids']);
    expect(row(since.rows, 'S032').where_precision).toBe('not_disclosed');
  });

  it('ask for a release when a column is added after the last one, with the fingerprint to paste', () => {
    const { header, rows } = now();
    const widened = csvOf({ header: [...header, 'extra_code'], rows: rows.map((r) => ({ ...r, extra_code: 'x' })) });
    const added = [...COLUMNS_ADDED, { table: 'strikes', column: 'extra_code', added: '2027-02-01' }];
    const problems = releaseProblems(widened, 'strikes', changes, releases, false, added);
    expect(problems).toEqual([expect.stringMatching(/strikes\.csv has a column added on 2027-02-01 \(extra_code\), after its last release \(2026-12-07\): add the line "R04,2027-02-01,strikes,12,[0-9a-f]{12},<what changed, in English>" to releases\.csv/)]);
    // The releases made before the column was added are rebuilt without it.
    expect(problems.join('\n')).not.toMatch(/fingerprint/);
  });

  it('refuse a published number edited without a line in the changes log', () => {
    const problems = releaseProblems(edited('S006', 'killed', '7'), 'strikes', changes, releases);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/R01: strikes\.csv as released on 2026-06-22 .* a published cell was edited without a line in changes\.csv/);
    // All a writer must add, in one go: the log line, and its reason in Spanish.
    expect(problems.join('\n')).toMatch(/Add one \(id, date, table, row, field, old, new, why, source_ids\), and the Spanish of its why to content\/data\/es\.csv/);
  });

  it('refuse a log that does not match the table, naming the change', () => {
    const wrong: Change[] = changes.map((c) => (c.id === 'CH001' ? { ...c, new: '2025-10-23' } : c));
    expect(releaseProblems(text, 'strikes', wrong, releases).join('\n')).toMatch(/CH001: strikes\.csv S008 announced_date is "2025-10-22", but the change says it became "2025-10-23"/);
  });

  it('ask for a release when a logged change comes after the last one, with the fingerprint to paste', () => {
    const later: Change = { ...changes[0], id: 'CH900', date: '2027-01-05', old: '2', new: '3', field: 'killed' };
    const problems = releaseProblems(edited('S008', 'killed', '3'), 'strikes', [...changes, later], releases);
    expect(problems).toHaveLength(1);
    // The whole line to paste, with the next release id, and the Spanish note the edition needs with it.
    const next = `R${String(Math.max(...releases.map((r) => Number(r.id.slice(1)))) + 1).padStart(2, '0')}`;
    expect(problems[0]).toMatch(new RegExp(`CH900 is dated after the last release of strikes\\.csv \\(2026-12-07\\): add the line "${next},2027-01-05,strikes,12,[0-9a-f]{12},<what changed, in English>" to releases\\.csv, and the line "${next},note,<the same English>,<the same in Spanish>" to content/data/es\\.csv\\.$`));
  });

  it('ask for a release when rows were appended, unless the build is a scale test', () => {
    const { rows } = now();
    const extra = `${text.trimEnd()}\n${Object.keys(rows[0]).map((h) => (h === 'id' ? 'S1000' : (row(rows, 'S006')[h] ?? '').replace(/.*[",].*/, ''))).join(',')}\n`;
    const releasesOnly: Release[] = releases;
    expect(releaseProblems(extra, 'strikes', changes, releasesOnly)).toEqual([expect.stringMatching(/1 row added since its release of 2026-12-07: add the line "R\d\d,<today, YYYY-MM-DD>,strikes,13,[0-9a-f]{12},.*" to releases\.csv, and the line "R\d\d,note,.*" to content\/data\/es\.csv/)]);
    expect(releaseProblems(extra, 'strikes', changes, releasesOnly, true)).toEqual([]);
  });
});

describe('a released strike never goes silently', () => {
  it('deleting its row, to withdraw or merge it, stops the build and names the release it was in', () => {
    const { header, rows } = now();
    const kept = rows.filter((r) => r.id !== 'S003');
    const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const without = [header, ...kept.map((x) => header.map((h) => x[h]))].map((l) => l.map(cell).join(',')).join('\n') + '\n';
    const problems = releaseProblems(without, 'strikes', changes, releases);
    expect(problems.join('\n')).toMatch(/releases\.csv R01: strikes\.csv as released on 2026-06-22/);
  });
});
