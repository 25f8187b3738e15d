import { contested, namedGroup } from '$lib/claims';
import type { Region, Source, Strike } from '$lib/data/schemas';
import { strongestFirst } from '$lib/data/sources';

/**
 * One strike as the tracker lists it: the row's numbers and dates, its words in the reader's
 * edition, and its sources strongest first. Every field comes from content/data/strikes.csv.
 */
export interface TrackerRow {
  id: string;
  /** The page's address segment: /strikes/s001/. */
  slug: string;
  struck: string | null;
  announced: string | null;
  /** When it was first reported: the date the tracker files a strike under when both others are unknown. */
  reported: string;
  region: Region;
  vessels: number;
  killed: number;
  survivors: number | null;
  /** Survivors never found (presumed_dead), null when none were counted. */
  presumed: number | null;
  /** The group the announcement named (read from the English row), "" when it named none. */
  group: string;
  survivorFate: string;
  location: string;
  claims: string;
  /** A government or relatives disputed who was aboard (read from the English row: src/lib/claims.ts). */
  disputed: boolean;
  /** How precisely the place was given, and whether a video was released (src/lib/data/firmness.ts). */
  where: Strike['where_precision'];
  video: boolean;
  vesselNote: string;
  notes: string;
  sources: Source[];
}

export const strikeSlug = (id: string) => id.toLowerCase();

/** The date a strike is filed under, as the story files it (happenedOn): when it happened, else when first reported. */
export const whenOf = (r: Pick<TrackerRow, 'struck' | 'reported'>) => r.struck ?? r.reported;

/**
 * The tracker's rows, newest first (ties: the later id first). `english` decides what is
 * disputed; `local` gives the words (the same rows, in the reader's edition, by id).
 */
export function trackerRows(english: readonly Strike[], local: readonly Strike[], sources: ReadonlyMap<string, Source>): TrackerRow[] {
  const words = new Map(local.map((s) => [s.id, s]));
  return english
    .map((en) => {
      const s = words.get(en.id) ?? en;
      return {
        id: en.id,
        slug: strikeSlug(en.id),
        struck: en.strike_date ?? null,
        announced: en.announced_date ?? null,
        reported: en.reported_by,
        region: en.region,
        vessels: en.vessels,
        killed: en.killed,
        survivors: en.survivors ?? null,
        presumed: en.presumed_dead ?? null,
        group: namedGroup(en) ?? '',
        survivorFate: s.survivor_fate,
        location: s.location_as_reported,
        claims: s.attribution_claims,
        disputed: contested(en),
        where: en.where_precision,
        video: en.video_released === 'yes',
        vesselNote: s.vessel_note,
        notes: s.notes,
        sources: strongestFirst(en.source_ids, sources),
      };
    })
    .sort((a, b) => whenOf(b).localeCompare(whenOf(a)) || b.id.localeCompare(a.id, 'en', { numeric: true }));
}

/** The strikes either side of one in time, for "previous" and "next" (older and newer). */
export function neighbours<T extends { id: string }>(newestFirst: readonly T[], id: string): { older: T | null; newer: T | null } {
  const i = newestFirst.findIndex((r) => r.id === id);
  if (i < 0) return { older: null, newer: null };
  return { older: newestFirst[i + 1] ?? null, newer: newestFirst[i - 1] ?? null };
}

/** A strike as readers name it: "Strike of Oct. 3, 2025", or, undated, "Strike first reported …". */
export function strikeTitleOf(r: Pick<TrackerRow, 'struck' | 'reported'>, t: { date: (iso: string) => string; tracker: { strikeTitle: (d: string) => string; undatedTitle: (d: string) => string } }): string {
  return r.struck ? t.tracker.strikeTitle(t.date(r.struck)) : t.tracker.undatedTitle(t.date(r.reported));
}
