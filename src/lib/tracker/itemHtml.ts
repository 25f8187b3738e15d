import { escapeMarkup as esc } from '../text/escape';
import type { ListItem } from './compact';

/** The words a row of the tracker's table needs, in the edition's language; the page writes them for the browser too. */
export interface ItemWords {
  zone: Record<string, string>;
  /** The column heads, which a phone shows beside each value (the table then reads as a list). */
  columns: { killed: string; survivors: string; presumed: string; group: string; sources: string };
  /** Survivors not disclosed. */
  notDisclosed: string;
  /** No survivor never found; no group named. */
  none: string;
  noGroup: string;
  /** Who was aboard was disputed, after the group. */
  disputed: string;
  /** "announced", before a date. */
  announced: string;
}

/**
 * One strike as a row of the tracker's table, as HTML. The page writes its first page of rows
 * with it and the browser the rest, from list.json (filterList.ts), so a row looks the same
 * however it came. `href` is the strike's page; `number` formats a count in the edition's way.
 */
export function itemHtml(r: ListItem, w: ItemWords, href: string, number: (n: number) => string): string {
  const c = w.columns;
  const cell = (label: string, cls: string, html: string) => `<td class="${cls}" data-label="${esc(label)}">${html}</td>`;
  // A dash the eye reads as "none" and a screen reader hears as the word.
  const none = `<span aria-hidden="true">–</span><span class="visually-hidden">${esc(w.none)}</span>`;
  const cited = r.cited.map((s) => `<a href="${esc(s.url)}" rel="noopener noreferrer">${esc(s.outlet)}${s.published ? `, ${esc(s.published)}` : ''}</a>`);
  if (r.more) cited.push(`<a href="${esc(href)}">${esc(r.more)}</a>`);
  const data = `data-id="${esc(r.id)}" data-when="${esc(r.when)}" data-region="${esc(r.region)}" data-killed="${r.killed}" data-survivors="${r.survivors ?? ''}" data-disputed="${r.disputed ? '1' : ''}" data-presumed="${r.presumed ?? ''}" data-group="${esc(r.group)}" data-where="${esc(r.where)}" data-video="${r.video ? '1' : ''}"`;
  return (
    `<tr ${data}>` +
    `<th scope="row"><a href="${esc(href)}">${esc(r.date)}</a>${r.announced ? `<span class="announced">${esc(w.announced)} ${esc(r.announced)}</span>` : ''}</th>` +
    `<td class="sea ${esc(r.region)}">${esc(w.zone[r.region] ?? r.region)}</td>` +
    cell(c.killed, 'n killed', `<strong>${number(r.killed)}</strong>`) +
    cell(c.survivors, 'n', r.survivors === null ? `<span class="muted">${esc(w.notDisclosed)}</span>` : number(r.survivors)) +
    cell(c.presumed, 'n', r.presumed ? number(r.presumed) : none) +
    cell(c.group, 'group', `${r.group ? esc(r.group) : `<span class="muted">${esc(w.noGroup)}</span>`}${r.disputed ? ` <span class="disputed">${esc(w.disputed)}</span>` : ''}`) +
    cell(c.sources, 'cited', cited.join('; ')) +
    `</tr>`
  );
}
