import { dataTables } from '../../data';
import { strikeSlug } from '$lib/tracker/rows';
import { laterPages } from '$lib/tracker/pages';

/** One page per strike row, in each edition: /strikes/s001/ (the id, lowercased). */
export async function strikePaths() {
  return (await dataTables()).strikes.map((s) => ({ params: { id: strikeSlug(s.id) }, props: { id: s.id } }));
}

/** The list's pages after the first: /strikes/page/2/ and on, as many as the table needs. */
export async function trackerPagePaths() {
  return laterPages((await dataTables()).strikes.length).map((page) => ({ params: { page: String(page) }, props: { page } }));
}
