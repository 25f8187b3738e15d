import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLE_FILES, type Tables } from '$lib/data/load';
import { downloadCsv } from '$lib/data/download';
import { latestRelease } from '$lib/data/versions';
import { dataTables, edition, tableText } from '../../data';

/**
 * /data/strikes.csv and the other tables: the rows behind the story, with their sources. A
 * versioned table's copy carries the date of its release (the same file as /data/<date>/strikes.csv).
 */
export const getStaticPaths = (() => Object.entries(TABLE_FILES).map(([table, file]) => ({ params: { file }, props: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const file = String(params.file);
  const t = await dataTables();
  const sources = new Map(t.sources.map((s) => [s.id, { ...s, published: s.published ?? '' }]));
  const version = latestRelease(t.releases, props.table)?.date;
  const body = downloadCsv(await tableText(props.table as keyof Tables), file, sources, (await edition('en')).as_of, { version });
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
