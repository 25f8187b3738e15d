import { createHash } from 'node:crypto';
import { parseCsv } from './csv';
import type { Change, Release } from './schemas';
import { COLUMNS_ADDED, type ColumnAdded } from './columnsAdded';

/**
 * Released versions of a data table, rebuilt from the table as it is now and its changes log
 * (content/data/changes.csv): undo, newest first, every change made after a release and the
 * table reads as that release did. content/data/releases.csv holds each release's row count and
 * fingerprint, so a released file can never change under its address (/data/2026-06-22/strikes.csv):
 * an edit nobody logged breaks the fingerprint, and the build says what to add.
 */

export interface TableText {
  header: string[];
  rows: Record<string, string>[];
}

const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The table as CSV, one way only (a fingerprint must not depend on how a spreadsheet quoted it). */
export function csvOf({ header, rows }: TableText): string {
  return [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

/** Twelve hex digits of SHA-256: enough to tell two versions apart, short enough to paste. */
export function fingerprint(t: TableText): string {
  return createHash('sha256').update(csvOf(t)).digest('hex').slice(0, 12);
}

/** The newest release of a table (the version its current download carries), if it has one. */
export function latestRelease(releases: readonly Release[], table: string): Release | undefined {
  return releases.filter((r) => r.table === table).sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

/** Oldest first; a day's changes in the order of their ids. */
export const byWhen = (a: Change, b: Change) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);

/**
 * `table` as it stood at the end of `date`: each later change to it undone, newest first. A change
 * whose `new` is not what the cell holds (at that point of the undoing) is a problem: the log and
 * the table disagree, and no version rebuilt from them could be trusted.
 */
export function tableAt(now: TableText, table: string, changes: readonly Change[], date: string, added: readonly ColumnAdded[] = COLUMNS_ADDED): { version: TableText; problems: string[] } {
  const rows = now.rows.map((r) => ({ ...r }));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: string[] = [];
  const later = changes.filter((c) => c.table === table && c.date > date).sort(byWhen).reverse();
  for (const c of later) {
    const row = byId.get(c.row);
    if (!row) problems.push(`changes.csv ${c.id}: ${table}.csv has no row ${c.row}`);
    else if (!now.header.includes(c.field)) problems.push(`changes.csv ${c.id}: ${table}.csv has no column "${c.field}"`);
    else if ((row[c.field] ?? '') !== c.new)
      problems.push(`changes.csv ${c.id}: ${table}.csv ${c.row} ${c.field} is "${row[c.field]}", but the change says it became "${c.new}" (a later change to the same cell comes after it)`);
    else row[c.field] = c.old;
  }
  // A column added after `date` was not in the table then: undo its addition too.
  const born = new Set(added.filter((a) => a.table === table && a.added > date).map((a) => a.column));
  const missing = [...born].filter((c) => !now.header.includes(c));
  for (const c of missing) problems.push(`${table}.csv has no column "${c}", which src/lib/data/columnsAdded.ts says was added`);
  const header = now.header.filter((h) => !born.has(h));
  if (born.size) for (const r of rows) for (const c of born) delete r[c];
  return { version: { header, rows }, problems };
}

/** The rows a release published: the first `rows` of the table as it stood that day (rows are only ever appended). */
export function releasedTable(now: TableText, release: Release, changes: readonly Change[], added: readonly ColumnAdded[] = COLUMNS_ADDED) {
  const { version, problems } = tableAt(now, release.table, changes, release.date, added);
  return { version: { header: version.header, rows: version.rows.slice(0, release.rows) }, problems };
}

/**
 * Everything that would make a released file differ from what was published, or a change that
 * belongs to no release, in words that say what to do. `unreleasedRows`: rows appended since the
 * last release are allowed (a scale test builds on generated rows no one will publish).
 */
export function releaseProblems(text: string, table: string, changes: readonly Change[], releases: readonly Release[], unreleasedRows = false, added: readonly ColumnAdded[] = COLUMNS_ADDED): string[] {
  const file = `${table}.csv`;
  const { header, rows } = parseCsv(text, file);
  const now: TableText = { header, rows: rows.map((r) => r.values) };
  const mine = releases.filter((r) => r.table === table).sort((a, b) => a.date.localeCompare(b.date));
  if (!mine.length) return [];
  const problems: string[] = [];
  for (const r of mine) {
    const { version, problems: undo } = releasedTable(now, r, changes, added);
    problems.push(...undo.map((p) => `${p} (rebuilding the release of ${r.date})`));
    if (undo.length) continue;
    const got = fingerprint(version);
    if (got !== r.fingerprint)
      problems.push(
        `releases.csv ${r.id}: ${file} as released on ${r.date} (its first ${r.rows} rows, with later changes undone) now has fingerprint ${got}, not ${r.fingerprint}: a published cell was edited without a line in changes.csv. Add one (id, date, table, row, field, old, new, why, source_ids), and the Spanish of its why to content/data/es.csv (its id, why, the English, the Spanish).`,
      );
  }
  const last = mine[mine.length - 1];
  // Everything a release needs, in one message: its line, and its note in the Spanish edition's words.
  const next = `R${String(Math.max(0, ...releases.map((r) => Number(r.id.slice(1)))) + 1).padStart(2, '0')}`;
  const addRelease = (date: string, fp: string) =>
    `add the line "${next},${date},${table},${now.rows.length},${fp},<what changed, in English>" to releases.csv, and the line "${next},note,<the same English>,<the same in Spanish>" to content/data/es.csv`;
  const pending = changes.filter((c) => c.table === table && c.date > last.date).sort(byWhen);
  const newColumns = added.filter((a) => a.table === table && a.added > last.date);
  if (newColumns.length) {
    const day = newColumns.map((a) => a.added).sort().at(-1)!;
    problems.push(
      `${file} has ${newColumns.length === 1 ? 'a column' : 'columns'} added on ${day} (${newColumns.map((a) => a.column).join(', ')}), after its last release (${last.date}): ${addRelease(day, fingerprint(now))}.`,
    );
  }
  else if (pending.length) {
    const c = pending[pending.length - 1];
    problems.push(
      `changes.csv ${pending.map((p) => p.id).join(', ')} ${pending.length === 1 ? 'is' : 'are'} dated after the last release of ${file} (${last.date}): ${addRelease(c.date, fingerprint(now))}.`,
    );
  }
  else if (!unreleasedRows && now.rows.length > last.rows) {
    const appended = now.rows.length - last.rows;
    problems.push(
      `${file} has ${appended} ${appended === 1 ? 'row' : 'rows'} added since its release of ${last.date}: ${addRelease('<today, YYYY-MM-DD>', fingerprint(now))}.`,
    );
  }
  return [...new Set(problems)];
}
