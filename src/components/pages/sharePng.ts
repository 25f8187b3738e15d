import { edition, tables } from '../../data';
import { strings, type Lang } from '$lib/i18n';
import { shareImage } from '$figures/casualties/shareImage';

/** The endpoint body for an edition's /share.png. */
export async function sharePngResponse(lang: Lang): Promise<Response> {
  return new Response(shareImage(await tables(), await edition(lang), strings(lang)), { headers: { 'Content-Type': 'image/png' } });
}
