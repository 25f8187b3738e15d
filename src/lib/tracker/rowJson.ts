import type { Source, Strike } from '$lib/data/schemas';
import { strongestFirst } from '$lib/data/sources';

/** One strike as the JSON downloads give it (row.json, /data/strikes.json): its fields as compiled (empty as null), its sources named, strongest first. */
export function strikeJson(row: Strike, sources: ReadonlyMap<string, Source>, asOf: string, version: string | null) {
  const named = strongestFirst(row.source_ids, sources).map(({ id, outlet, kind, title, published, url, read_at }) => ({ id, publisher: outlet, kind, title, published, url, ...(read_at ? { read_at } : {}) }));
  return { ...row, sources: named, story_as_of: asOf, data_version: version };
}
