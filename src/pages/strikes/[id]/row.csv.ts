import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLE_FILES } from '$lib/data/load';
import { downloadRows } from '$lib/data/download';
import { latestRelease } from '$lib/data/versions';
import { dataTables, edition, tableText } from '../../../data';
import { strikePaths } from '../../../components/tracker/routes';

/** /strikes/s001/row.csv: one strike's row as the strikes download writes it, with its sources. */
export const getStaticPaths = (() => strikePaths()) satisfies GetStaticPaths;

// Every row's line, made once for all the row pages of a build.
let made: Promise<{ header: string; rows: Map<string, string> }> | undefined;
const rowsOnce = async () => {
  const t = await dataTables();
  const sources = new Map(t.sources.map((s) => [s.id, { ...s, published: s.published ?? '' }]));
  const file = TABLE_FILES.strikes;
  const version = latestRelease(t.releases, 'strikes')?.date;
  const { header, rows } = downloadRows(await tableText('strikes'), file, sources, (await edition('en')).as_of, version);
  return { header, rows: new Map(rows) };
};

export const GET: APIRoute = async ({ props }) => {
  // The dev server reads the table afresh on every request, as writers save.
  const { header, rows } = await (import.meta.env.DEV ? rowsOnce() : (made ??= rowsOnce()));
  return new Response(header + (rows.get(props.id) ?? ''), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
