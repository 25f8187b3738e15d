import type { Tables } from '$lib/data/load';
import type { Source } from '$lib/data/schemas';
import { rowSources, sourceIndex, strongestFirst } from '$lib/data/sources';
import { sourceHref, strikeHref } from '$lib/paths';
import type { Lang } from '$lib/i18n';

/** Sources named per cited row: the strongest two; the rest are one link away, on the sources page. */
const SHOWN = 2;

export interface Cited {
  shown: Source[];
  /** The sources left unnamed, as one link to the first of them on the sources page. */
  more: { count: number; href: string } | null;
}

/**
 * What the citations of some rows name: each row's strongest sources, a source named once
 * however many rows cite it, and a link on for the rest.
 */
export function citedSources(rows: readonly string[], t: Tables, lang: Lang): Cited {
  const byRow = rowSources(t);
  const byId = sourceIndex(t.sources);
  const shown = new Map<string, Source>();
  const rest = new Map<string, Source>();
  for (const row of rows) {
    const ids = byRow.get(row);
    if (!ids) throw new Error(`<Cite row="${row}">: no such row in content/data`);
    const ranked = strongestFirst(ids, byId);
    for (const s of ranked.slice(0, SHOWN)) shown.set(s.id, s);
    for (const s of ranked.slice(SHOWN)) rest.set(s.id, s);
  }
  for (const id of shown.keys()) rest.delete(id);
  const first = [...rest.values()][0];
  return { shown: [...shown.values()], more: first ? { count: rest.size, href: sourceHref(first.id, lang) } : null };
}

/**
 * A step's HTML without its inline citations, and the rows they cited, in order. The cards
 * stay one glance long: the citations go under the card's "Sources" disclosure instead.
 * Reads the markup Cite.astro writes (`<span class="cite" data-cite="…">`, spans nested inside).
 */
export function liftCites(html: string): { body: string; rows: string[] } {
  const rows: string[] = [];
  let body = '';
  let at = 0;
  const open = /<span class="cite" data-cite="([^"]+)">/g;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    rows.push(m[1]);
    // Skip to the span that closes this one.
    let depth = 1;
    let i = m.index + m[0].length;
    const tag = /<(\/?)span\b[^>]*>/g;
    tag.lastIndex = i;
    for (let t = tag.exec(html); t && depth > 0; t = tag.exec(html)) {
      depth += t[1] ? -1 : 1;
      i = t.index + t[0].length;
    }
    if (depth !== 0) throw new Error(`Unclosed citation of row ${m[1]}`);
    // The space that stood before the citation goes with it.
    body += html.slice(at, m.index).replace(/[ \t]+$/, '');
    at = i;
    open.lastIndex = i;
  }
  return { body: body + html.slice(at), rows: [...new Set(rows)] };
}

/** The strikes among cited rows, each with its page on the tracker (/strikes/s001/). */
export function citedStrikes(rows: readonly string[], t: Pick<Tables, 'strikes'>, lang: Lang): { id: string; date: string; href: string }[] {
  const byId = new Map(t.strikes.map((s) => [s.id, s]));
  return [...new Set(rows)].flatMap((id) => {
    const s = byId.get(id);
    return s ? [{ id, date: s.strike_date ?? s.reported_by, href: strikeHref(id, lang) }] : [];
  });
}
