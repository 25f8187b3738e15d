import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { DATA_DIR, TABLE_FILES } from '$lib/data/load';
import { downloadCsv } from '$lib/data/download';
import { dataTables, edition } from '../../../data';
import { strikePaths } from '../../../components/tracker/paths';

/** /strikes/s001/row.csv: one strike's row as the strikes download writes it, with its sources. */
export const getStaticPaths = (() => strikePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const sources = new Map((await dataTables()).sources.map((s) => [s.id, { ...s, published: s.published ?? '' }]));
  const file = TABLE_FILES.strikes;
  const body = downloadCsv(readFileSync(`${DATA_DIR}/${file}`, 'utf8'), file, sources, (await edition('en')).as_of, (id) => id === props.id);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
