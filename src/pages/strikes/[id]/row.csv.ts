import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { DATA_DIR, TABLE_FILES } from '$lib/data/load';
import { downloadCsv } from '$lib/data/download';
import { latestRelease } from '$lib/data/versions';
import { dataTables, edition } from '../../../data';
import { strikePaths } from '../../../components/tracker/paths';

/** /strikes/s001/row.csv: one strike's row as the strikes download writes it, with its sources. */
export const getStaticPaths = (() => strikePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const t = await dataTables();
  const sources = new Map(t.sources.map((s) => [s.id, { ...s, published: s.published ?? '' }]));
  const file = TABLE_FILES.strikes;
  const body = downloadCsv(readFileSync(`${DATA_DIR}/${file}`, 'utf8'), file, sources, (await edition('en')).as_of, { only: (id) => id === props.id, version: latestRelease(t.releases, 'strikes')?.date });
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
