import { announcedBy } from './casualties';
import type { Source, StoryEvent, Strike } from './data/schemas';

/** The escalation timeline's lanes, top to bottom; Congress shares the U.S. lane. */
export const LANES = ['united_states', 'colombia', 'venezuela', 'un'] as const;
export type Lane = (typeof LANES)[number];

export function laneOf(actor: StoryEvent['actor']): Lane | null {
  if (actor === 'us_congress') return 'united_states';
  return (LANES as readonly string[]).includes(actor) ? (actor as Lane) : null;
}

export interface TimelineData {
  start: string;
  end: string;
  events: { id: string; date: string; lane: Lane; actor: string; label: string; summary: string; quote: string; sources: string[] }[];
  strikes: { id: string; date: string; announced: string; killed: number }[];
}

/** Events of the four lanes from `start` to the as-of date, and the strikes announced by then. */
export function timelineData(t: { events: StoryEvent[]; strikes: Strike[]; sources: Source[] }, start: string, end: string): TimelineData {
  const outlet = new Map(t.sources.map((s) => [s.id, s.outlet]));
  return {
    start,
    end,
    events: t.events
      .filter((e) => e.date >= start && e.date <= end && laneOf(e.actor) !== null)
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
      .map((e) => ({
        id: e.id, date: e.date, lane: laneOf(e.actor)!, actor: e.actor, label: e.label, summary: e.summary, quote: e.quote,
        sources: e.source_ids.slice(0, 2).map((id) => outlet.get(id) ?? id),
      })),
    strikes: announcedBy(t.strikes, end).map((s) => ({ id: s.id, date: s.strike_date ?? s.reported_by, announced: s.announced_date ?? s.reported_by, killed: s.killed })),
  };
}
