import { edition } from '../../data';
import { strings, type Lang } from '$lib/i18n';
import { webManifest } from '$lib/build/manifest';
import { assetHref, home } from '$lib/paths';

export async function manifestResponse(lang: Lang): Promise<Response> {
  const story = await edition(lang);
  const body = webManifest({ name: story.headline, shortName: strings(lang).site.shortName, lang, start: home(lang), icon: assetHref('favicon.svg') });
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
}
