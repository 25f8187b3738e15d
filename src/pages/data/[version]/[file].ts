import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLE_FILES } from '$lib/data/load';
import { downloadCsv } from '$lib/data/download';
import { parseCsv } from '$lib/data/csv';
import { csvOf, releasedTable } from '$lib/data/versions';
import type { Release } from '$lib/data/schemas';
import { dataTables, edition, tableText } from '../../../data';

/**
 * /data/2026-06-22/strikes.csv: a released version of a table, at an address that never changes.
 * It is rebuilt from the table and its changes log; the build has checked it against the
 * fingerprint it was released with (src/lib/data/versions.ts).
 */
export const getStaticPaths = (async () =>
  (await dataTables()).releases.map((release) => ({
    params: { version: release.date, file: TABLE_FILES[release.table] },
    props: { release },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { release } = props as { release: Release };
  const file = TABLE_FILES[release.table];
  const t = await dataTables();
  const { header, rows } = parseCsv(await tableText(release.table), file);
  const { version } = releasedTable({ header, rows: rows.map((r) => r.values) }, release, t.changes);
  const sources = new Map(t.sources.map((s) => [s.id, { ...s, published: s.published ?? '' }]));
  const body = downloadCsv(csvOf(version), file, sources, (await edition('en')).as_of, { version: release.date });
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
