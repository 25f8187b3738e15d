import type { Region } from '$lib/data/regions';
import type { Filterable } from './filters';
import type { WherePrecision } from '$lib/data/firmness';

/**
 * Every strike of the tracker as one small file (/strikes/list.json), for the filters: fetched
 * when a reader first filters, so the first view carries one page of the list but the filters
 * and the count cover every row. Everything a list item shows comes already written in the
 * edition's words (dates, titles); the browser only fills it in. Rows are arrays, and each
 * source is written once and cited by its place: at 5,000 strikes that keeps the file small.
 */
export interface ListSource {
  outlet: string;
  url: string;
  /** Already written out ("Sept. 2, 2025"), or "" when unknown. */
  published: string;
}

export interface ListItem extends Filterable {
  /** The day it happened, written out ("Sept. 2, 2025"), or when it was first reported when that is unknown. */
  date: string;
  /** The day it was announced, written out, when that differs from the day it happened; else "". */
  announced: string;
  /** The first sources the list shows, strongest first. */
  cited: ListSource[];
  /** "+3 more" when the strike has more sources than the list names (they are on its page); else "". */
  more: string;
  /** YYYY-MM-DD: the day its record last changed (src/lib/tracker/modified.ts), "" when not yet released; list.json only. */
  changed?: string;
}

type Row = [id: string, when: string, region: Region, killed: number, survivors: number | null, presumed: number | null, group: string, disputed: 0 | 1, date: string, announced: string, cited: number[], more: string, where: WherePrecision, video: 0 | 1, changed: string];

export interface CompactList {
  v: 2;
  sources: [outlet: string, url: string, published: string][];
  rows: Row[];
}

export function encodeList(items: readonly ListItem[]): CompactList {
  const sources: CompactList['sources'] = [];
  const place = new Map<string, number>();
  const cite = (s: ListSource) => {
    const key = JSON.stringify([s.outlet, s.url, s.published]);
    let i = place.get(key);
    if (i === undefined) {
      i = sources.push([s.outlet, s.url, s.published]) - 1;
      place.set(key, i);
    }
    return i;
  };
  return {
    v: 2,
    sources,
    rows: items.map((r) => [r.id, r.when, r.region, r.killed, r.survivors, r.presumed, r.group, r.disputed ? 1 : 0, r.date, r.announced, r.cited.map(cite), r.more, r.where, r.video ? 1 : 0, r.changed ?? '']),
  };
}

/** The list back from its file; a file of another shape is an empty list, never a guess. */
export function decodeList(data: unknown): ListItem[] {
  const list = data as CompactList | null;
  if (!list || list.v !== 2 || !Array.isArray(list.rows) || !Array.isArray(list.sources)) return [];
  return list.rows.map(([id, when, region, killed, survivors, presumed, group, disputed, date, announced, cited, more, where, video, changed]) => ({
    id,
    when,
    region,
    killed,
    survivors,
    presumed,
    group,
    disputed: disputed === 1,
    date,
    announced,
    cited: cited.map((i) => {
      const [outlet, url, published] = list.sources[i];
      return { outlet, url, published };
    }),
    more,
    where,
    video: video === 1,
    ...(changed ? { changed } : {}),
  }));
}
