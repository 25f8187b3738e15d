import type { Change, Release } from '$lib/data/schemas';
import { lastChanged } from './feedFormats';

/**
 * The day each strike's record last changed, for list.json and the feeds: its latest logged
 * change (content/data/changes.csv); where it never changed, the first release that held it (the
 * day the record was published: releases only append rows, so row n is in every release of more
 * than n rows). A row in no release yet has none.
 */
export function lastModified(ids: readonly string[], changes: readonly Change[], releases: readonly Release[]): Map<string, string> {
  const changed = lastChanged(changes);
  const released = releases.filter((r) => r.table === 'strikes').sort((a, b) => a.date.localeCompare(b.date));
  const out = new Map<string, string>();
  ids.forEach((id, i) => {
    const day = changed.get(id) ?? released.find((r) => r.rows > i)?.date;
    if (day) out.set(id, day);
  });
  return out;
}
