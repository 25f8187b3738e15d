import type { Strings } from '$lib/i18n/en';
import type { Change, Release } from '$lib/data/schemas';
import { byWhen } from '$lib/data/versions';

/**
 * The changes log as readers see it: on /strikes/changes/, newest day first, and on each strike's
 * page, its last change. A cell's old and new values are shown as the page shows that field:
 * a date as a date, sources by their ids (the page names the publishers), a count as a number.
 */

/** `code`: one of a column's allowed values (firmness.ts), shown in the edition's words. */
export type ValueKind = 'date' | 'count' | 'sources' | 'code' | 'words';

const KINDS: Record<string, ValueKind> = {
  strike_date: 'date',
  announced_date: 'date',
  reported_by: 'date',
  vessels: 'count',
  killed: 'count',
  survivors: 'count',
  presumed_dead: 'count',
  source_ids: 'sources',
  released_source_ids: 'sources',
  established_source_ids: 'sources',
  where_precision: 'code',
  when_precision: 'code',
  video_released: 'code',
  group_named: 'code',
  identities_published: 'code',
  independent_confirmation: 'code',
};

export const kindOf = (field: string): ValueKind => KINDS[field] ?? 'words';

/** A cell's value, split as its kind needs: source ids one by one; empty means nothing was there. */
export function valueOf(field: string, value: string): { kind: ValueKind; empty: boolean; ids: string[] } {
  const kind = kindOf(field);
  const ids = kind === 'sources' ? value.split(';').map((s) => s.trim()).filter(Boolean) : [];
  return { kind, empty: value.trim() === '', ids };
}

/** For a change of sources, what it added and what it dropped: "Added AP" says more than two lists. */
export function sourcesMoved(c: Pick<Change, 'old' | 'new'>): { added: string[]; dropped: string[] } {
  const old = new Set(valueOf('source_ids', c.old).ids);
  const now = valueOf('source_ids', c.new).ids;
  return { added: now.filter((id) => !old.has(id)), dropped: [...old].filter((id) => !now.includes(id)) };
}

/**
 * The log, newest day first; within a day, by row (one correction often touches several cells of
 * a row), in the order made. A day also lists the records withdrawn on it (withdrawals.csv),
 * first: a withdrawn strike stays in the log, never silently gone.
 */
export function changesByDay<W extends { date: string; id: string }>(
  changes: readonly Change[],
  withdrawals: readonly W[] = [],
): { date: string; withdrawn: W[]; rows: { row: string; changes: Change[] }[] }[] {
  const days = new Map<string, Map<string, Change[]>>();
  for (const c of [...changes].sort(byWhen)) {
    const day = days.get(c.date) ?? new Map<string, Change[]>();
    day.set(c.row, [...(day.get(c.row) ?? []), c]);
    days.set(c.date, day);
  }
  for (const w of withdrawals) if (!days.has(w.date)) days.set(w.date, new Map());
  return [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, rows]) => ({
      date,
      withdrawn: withdrawals.filter((w) => w.date === date).sort((a, b) => a.id.localeCompare(b.id)),
      rows: [...rows].map(([row, list]) => ({ row, changes: list })),
    }))
    .reverse();
}

/** A row's last change: every change made to it on the last day it changed (one correction may touch several cells). */
export function lastChange(changes: readonly Change[], table: string, row: string): Change[] {
  const mine = changes.filter((c) => c.table === table && c.row === row).sort(byWhen);
  const last = mine.at(-1)?.date;
  return mine.filter((c) => c.date === last);
}

/** Releases newest first: the list of versions a reader can download. */
export const releasesNewestFirst = (releases: readonly Release[], table: string) =>
  releases.filter((r) => r.table === table).sort((a, b) => b.date.localeCompare(a.date));

/**
 * A coded cell's value in the edition's words ("not_reported" → "not reported"), as the strike
 * page's "What is known" block says it; a value the words do not cover is shown as written.
 */
export function codeWords(field: string, value: string, t: Pick<Strings, 'tracker'>): string {
  const k = t.tracker.known;
  const words: Record<string, Record<string, string>> = {
    where_precision: t.tracker.whereIs,
    when_precision: k.when,
    video_released: k.videoIs,
    group_named: k.groupIs,
    identities_published: k.identitiesAre,
    independent_confirmation: k.confirmationIs,
  };
  return words[field]?.[value] ?? value;
}
