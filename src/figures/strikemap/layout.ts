/**
 * The strike map's layout: where its labels sit and how big a strike's mark is. The sea areas it
 * shades are the tracker's too (src/lib/map/seas.ts).
 */
import type { Region } from '$lib/data/schemas';

/** Where each sea's name sits, in open water, in degrees. */
export const SEA_LABEL_AT: Record<Region, [number, number]> = {
  caribbean: [-73, 14.6],
  eastern_pacific: [-89, 1.5],
  unknown: [-101, -1.5],
};

/** Country names the locator shows, in degrees: the two coasts the story is about. */
export const COUNTRY_LABEL_AT: Record<string, [number, number]> = {
  Venezuela: [-66, 9.3],
  Colombia: [-74, 3.5],
};

/** The largest tally mark's diameter in px: the Sept. 2 strike, 11 killed. */
export const UNIT_MAX_PX = 22;
/** No mark is drawn smaller than this, so a strike that killed one person still reads. */
export const UNIT_MIN_PX = 7;

/** A mark's diameter: its area follows the deaths, the largest strike the largest mark. */
export function unitSize(killed: number, maxKilled: number): number {
  return round(Math.max(UNIT_MIN_PX, UNIT_MAX_PX * Math.sqrt(killed / Math.max(1, maxKilled))));
}

/** (Runs in the browser too: no geometry here.) The strikes announced by `through` that the step before had not shown, in order. */
export function newSince<P extends { announced: string }>(points: readonly P[], throughs: readonly string[], through: string): P[] {
  const before = throughs.filter((d) => d < through).at(-1) ?? '';
  return points.filter((p) => p.announced > before && p.announced <= through);
}

const round = (n: number) => Math.round(n * 10) / 10;
