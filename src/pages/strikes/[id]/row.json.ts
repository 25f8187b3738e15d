import type { APIRoute, GetStaticPaths } from 'astro';
import { strongestFirst, sourceIndex } from '$lib/data/sources';
import { latestRelease } from '$lib/data/versions';
import { dataTables, edition } from '../../../data';
import type { Strike } from '$lib/data/schemas';
import { strikePaths } from '../../../components/tracker/routes';

/** /strikes/s001/row.json: one strike's row as compiled (empty cells as null), with its sources. */
export const getStaticPaths = (() => strikePaths()) satisfies GetStaticPaths;

// One lookup per build, not a search of the table per row page.
const indexed = new WeakMap<object, Map<string, Strike>>();
const byId = (strikes: Strike[]) => indexed.get(strikes) ?? indexed.set(strikes, new Map(strikes.map((s) => [s.id, s]))).get(strikes)!;

export const GET: APIRoute = async ({ props }) => {
  const t = await dataTables();
  const row = byId(t.strikes).get(props.id)!;
  const sources = strongestFirst(row.source_ids, sourceIndex(t.sources)).map(({ id, outlet, kind, title, published, url, read_at }) => ({ id, publisher: outlet, kind, title, published, url, ...(read_at ? { read_at } : {}) }));
  const body = JSON.stringify({ ...row, sources, story_as_of: (await edition('en')).as_of, data_version: latestRelease(t.releases, 'strikes')?.date ?? null }, null, 2);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
