import { dataTables } from '../../data';
import { strikeSlug } from '$lib/tracker/rows';

/** One page per strike row, in each edition: /strikes/s001/ (the id, lowercased). */
export async function strikePaths() {
  return (await dataTables()).strikes.map((s) => ({ params: { id: strikeSlug(s.id) }, props: { id: s.id } }));
}
