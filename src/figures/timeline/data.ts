import { scaleLinear, scaleSqrt } from 'd3-scale';
import { announcedBy } from '$lib/casualties';
import { monthStarts } from '$lib/dates';
import { publisherNames, sourceIndex } from '$lib/data/sources';
import type { Source, StoryEvent, Strike } from '$lib/data/schemas';

/** The escalation timeline's lanes, top to bottom; Congress shares the U.S. lane. */
export const LANES = ['united_states', 'colombia', 'venezuela', 'un'] as const;
type Lane = (typeof LANES)[number];

export function laneOf(actor: StoryEvent['actor']): Lane | null {
  if (actor === 'us_congress') return 'united_states';
  return (LANES as readonly string[]).includes(actor) ? (actor as Lane) : null;
}

/** The timeline's frame, in viewBox units: lanes from LEFT to the right edge. */
export const TIMELINE = { width: 640, height: 262, left: 92, right: 14 } as const;

export interface TimelineData {
  start: string;
  end: string;
  /** Positions are computed here, at build time: the reader's browser gets numbers, not D3. */
  events: { id: string; date: string; x: number; lane: Lane; actor: string; label: string; summary: string; quote: string; sources: string[] }[];
  strikes: { id: string; date: string; announced: string; killed: number; region: Strike['region']; x: number; r: number }[];
  months: { iso: string; x: number }[];
  /** The "now" line of each step, in step order. */
  nowX: number[];
  /** Each step's date, in step order: a step's new events are those since the step before. */
  throughs: string[];
  /** Each step's focused event id ('' for none), in step order. */
  focuses: string[];
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const round = (n: number) => Math.round(n * 10) / 10;

/** Events of the four lanes from `start` to the as-of date, and the strikes announced by then. */
export function timelineData(
  t: { events: StoryEvent[]; strikes: Strike[]; sources: Source[] },
  start: string,
  end: string,
  throughs: readonly string[] = [end],
  /** Events a step brings forward: only these carry their summary, quote and sources to the island. */
  focused: ReadonlySet<string> | null = null,
  focuses: readonly string[] = [],
): TimelineData {
  const words = (id: string) => focused === null || focused.has(id);
  // A step that brings an event forward shows its label: without one the reader sees an empty box.
  for (const id of focused ?? []) {
    const e = t.events.find((x) => x.id === id);
    if (e && !e.label) throw new Error(`timeline: a step focuses on event ${id}, which has no label in content/data/events.csv`);
  }
  const bySource = sourceIndex(t.sources);
  const x = scaleLinear().domain([day(start), day(end)]).range([TIMELINE.left, TIMELINE.width - TIMELINE.right]).clamp(true);
  const at = (iso: string) => round(x(day(iso)));
  const strikes = announcedBy(t.strikes, end);
  const r = scaleSqrt().domain([0, Math.max(1, ...strikes.map((s) => s.killed))]).range([0, 9]);
  return {
    start,
    end,
    months: monthStarts(start, end).map((iso) => ({ iso, x: at(iso) })),
    nowX: throughs.map(at),
    throughs: [...throughs],
    focuses: [...focuses],
    // Only the events with a name (events.csv's label): every dot on the timeline can be named,
    // in its step's callout or in the list of what else the step adds. Talk of a union with
    // Venezuela is the union section's story, not this quarrel with Washington.
    events: t.events
      .filter((e) => e.date >= start && e.date <= end && laneOf(e.actor) !== null && e.label && e.kind !== 'union_talk')
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
      .map((e) => ({
        id: e.id, date: e.date, x: at(e.date), lane: laneOf(e.actor)!, actor: e.actor,
        label: e.label, summary: words(e.id) ? e.summary : '', quote: words(e.id) ? e.quote : '',
        sources: words(e.id) ? publisherNames(e.source_ids, bySource) : [],
      })),
    strikes: strikes.map((s) => {
      const date = s.strike_date ?? s.reported_by;
      return { id: s.id, date, announced: s.announced_date ?? s.reported_by, killed: s.killed, region: s.region, x: at(date), r: round(Math.max(2.5, r(s.killed))) };
    }),
  };
}

export { newEvents } from './layout';
