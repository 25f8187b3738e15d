import type { Region, Strike } from './data/schemas';

/**
 * Shaping the strikes table, for the figures, the tracker and the numbers in the prose.
 * The rule (DESIGN.md): a strike counts once it was announced, and sits on the timeline at the
 * date it happened. The few late rows without those dates fall back to `reported_by`, the
 * earliest report seen, and are marked approximate.
 */

export type IsoDate = string;

export function announcedOn(s: Strike): IsoDate {
  return s.announced_date ?? s.reported_by;
}

export function happenedOn(s: Strike): IsoDate {
  return s.strike_date ?? s.reported_by;
}

export function isDateApproximate(s: Strike): boolean {
  return s.strike_date === null;
}

/** Timeline order: by the day it happened, then by id (the order of announcement within a day). */
function byTimeline(a: Strike, b: Strike): number {
  return happenedOn(a).localeCompare(happenedOn(b)) || a.id.localeCompare(b.id);
}

/** The strikes made public on or before `date`, in timeline order. */
export function announcedBy(strikes: readonly Strike[], date: IsoDate): Strike[] {
  return strikes.filter((s) => announcedOn(s) <= date).sort(byTimeline);
}

interface Tally {
  strikes: number;
  vessels: number;
  killed: number;
  /** Survivors where a number was announced. */
  survivors: number;
  /** Strikes whose survivor count was never given. */
  survivorsUnknown: number;
}

/** Sums over strike rows, or over the figure's points (they carry the same three counts). */
export function tally(strikes: readonly Pick<Strike, 'vessels' | 'killed' | 'survivors'>[]): Tally {
  return strikes.reduce<Tally>(
    (t, s) => ({
      strikes: t.strikes + 1,
      vessels: t.vessels + s.vessels,
      killed: t.killed + s.killed,
      survivors: t.survivors + (s.survivors ?? 0),
      survivorsUnknown: t.survivorsUnknown + (s.survivors === null ? 1 : 0),
    }),
    { strikes: 0, vessels: 0, killed: 0, survivors: 0, survivorsUnknown: 0 },
  );
}

interface CumulativePoint {
  id: string;
  date: IsoDate;
  killed: number;
  total: number;
}

/** The running toll in timeline order: each strike adds its announced deaths. */
export function cumulative(strikes: readonly Strike[]): CumulativePoint[] {
  let total = 0;
  return [...strikes].sort(byTimeline).map((s) => {
    total += s.killed;
    return { id: s.id, date: happenedOn(s), killed: s.killed, total };
  });
}

interface StrikeFilter {
  /** Announced on or before this date. */
  through?: IsoDate;
  /** Announced after this date (the "since this story was published" update). */
  after?: IsoDate;
  /** Happened on this day. */
  on?: IsoDate;
  /** One row. */
  strike?: string;
  region?: Region;
}

export function selectStrikes(strikes: readonly Strike[], f: StrikeFilter): Strike[] {
  return strikes
    .filter(
      (s) =>
        (f.through === undefined || announcedOn(s) <= f.through) &&
        (f.after === undefined || announcedOn(s) > f.after) &&
        (f.on === undefined || s.strike_date === f.on) &&
        (f.strike === undefined || s.id === f.strike) &&
        (f.region === undefined || s.region === f.region),
    )
    .sort(byTimeline);
}

/** The last date anything in the table was made public: the end of the "since" update. */
export function latestAnnounced(strikes: readonly Strike[]): IsoDate {
  return strikes.reduce((max, s) => (announcedOn(s) > max ? announcedOn(s) : max), '');
}

/** What a step may highlight on the strike figures (the casualty chart, the strike map): the strikes that left survivors, or one sea's. */
export const HIGHLIGHTS = ['survivors', 'eastern_pacific', 'caribbean'] as const;

/** A strike as the figures draw it: when it happened and was announced, where, and its counts. */
export interface CasualtyPoint {
  id: string;
  /** Day it happened (timeline position). */
  date: IsoDate;
  /** Day it was made public (when it enters the figure). */
  announced: IsoDate;
  approx: boolean;
  region: Region;
  vessels: number;
  killed: number;
  survivors: number | null;
}

/** The strikes announced by `end`, in timeline order, as points (the casualty chart's and the strike map's). */
export function casualtyPoints(strikes: readonly Strike[], end: IsoDate): CasualtyPoint[] {
  return announcedBy(strikes, end).map((s) => ({
    id: s.id,
    date: happenedOn(s),
    announced: announcedOn(s),
    approx: isDateApproximate(s),
    region: s.region,
    vessels: s.vessels,
    killed: s.killed,
    survivors: s.survivors,
  }));
}
