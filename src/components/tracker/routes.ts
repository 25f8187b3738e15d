import { dataTables } from '../../data';
import { strikeSlug } from '$lib/tracker/rows';
import { laterPages } from '$lib/tracker/pages';
import { standingStrikes, withdrawalsByStrike } from '$lib/data/withdrawals';

/** One page per strike row, in each edition: /strikes/s001/ (the id, lowercased); a withdrawn record keeps its address. */
export async function strikePaths() {
  const t = await dataTables();
  const withdrawn = withdrawalsByStrike(t.withdrawals);
  return t.strikes.map((s) => ({ params: { id: strikeSlug(s.id) }, props: { id: s.id, withdrawn: withdrawn.has(s.id) } }));
}

/** The list's pages after the first: /strikes/page/2/ and on, as many as the table needs. */
export async function trackerPagePaths() {
  const t = await dataTables();
  return laterPages(standingStrikes(t.strikes, t.withdrawals).length).map((page) => ({ params: { page: String(page) }, props: { page } }));
}
