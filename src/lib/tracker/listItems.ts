import type { Strings } from '$lib/i18n/en';
import type { ListItem } from './compact';
import { whenOf, type TrackerRow } from './rows';

/** How many sources a list item names; the rest are on the strike's own page. */
export const CITED = 2;

/** The tracker's rows as the list shows them, in the edition's words: one shape for the page and for list.json. */
export function listItems(rows: readonly TrackerRow[], t: Strings): ListItem[] {
  const w = t.tracker;
  return rows.map((r) => ({
    id: r.id,
    when: whenOf(r),
    region: r.region,
    killed: r.killed,
    survivors: r.survivors,
    presumed: r.presumed,
    group: r.group ?? '',
    disputed: r.disputed,
    where: r.where,
    video: r.video,
    // The day it happened; when that is unknown, the day it was announced, else first reported.
    date: r.struck ? t.date(r.struck) : r.announced ? w.table.announcedOn(t.date(r.announced)) : w.table.firstReportedOn(t.date(r.reported)),
    announced: r.struck && r.announced && r.announced !== r.struck ? t.date(r.announced) : '',
    cited: r.sources.slice(0, CITED).map((s) => ({ outlet: s.outlet, url: s.url, published: s.published ? t.date(s.published) : '' })),
    more: r.sources.length > CITED ? t.site.moreSources(r.sources.length - CITED) : '',
  }));
}
