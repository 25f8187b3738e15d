import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { DATA_DIR, TABLE_FILES } from '$lib/data/load';
import { downloadCsv } from '$lib/data/download';
import { dataTables, edition } from '../../data';

/** /data/strikes.csv and the other tables: the rows behind the story, with their sources. */
export const getStaticPaths = (() => Object.values(TABLE_FILES).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = String(params.file);
  const sources = new Map((await dataTables()).sources.map((s) => [s.id, { ...s, published: s.published ?? '' }]));
  const body = downloadCsv(readFileSync(`${DATA_DIR}/${file}`, 'utf8'), file, sources, (await edition('en')).as_of);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
