import { escapeMarkup as esc } from '../text/escape';
import type { ListItem } from './compact';

/** The words a list item needs, in the edition's language; the page writes them for the browser too. */
export interface ItemWords {
  zone: Record<string, string>;
  /** "killed", lower case, after the number. */
  killed: string;
  survivors: string;
  disputed: string;
  announced: string;
  sources: string;
}


/**
 * One strike in the tracker's list, as HTML. The page writes its first page of items with it and
 * the browser the rest, from list.json (filterList.ts), so an item looks the same however it came.
 * `href` is the strike's page; `number` formats a count in the edition's way.
 */
export function itemHtml(r: ListItem, w: ItemWords, href: string, number: (n: number) => string): string {
  const facts = [
    `<span class="sea ${esc(r.region)}">${esc(w.zone[r.region] ?? r.region)}</span>`,
    `<span><strong>${number(r.killed)}</strong> ${esc(w.killed)}</span>`,
    r.survivors ? `<span>${esc(w.survivors)}: ${number(r.survivors)}</span>` : '',
    r.disputed ? `<span>${esc(w.disputed)}</span>` : '',
    r.announced ? `<span>${esc(w.announced)} ${esc(r.announced)}</span>` : '',
  ].join('');
  const cited = r.cited.map((s) => `<a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.outlet)}${s.published ? `, ${esc(s.published)}` : ''}</a>`);
  if (r.more) cited.push(`<a href="${esc(href)}">${esc(r.more)}</a>`);
  const data = `data-id="${esc(r.id)}" data-when="${esc(r.when)}" data-region="${esc(r.region)}" data-killed="${r.killed}" data-survivors="${r.survivors ?? ''}" data-disputed="${r.disputed ? '1' : ''}"`;
  return (
    `<li ${data}><h2><a href="${esc(href)}">${esc(r.title)}</a></h2><p class="facts">${facts}</p>` +
    (r.location ? `<p class="where">${esc(r.location)}</p>` : '') +
    `<p class="cited">${esc(w.sources)}: ${cited.join('; ')}</p></li>`
  );
}
