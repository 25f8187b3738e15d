import { strings, type Lang } from '$lib/i18n';
import { encodeList } from '$lib/tracker/compact';
import { listItems } from '$lib/tracker/listItems';
import { strikeIndex } from './strikeIndex';

/** One edition's list.json: every strike the tracker lists, for its filters. */
export async function listJson(lang: Lang): Promise<Response> {
  const { rows } = await strikeIndex(lang);
  const body = JSON.stringify(encodeList(listItems(rows, strings(lang))));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
