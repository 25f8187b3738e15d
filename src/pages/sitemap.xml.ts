import type { APIRoute } from 'astro';
import { sitemapXml } from '$lib/build/sitemap';
import { absolute, home, sourceHref, staticEdition, strikeHref, strikesHref } from '$lib/paths';
import { editions, type Lang } from '$lib/i18n';
import { dataTables, edition } from '../data';

const langs = Object.keys(editions) as Lang[];

export const GET: APIRoute = async () => {
  const lastmod = (await edition('en')).published;
  const page = (href: (l: Lang) => string) => ({ editions: Object.fromEntries(langs.map((l) => [l, absolute(href(l))])), lastmod });
  // The tracker and a page per strike, dated by the strike's last date on record.
  const strikes = (await dataTables()).strikes.map((s) => ({
    editions: Object.fromEntries(langs.map((l) => [l, absolute(strikeHref(s.id, l))])),
    lastmod: [s.strike_date, s.announced_date, s.reported_by].filter((d): d is string => Boolean(d)).sort().at(-1)!,
  }));
  const body = sitemapXml([page(home), page(staticEdition), page((l) => sourceHref(undefined, l)), page(strikesHref), ...strikes]);
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
