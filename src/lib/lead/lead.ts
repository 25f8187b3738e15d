import { happenedOn, latestAnnounced, selectStrikes, tally, type IsoDate } from '../casualties';
import { REGIONS, type Region, type Strike } from '../data/schemas';

/**
 * The story's opening graphic, shaped from the strikes table: the campaign as far as our records
 * go, one column per strike (one mark per person killed, survivors apart), the months under them,
 * and the day the story was published marked between the strikes it told and those that came
 * after. The same rule as <Count>: a strike counts once announced (casualties.ts).
 */

export interface LeadColumn {
  /** The strike's id; in a column of several (see MAX_COLUMNS), the first one's. */
  id: string;
  /** How many strikes the column holds: one, until the record outgrows MAX_COLUMNS. */
  strikes: number;
  /** The day it happened (or was first reported, where the date was never given). */
  date: IsoDate;
  region: Region;
  killed: number;
  /** Announced survivors; 0 where none, or none were announced. Never counted among the dead. */
  survivors: number;
}

export interface LeadMonth {
  /** First day of the month, for the label ("Sept."). */
  month: IsoDate;
  /** The first column in this month (0-based) and how many columns it spans. */
  first: number;
  span: number;
}

export interface Toll {
  strikes: number;
  killed: number;
}

export interface Lead {
  /** The story's as-of date, its publication's toll, and where it falls among the columns. */
  asOf: IsoDate;
  story: Toll;
  /** Columns before this index were announced by the as-of date; the marker stands before it. */
  split: number;
  /** The whole record: the totals the graphic leads with. */
  killed: number;
  strikes: number;
  survivors: number;
  /** Strikes whose survivors were never announced: neither dead nor survivors on the graphic. */
  survivorsUnknown: number;
  /** Killed by sea, in REGIONS order, only the seas that appear. */
  bySea: { region: Region; strikes: number; killed: number }[];
  first: IsoDate;
  last: IsoDate;
  /** The last day the records reach: the latest announcement or first report. */
  through: IsoDate;
  /** The deadliest strike (the earliest, if tied). */
  deadliest: LeadColumn;
  columns: LeadColumn[];
  /** True when a column holds a month's strikes in one sea, not one strike (more than MAX_COLUMNS strikes). */
  binned: boolean;
  months: LeadMonth[];
  /** The tallest column, dead and survivors: the graphic's height in marks. */
  rows: number;
  /** What came after the as-of date, through the last row of the table; null if nothing did. */
  since: (Toll & { through: IsoDate }) | null;
}

/** What came after the as-of date, through the last row of the table; null if nothing did. */
export function sinceAsOf(strikes: readonly Strike[], asOf: IsoDate): (Toll & { through: IsoDate }) | null {
  const through = latestAnnounced(strikes);
  const later = tally(selectStrikes(strikes, { after: asOf, through }));
  return later.strikes ? { strikes: later.strikes, killed: later.killed, through } : null;
}

const column = (s: Strike): LeadColumn => ({ id: s.id, strikes: 1, date: happenedOn(s), region: s.region, killed: s.killed, survivors: s.survivors ?? 0 });

/**
 * One column per strike reads while a phone gives each a few pixels; past this many the page
 * would carry thousands of hairline columns (a 5,000-strike table once doubled the story's HTML),
 * so each column becomes a month's strikes in one sea, seas in their usual order.
 */
export const MAX_COLUMNS = 160;

function binned(strikes: readonly Strike[]): LeadColumn[] {
  const bins = new Map<string, LeadColumn>();
  for (const s of strikes) {
    const c = column(s);
    const key = `${c.date.slice(0, 7)} ${REGIONS.indexOf(c.region)}`;
    const bin = bins.get(key);
    if (bin) bins.set(key, { ...bin, strikes: bin.strikes + 1, killed: bin.killed + c.killed, survivors: bin.survivors + c.survivors });
    else bins.set(key, c);
  }
  return [...bins].sort(([a], [b]) => a.localeCompare(b)).map(([, c]) => c);
}

export function leadData(strikes: readonly Strike[], asOf: IsoDate): Lead {
  const told = selectStrikes(strikes, { through: asOf });
  if (!told.length) throw new Error(`The lead graphic has no strike announced by ${asOf}`);
  const through = latestAnnounced(strikes);
  const after = selectStrikes(strikes, { after: asOf, through });
  // The strikes the story told, then those announced after it: the marker stands between them.
  const rows = [...told, ...after];
  const each = rows.map(column);
  // Binned, the story's strikes and the later ones are binned apart, so the marker still stands between them.
  const bin = rows.length > MAX_COLUMNS;
  const columns = bin ? [...binned(told), ...binned(after)] : each;
  const months: LeadMonth[] = [];
  columns.forEach((c, i) => {
    const month = `${c.date.slice(0, 7)}-01`;
    const last = months.at(-1);
    if (last?.month === month) last.span++;
    else months.push({ month, first: i, span: 1 });
  });
  const all = tally(rows);
  const story = tally(told);
  return {
    asOf,
    story: { strikes: story.strikes, killed: story.killed },
    split: bin ? binned(told).length : told.length,
    killed: all.killed,
    strikes: all.strikes,
    survivors: all.survivors,
    survivorsUnknown: all.survivorsUnknown,
    bySea: REGIONS.map((region) => {
      const inSea = tally(rows.filter((s) => s.region === region));
      return { region, strikes: inSea.strikes, killed: inSea.killed };
    }).filter((s) => s.strikes > 0),
    first: columns[0].date,
    last: columns.at(-1)!.date,
    through,
    deadliest: each.reduce((a, b) => (b.killed > a.killed ? b : a)),
    columns,
    binned: bin,
    months,
    rows: Math.max(...columns.map((c) => c.killed + c.survivors)),
    since: sinceAsOf(strikes, asOf),
  };
}

type LeadWords = import('../i18n/en').Strings;

/** The toll in words: the statement over the graphic, and its text alternative. */
export function tollWords(lead: Lead, t: LeadWords): string {
  return t.lead.toll(t.number(lead.killed), t.number(lead.strikes), lead.strikes);
}

/** The toll the story told when it was published. */
export function storyWords(lead: Lead, t: LeadWords): string {
  return t.lead.published(t.date(lead.asOf), t.lead.toll(t.number(lead.story.killed), t.number(lead.story.strikes), lead.story.strikes));
}

export function describeLead(lead: Lead, t: LeadWords): string {
  const seas = lead.bySea.map((s) => t.lead.sea(t.lead.seas[s.region], t.number(s.strikes), s.strikes, t.number(s.killed))).join('; ');
  const survivors = lead.survivors ? t.lead.altSurvivors(t.number(lead.survivors)) : '';
  const story = lead.since ? ` ${storyWords(lead, t)}.` : '';
  return t.lead.alt(tollWords(lead, t), t.date(lead.through), seas, t.number(lead.deadliest.killed), t.date(lead.deadliest.date), survivors) + story;
}
