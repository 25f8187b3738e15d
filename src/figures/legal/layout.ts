import { scaleLinear, scaleUtc } from 'd3-scale';
import { monthStarts } from '$lib/dates';
import type { LegalData } from './data';

/**
 * Build-time geometry of the legal figure, in percent of the drawing's width, so the drawing
 * stretches to any width while its text keeps its size (the component sets heights in px).
 */

/** The sea strip: the land's share of the width, and how far out it reaches (past the 200 nm limit, to show the high seas). */
export const LAND = 6;
export const MAX_NM = 250;
/** The timeline keeps its first and last dots clear of its edges. */
const PAD = 3;

export interface LegalLayout {
  /** Each band, coast to high seas: where it starts and ends, and its outer limit in nm (null: no limit). */
  bands: { key: 'territorial' | 'contiguous' | 'eez' | 'high'; from: number; to: number; nm: number | null }[];
  /** Where the strikes were announced: outside the territorial sea, to the edge. */
  strikesFrom: number;
  flights: number | null;
  months: { date: string; x: number }[];
  /** One dot per strike, stacked when several were announced on one day (k = place in the stack). */
  strikes: { id: string; x: number; k: number }[];
  voices: { id: string; x: number }[];
  votes: { id: string; x: number }[];
}

const round = (n: number) => Math.round(n * 100) / 100;

export function legalLayout(data: LegalData): LegalLayout {
  const sea = scaleLinear().domain([0, MAX_NM]).range([LAND, 100]);
  const limit = (id: string) => {
    const z = data.zones.find((x) => x.id === id);
    if (!z) throw new Error(`legal figure: sea zone ${id} is not in content/data/facts.csv`);
    return z.nm;
  };
  const [ts, cz, eez] = [limit('G10'), limit('G11'), limit('G12')];
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const time = scaleUtc().domain([day(data.start), day(data.end)]).range([PAD, 100 - PAD]);
  const at = (iso: string) => round(time(day(iso)));
  const stacked = new Map<string, number>();
  return {
    bands: [
      { key: 'territorial', from: LAND, to: round(sea(ts)), nm: ts },
      { key: 'contiguous', from: round(sea(ts)), to: round(sea(cz)), nm: cz },
      { key: 'eez', from: round(sea(cz)), to: round(sea(eez)), nm: eez },
      { key: 'high', from: round(sea(eez)), to: 100, nm: null },
    ],
    strikesFrom: round(sea(ts)),
    flights: data.flights ? round(sea(data.flights.nm)) : null,
    months: monthStarts(data.start, data.end).map((date) => ({ date, x: at(date) })),
    strikes: data.strikes.map((s) => {
      const k = stacked.get(s.date) ?? 0;
      stacked.set(s.date, k + 1);
      return { id: s.id, x: at(s.date), k };
    }),
    voices: data.voices.map((v) => ({ id: v.id, x: at(v.date) })),
    votes: data.votes.map((v) => ({ id: v.id, x: at(v.date) })),
  };
}
