import type { APIRoute } from 'astro';
import { sitemapXml } from '$lib/build/sitemap';
import { absolute, changesHref, dataPageHref, home, peopleHref, sourceHref, staticEdition, strikeHref, strikesHref } from '$lib/paths';
import { editions, type Lang } from '$lib/i18n';
import { dataTables, edition } from '../data';
import { pageAge } from '$lib/story/age';

const langs = Object.keys(editions) as Lang[];

export const GET: APIRoute = async () => {
  const t = await dataTables();
  // The story, its static edition, the sources and the tracker change whenever a correction, a change or a release does.
  const lastmod = pageAge(await edition('en'), t).updated;
  const page = (href: (l: Lang) => string) => ({ editions: Object.fromEntries(langs.map((l) => [l, absolute(href(l))])), lastmod });
  // The tracker and a page per strike, dated by the strike's last date on record or its last logged change.
  const changed = new Map<string, string>();
  for (const c of t.changes) if (c.table === 'strikes' && c.date > (changed.get(c.row) ?? '')) changed.set(c.row, c.date);
  const strikes = t.strikes.map((s) => ({
    editions: Object.fromEntries(langs.map((l) => [l, absolute(strikeHref(s.id, l))])),
    lastmod: [s.strike_date, s.announced_date, s.reported_by, changed.get(s.id)].filter((d): d is string => Boolean(d)).sort().at(-1)!,
  }));
  const changes = { ...page(changesHref), lastmod: [lastmod, ...t.changes.map((c) => c.date)].sort().at(-1)! };
  // The codebook changes with a release, the latest change or a new column.
  const data = { ...page(dataPageHref), lastmod: changes.lastmod };
  const body = sitemapXml([page(home), page(staticEdition), page((l) => sourceHref(undefined, l)), page(strikesHref), changes, data, page(peopleHref), ...strikes]);
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
