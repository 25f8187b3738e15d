import { casualtyPoints, type CasualtyPoint, type IsoDate } from '$lib/casualties';
import type { Strike } from '$lib/data/schemas';

/** The casualty chart's data: what its island receives as props (with its layouts and words, index.ts). */

interface CasualtyMarker {
  id: string;
  date: IsoDate;
  label: string;
}

export interface CasualtyData {
  /** The time axis. */
  start: IsoDate;
  end: IsoDate;
  /** The story's as-of date: strikes announced after it are the update's, drawn lighter. */
  asOf: IsoDate;
  points: CasualtyPoint[];
  markers: CasualtyMarker[];
  /** Only where a step shows the counts in dispute (src/lib/tracker/dispute.ts). */
  dispute?: CasualtyDispute;
}

/**
 * The counts in dispute, as the casualty chart draws them: the survivors never found of each
 * strike that left some (added to its deaths on the dashed line), and each tally an outlet
 * published (a dot), credited to whose count it is.
 */
export interface CasualtyDispute {
  missing: Record<string, number>;
  tallies: { date: IsoDate; killed: number; outlet: string }[];
}

/** The first strike was on Sept. 2, 2025; the axis opens on the first of that month. */
export const AXIS_START = '2025-09-01';

export function casualtyData(strikes: readonly Strike[], end: IsoDate, markers: CasualtyMarker[] = [], asOf: IsoDate = end): CasualtyData {
  return {
    start: AXIS_START,
    end,
    asOf: asOf < end ? asOf : end,
    points: casualtyPoints(strikes, end),
    markers,
  };
}

interface VisiblePoint extends CasualtyPoint {
  /** Running toll after this strike, among the strikes shown. */
  total: number;
}

/** The strikes shown at a `through` date, with the running toll recomputed over them alone. */
export function visiblePoints(data: CasualtyData, through: IsoDate): VisiblePoint[] {
  let total = 0;
  return data.points
    .filter((p) => p.announced <= through)
    .map((p) => {
      total += p.killed;
      return { ...p, total };
    });
}
