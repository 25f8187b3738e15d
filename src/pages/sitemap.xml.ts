import type { APIRoute } from 'astro';
import { sitemapXml } from '$lib/build/sitemap';
import { absolute, home, sourceHref, staticEdition } from '$lib/paths';
import { editions, type Lang } from '$lib/i18n';
import { edition } from '../data';

const langs = Object.keys(editions) as Lang[];

export const GET: APIRoute = async () => {
  const lastmod = (await edition('en')).published;
  const page = (href: (l: Lang) => string) => ({ editions: Object.fromEntries(langs.map((l) => [l, absolute(href(l))])), lastmod });
  const body = sitemapXml([page(home), page(staticEdition), page((l) => sourceHref(undefined, l))]);
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
