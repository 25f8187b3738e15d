import { announcedOn } from '$lib/casualties';
import type { Source, Strike, Tally } from '$lib/data/schemas';
import { strongestFirst } from '$lib/data/sources';

/**
 * The counts in dispute: the running toll by three measures. Deaths as announced (our count);
 * announced plus the survivors never found, whom most outlets count as dead (the strikes table's
 * `presumed_dead`); and the tallies outlets published (content/data/tallies.csv), each named by
 * its publisher. Presumed dead are counted from the day their strike was announced.
 */
export interface Step {
  date: string;
  total: number;
}
export interface PublishedTally {
  id: string;
  date: string;
  killed: number;
  /** Whose count it is: the publisher, or the outlet the publisher credited (AP's toll in a Prism News story). */
  outlet: string;
  /** The publisher that carried someone else's count, else empty. */
  via: string;
  url: string;
}
export interface Dispute {
  announced: Step[];
  withPresumed: Step[];
  tallies: PublishedTally[];
  /** The strikes that left survivors never found, in order: the steps where the two lines part. */
  presumed: { id: string; date: string; n: number }[];
  start: string;
  end: string;
}

/** The running total after each day that added to it. */
function running(days: { date: string; n: number }[]): Step[] {
  const byDay = new Map<string, number>();
  for (const d of days) byDay.set(d.date, (byDay.get(d.date) ?? 0) + d.n);
  let total = 0;
  return [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([date, n]) => ({ date, total: (total += n) }));
}

export function disputeOf(strikes: readonly Strike[], tallies: readonly Tally[], sources: ReadonlyMap<string, Source>): Dispute {
  const announced = running(strikes.map((s) => ({ date: announcedOn(s), n: s.killed })));
  const withPresumed = running(strikes.map((s) => ({ date: announcedOn(s), n: s.killed + (s.presumed_dead ?? 0) })));
  const presumed = strikes
    .filter((s) => (s.presumed_dead ?? 0) > 0)
    .map((s) => ({ id: s.id, date: announcedOn(s), n: s.presumed_dead ?? 0 }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const published = tallies
    .map((t) => {
      const [source] = strongestFirst(t.source_ids, sources);
      const publisher = source?.outlet ?? t.source_ids[0];
      return { id: t.id, date: t.as_of, killed: t.killed, outlet: t.counted_by || publisher, via: t.counted_by ? publisher : '', url: source?.url ?? '' };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.killed - b.killed);
  const dates = [...announced.map((s) => s.date), ...published.map((t) => t.date)].sort();
  return { announced, withPresumed, tallies: published, presumed, start: dates[0] ?? '', end: dates.at(-1) ?? '' };
}

/** The total on a day: the last step on or before it (0 before the first). */
export function totalOn(steps: readonly Step[], date: string): number {
  let total = 0;
  for (const s of steps) if (s.date <= date) total = s.total;
  return total;
}

/**
 * The widest-read measure of the dispute: the latest tally an outlet published against our count
 * with the survivors never found, on the same day. The story, the methodology and /strikes/ all
 * print this one gap, so they cannot drift apart. Null when no tally runs above ours.
 */
export function latestGap(d: Dispute): { tally: PublishedTally; ours: number; gap: number } | null {
  const tally = d.tallies.at(-1);
  if (!tally) return null;
  const ours = totalOn(d.withPresumed, tally.date);
  return tally.killed > ours ? { tally, ours, gap: tally.killed - ours } : null;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY;

/** The chart in a 0–100 box (y down): step paths for the two lines, a point per published tally, and the y ticks. */
export function disputeLayout(d: Dispute, tickEvery = 50) {
  const span = Math.max(1, days(d.start, d.end));
  const top = Math.max(...d.withPresumed.map((s) => s.total), ...d.tallies.map((t) => t.killed), 1);
  const max = Math.ceil(top / tickEvery) * tickEvery;
  const x = (date: string) => +((days(d.start, date) / span) * 100).toFixed(2);
  const y = (v: number) => +(100 - (v / max) * 100).toFixed(2);
  const path = (steps: readonly Step[]) => `M0,100${steps.map((s) => `H${x(s.date)}V${y(s.total)}`).join('')}H100`;
  return {
    announced: path(d.announced),
    withPresumed: path(d.withPresumed),
    dots: d.tallies.map((t) => ({ ...t, x: x(t.date), y: y(t.killed) })),
    yTicks: Array.from({ length: max / tickEvery + 1 }, (_, i) => ({ value: i * tickEvery, y: y(i * tickEvery) })),
    x,
    y,
  };
}

/** The first day of each month from `start` to `end`, for the time axis. */
export function monthStarts(start: string, end: string): string[] {
  const out: string[] = [];
  let [y, m] = start.split('-').map(Number);
  for (;;) {
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
    const d = `${y}-${String(m).padStart(2, '0')}-01`;
    if (d > end) return out;
    out.push(d);
  }
}
