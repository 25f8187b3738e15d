import { escapeMarkup as esc } from '../text/escape';

/**
 * The sitemap: each page of the story in both editions, with its twin named as an alternate so
 * search engines send readers to the edition in their language. Embeds and the 404 page stay out.
 */
interface SitemapPage {
  /** One absolute address per edition, by language. */
  editions: Record<string, string>;
  lastmod: string;
}


export function sitemapXml(pages: SitemapPage[]): string {
  const urls = pages.flatMap((p) =>
    Object.values(p.editions).map(
      (loc) =>
        `  <url>\n    <loc>${esc(loc)}</loc>\n    <lastmod>${p.lastmod}</lastmod>\n${Object.entries(p.editions)
          .map(([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${esc(href)}"/>`)
          .join('\n')}\n  </url>`,
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(sitemap: string | null): string {
  return `User-agent: *\nAllow: /\n${sitemap ? `Sitemap: ${sitemap}\n` : ''}`;
}
