import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceIndex } from '$lib/data/sources';
import { strikeJson } from '$lib/tracker/rowJson';
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
  const body = JSON.stringify(strikeJson(row, sourceIndex(t.sources), (await edition('en')).as_of, latestRelease(t.releases, 'strikes')?.date ?? null), null, 2);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
