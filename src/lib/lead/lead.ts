import { happenedOn, latestAnnounced, selectStrikes, tally, type IsoDate } from '../casualties';
import { REGIONS, type Region, type Strike } from '../data/schemas';

/**
 * The story's opening graphic, shaped from the strikes table: the toll at the as-of date, one
 * column per strike (one mark per person killed, survivors apart), the months under them, and
 * the update since. The same rule as <Count>: a strike counts once announced (casualties.ts).
 */

export interface LeadColumn {
  id: string;
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

export interface Lead {
  asOf: IsoDate;
  killed: number;
  strikes: number;
  survivors: number;
  /** Strikes whose survivors were never announced: neither dead nor survivors on the graphic. */
  survivorsUnknown: number;
  /** Killed by sea, in REGIONS order, only the seas that appear. */
  bySea: { region: Region; strikes: number; killed: number }[];
  first: IsoDate;
  last: IsoDate;
  /** The deadliest strike (the earliest, if tied). */
  deadliest: LeadColumn;
  columns: LeadColumn[];
  months: LeadMonth[];
  /** The tallest column, dead and survivors: the graphic's height in marks. */
  rows: number;
  /** What came after the as-of date, through the last row of the table; null if nothing did. */
  since: { strikes: number; killed: number; through: IsoDate } | null;
}

export function leadData(strikes: readonly Strike[], asOf: IsoDate): Lead {
  const rows = selectStrikes(strikes, { through: asOf });
  if (!rows.length) throw new Error(`The lead graphic has no strike announced by ${asOf}`);
  const columns: LeadColumn[] = rows.map((s) => ({
    id: s.id,
    date: happenedOn(s),
    region: s.region,
    killed: s.killed,
    survivors: s.survivors ?? 0,
  }));
  const months: LeadMonth[] = [];
  columns.forEach((c, i) => {
    const month = `${c.date.slice(0, 7)}-01`;
    const last = months.at(-1);
    if (last?.month === month) last.span++;
    else months.push({ month, first: i, span: 1 });
  });
  const t = tally(rows);
  const through = latestAnnounced(strikes);
  const after = selectStrikes(strikes, { after: asOf, through });
  const later = tally(after);
  return {
    asOf,
    killed: t.killed,
    strikes: t.strikes,
    survivors: t.survivors,
    survivorsUnknown: t.survivorsUnknown,
    bySea: REGIONS.map((region) => {
      const inSea = tally(rows.filter((s) => s.region === region));
      return { region, strikes: inSea.strikes, killed: inSea.killed };
    }).filter((s) => s.strikes > 0),
    first: columns[0].date,
    last: columns.at(-1)!.date,
    deadliest: columns.reduce((a, b) => (b.killed > a.killed ? b : a)),
    columns,
    months,
    rows: Math.max(...columns.map((c) => c.killed + c.survivors)),
    since: after.length ? { strikes: later.strikes, killed: later.killed, through } : null,
  };
}

type LeadWords = import('../i18n/en').Strings;

/** The toll in words: the statement over the graphic, and its text alternative. */
export function tollWords(lead: Lead, t: LeadWords): string {
  return t.lead.toll(t.number(lead.killed), t.number(lead.strikes), lead.strikes);
}

export function describeLead(lead: Lead, t: LeadWords): string {
  const seas = lead.bySea.map((s) => t.lead.sea(t.lead.seas[s.region], t.number(s.strikes), s.strikes, t.number(s.killed))).join('; ');
  const survivors = lead.survivors ? t.lead.altSurvivors(t.number(lead.survivors)) : '';
  return t.lead.alt(tollWords(lead, t), t.date(lead.asOf), seas, t.number(lead.deadliest.killed), t.date(lead.deadliest.date), survivors);
}
