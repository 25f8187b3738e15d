import { announcedBy } from '$lib/casualties';
import { sourceIndex } from '$lib/data/sources';
import type { Strike } from '$lib/data/schemas';
import type { Lang } from '$lib/i18n';
import { trackerRows, type TrackerRow } from '$lib/tracker/rows';
import { tollOf, type TollChart } from '$lib/tracker/toll';
import { dataTables, tables } from '../../data';
import { standingStrikes } from '$lib/data/withdrawals';

/**
 * Every strike page of an edition reads the same rows: they are sorted, indexed and the toll
 * drawn once per edition, not once per page (at 5,000 strikes, once per page made the build
 * quadratic). Keyed by the tables themselves, so the dev server, which reloads them, never
 * serves stale rows.
 */
export interface StrikeIndex {
  rows: TrackerRow[];
  /** Each id's place in `rows` (newest first). */
  place: Map<string, number>;
  english: Map<string, Strike>;
  local: Map<string, Strike>;
  toll: (id: string) => TollChart | null;
  /** Each id's row in strikes.csv (0-based), which says which releases hold it. */
  position: (id: string) => number;
}

const built = new WeakMap<object, StrikeIndex>();

export async function strikeIndex(lang: Lang): Promise<StrikeIndex> {
  const english = await dataTables();
  const local = await tables(lang);
  let index = built.get(local);
  if (!index) {
    // The list, its neighbours and the toll count standing strikes; a withdrawn one has its own page (WithdrawnStrike.astro).
    const standing = standingStrikes(english.strikes, english.withdrawals);
    const rows = trackerRows(standing, local.strikes, sourceIndex(local.sources));
    const rowOf = new Map(english.strikes.map((s, i) => [s.id, i]));
    index = {
      rows,
      place: new Map(rows.map((r, i) => [r.id, i])),
      english: new Map(standing.map((s) => [s.id, s])),
      local: new Map(local.strikes.map((s) => [s.id, s])),
      // Every strike in the order they happened (announcedBy sorts by that; the last date takes them all).
      toll: tollOf(announcedBy(standing, '9999-12-31')),
      position: (id: string) => rowOf.get(id) ?? -1,
    };
    built.set(local, index);
  }
  return index;
}
