import { strings, type Lang } from '$lib/i18n';
import { encodeList } from '$lib/tracker/compact';
import { listItems } from '$lib/tracker/listItems';
import { strikeIndex } from './strikeIndex';
import { lastModified } from '$lib/tracker/modified';
import { dataTables } from '../../data';

/** One edition's list.json: every strike the tracker lists, for its filters. */
export async function listJson(lang: Lang): Promise<Response> {
  const { rows } = await strikeIndex(lang);
  const t = await dataTables();
  const modified = lastModified(t.strikes.map((s) => s.id), t.changes, t.releases);
  const body = JSON.stringify(encodeList(listItems(rows, strings(lang)).map((item) => ({ ...item, changed: modified.get(item.id) ?? '' }))));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
