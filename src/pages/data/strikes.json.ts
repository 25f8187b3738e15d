import type { APIRoute } from 'astro';
import { sourceIndex } from '$lib/data/sources';
import { latestRelease } from '$lib/data/versions';
import { strikeJson } from '$lib/tracker/rowJson';
import { dataTables, edition } from '../../data';

/** /data/strikes.json: every strike as its row.json gives it, in the table's order; the tracker cuts it to what a reader's filters show. */
export const GET: APIRoute = async () => {
  const t = await dataTables();
  const sources = sourceIndex(t.sources);
  const asOf = (await edition('en')).as_of;
  const version = latestRelease(t.releases, 'strikes')?.date ?? null;
  const body = JSON.stringify(t.strikes.map((s) => strikeJson(s, sources, asOf, version)), null, 2);
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
