import type { Change, Release } from '$lib/data/schemas';
import { COLUMNS_ADDED, type ColumnAdded } from '$lib/data/columnsAdded';
import { lastChanged } from './feedFormats';

/**
 * The day each strike's record last changed, for list.json and the feeds: its latest logged
 * change (content/data/changes.csv), or the day columns were added to the records already
 * published (src/lib/data/columnsAdded.ts: the record gained cells), whichever is later; where
 * neither happened, the first release that held it (the day the record was published: releases
 * only append rows, so row n is in every release of more than n rows). A row in no release yet has none.
 */
export function lastModified(ids: readonly string[], changes: readonly Change[], releases: readonly Release[], added: readonly ColumnAdded[] = COLUMNS_ADDED): Map<string, string> {
  const changed = lastChanged(changes);
  const out = new Map<string, string>();
  ids.forEach((id, i) => {
    const published = firstReleaseOf(i, releases)?.date;
    if (!published) return;
    // Columns added after the record was published changed it; a record published with them did not.
    out.set(id, [published, changed.get(id) ?? '', columnsAddedSince(published, added) ?? ''].sort().at(-1)!);
  });
  return out;
}

/** The first release of the strikes table that held row `position` (0-based): releases only append rows. */
export function firstReleaseOf(position: number, releases: readonly Release[]): Release | undefined {
  return releases.filter((r) => r.table === 'strikes').sort((a, b) => a.date.localeCompare(b.date)).find((r) => r.rows > position);
}

/** The day columns were last added to a record published on `published`, if any were (the strike page says so). */
export function columnsAddedSince(published: string, added: readonly ColumnAdded[] = COLUMNS_ADDED, table = 'strikes'): string | null {
  return added.filter((a) => a.table === table && a.added > published).map((a) => a.added).sort().at(-1) ?? null;
}
