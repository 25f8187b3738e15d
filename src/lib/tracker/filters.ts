import { REGIONS, type Region } from '$lib/data/regions';
import { WHERE_PRECISION, type WherePrecision } from '$lib/data/firmness';

/**
 * The tracker's filters, as the address holds them (?sea=eastern_pacific&from=2026-01&to=2026-03
 * &survivors=1&disputed=1&where=sea_only&video=1&sort=deaths), so a filtered view can be shared. Anything the address
 * gets wrong is dropped, never guessed: a bad value shows every strike, as no value would.
 * `sort` is the table's column; each column has its natural order (dates newest first, counts
 * most first, words A to Z) and `reverse=1` turns it round (`?sort=date&reverse=1`: oldest first).
 */
export const SORTS = ['date', 'sea', 'deaths', 'survivors', 'presumed', 'group'] as const;
export type SortKey = (typeof SORTS)[number];
/** The columns whose natural order runs from the least: the words. */
const ASCENDING: readonly SortKey[] = ['sea', 'group'];
/** Which way a column is sorted, as aria-sort says it. */
export const directionOf = (sort: SortKey, reverse: boolean): 'ascending' | 'descending' => (ASCENDING.includes(sort) !== reverse ? 'ascending' : 'descending');

export interface Filters {
  sea: Region | null;
  /** Months, YYYY-MM, both ends included. */
  from: string | null;
  to: string | null;
  survivors: boolean;
  disputed: boolean;
  /** How precisely the place was given (src/lib/data/firmness.ts). */
  where: WherePrecision | null;
  /** Only the strikes whose video or images were released. */
  video: boolean;
  sort: SortKey;
  reverse: boolean;
}

export const NO_FILTERS: Filters = { sea: null, from: null, to: null, survivors: false, disputed: false, where: null, video: false, sort: 'date', reverse: false };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const yes = (v: string | null) => v === '1' || v === 'true' || v === 'on';

export function parseFilters(query: URLSearchParams | string): Filters {
  const q = typeof query === 'string' ? new URLSearchParams(query) : query;
  const sea = q.get('sea');
  const month = (v: string | null) => (v && MONTH.test(v) ? v : null);
  let from = month(q.get('from'));
  let to = month(q.get('to'));
  // A range given backwards is the same range.
  if (from && to && from > to) [from, to] = [to, from];
  return {
    sea: (REGIONS as readonly string[]).includes(sea ?? '') ? (sea as Region) : null,
    from,
    to,
    survivors: yes(q.get('survivors')),
    disputed: yes(q.get('disputed')),
    where: (WHERE_PRECISION as readonly string[]).includes(q.get('where') ?? '') ? (q.get('where') as WherePrecision) : null,
    video: yes(q.get('video')),
    sort: (SORTS as readonly string[]).includes(q.get('sort') ?? '') ? (q.get('sort') as SortKey) : 'date',
    reverse: yes(q.get('reverse')),
  };
}

/** The address's query for a set of filters: only what differs from none, in a fixed order ("" for none). */
export function filtersQuery(f: Filters): string {
  const q = new URLSearchParams();
  if (f.sea) q.set('sea', f.sea);
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (f.survivors) q.set('survivors', '1');
  if (f.disputed) q.set('disputed', '1');
  if (f.where) q.set('where', f.where);
  if (f.video) q.set('video', '1');
  if (f.sort !== 'date') q.set('sort', f.sort);
  if (f.reverse) q.set('reverse', '1');
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** What a filter needs to know of a strike. */
export interface Filterable {
  id: string;
  /** The date it is filed under (YYYY-MM-DD). */
  when: string;
  region: Region;
  killed: number;
  survivors: number | null;
  /** Survivors never found (the strikes table's presumed_dead), null when none were counted. */
  presumed: number | null;
  /** The group the announcement named, in the edition's words; "" when it named none. */
  group: string;
  disputed: boolean;
  /** How precisely the place was given. */
  where: WherePrecision;
  /** A video or images of the strike were released. */
  video: boolean;
}

/** How one column orders two strikes, in its natural order; ties fall to the newest first. */
const ORDER: Record<SortKey, (a: Filterable, b: Filterable) => number> = {
  date: () => 0,
  sea: (a, b) => REGIONS.indexOf(a.region) - REGIONS.indexOf(b.region),
  deaths: (a, b) => b.killed - a.killed,
  // Not disclosed sorts under none.
  survivors: (a, b) => (b.survivors ?? -1) - (a.survivors ?? -1),
  presumed: (a, b) => (b.presumed ?? 0) - (a.presumed ?? 0),
  // A named group before none; then A to Z.
  group: (a, b) => Number(!a.group) - Number(!b.group) || a.group.localeCompare(b.group),
};

/** The strikes a reader asked for, in the order asked: by the column chosen (then newest first), turned round with `reverse`. */
export function applyFilters<T extends Filterable>(rows: readonly T[], f: Filters): T[] {
  const newest = (a: T, b: T) => b.when.localeCompare(a.when) || b.id.localeCompare(a.id, 'en', { numeric: true });
  const by = (a: T, b: T) => ORDER[f.sort](a, b) || newest(a, b);
  return rows
    .filter(
      (r) =>
        (!f.sea || r.region === f.sea) &&
        (!f.from || r.when.slice(0, 7) >= f.from) &&
        (!f.to || r.when.slice(0, 7) <= f.to) &&
        (!f.survivors || (r.survivors ?? 0) > 0) &&
        (!f.disputed || r.disputed) &&
        (!f.where || r.where === f.where) &&
        (!f.video || r.video),
    )
    .sort((a, b) => (f.reverse ? by(b, a) : by(a, b)));
}

/** The count that follows the filters: strikes, and the people they killed. */
export function tallyOf(rows: readonly Pick<Filterable, 'killed'>[]): { strikes: number; killed: number } {
  return { strikes: rows.length, killed: rows.reduce((n, r) => n + r.killed, 0) };
}

/** The months a reader can pick, first to last, from the strikes' dates. */
export function monthsOf(rows: readonly Pick<Filterable, 'when'>[]): string[] {
  const months = [...new Set(rows.map((r) => r.when.slice(0, 7)))].sort();
  if (!months.length) return [];
  const out: string[] = [];
  for (let [y, m] = months[0].split('-').map(Number); ; m === 12 ? ((m = 1), y++) : m++) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    out.push(k);
    if (k >= months.at(-1)!) break;
  }
  return out;
}
