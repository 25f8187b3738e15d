import { scaleLinear, scaleSqrt } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { CasualtyPoint, IsoDate } from '$lib/casualties';
import type { CasualtyData } from './data';
import type { CasualtiesState } from './state';
import { monthStarts } from '$lib/dates';

/**
 * Geometry of the casualty figure for one state, in viewBox units: a pure function, so the
 * server render, every step on the client, the static edition and the share card draw the same
 * picture. The page stretches this box to whatever space it has (a landscape panel on a laptop,
 * a portrait box on a phone), so the axis words live outside it, in CSS pixels.
 */
export const FIGURE = {
  width: 640,
  height: 400,
  margin: { top: 14, right: 18, bottom: 4, left: 56 },
} as const;

/** The largest strike (11 killed on Sept. 2) gets this radius; areas scale with deaths. */
export const MAX_RADIUS = 15;

/** More month ticks than this and every other one is a minor tick, hidden on narrow screens. */
const MAX_FULL_TICKS = 6;

export interface CircleMark {
  id: string;
  cx: number;
  cy: number;
  r: number;
  region: string;
  survivors: boolean;
  /** Announced after the story's as-of date: the update's news, in full colour (the story's own strikes go to a lighter tone there). */
  later: boolean;
  shown: boolean;
  dim: boolean;
}

interface Tick {
  value: number | IsoDate;
  pos: number;
}

export interface MonthTick extends Tick {
  value: IsoDate;
  /** The year is written under the month once: at the first tick and where a year begins. */
  year: boolean;
  /** Left out where the axis is too narrow for every month. */
  minor: boolean;
}

export interface CasualtyLayout {
  /** The toll up to the story's as-of date (or to `through` if earlier). */
  path: string;
  /** The toll after the as-of date, in full colour over the story's faded part; empty within the story. */
  later: string;
  circles: CircleMark[];
  xTicks: MonthTick[];
  yTicks: Tick[];
  baseline: number;
  /** The running total at `through`, and how much of it came after the as-of date. */
  end: { x: number; y: number; total: number; strikes: number; laterTotal: number; laterStrikes: number };
  /** The focused strike and every other strike of its day, each ringed, with the day's counts for its label. */
  focus: FocusMarks | null;
  marker: { x: number; id: string; label: string; date: IsoDate } | null;
  /** On a step that shows the counts in dispute: the toll with survivors never found, and the published tallies. */
  dispute: DisputeMarks | null;
  /** Their numbers, for the chart's words (build time only: the island gets the words). */
  counts: DisputeCounts | null;
  /** The update only: the story's as-of date, a labelled rule the update's strikes are drawn after. */
  published: { x: number; date: IsoDate } | null;
  /** The named pause: the days between the strike before `pause` and `pause` itself, shaded. */
  pause: { x1: number; x2: number; from: IsoDate; to: IsoDate } | null;
  /** The update, once a step reaches the last row: where the records end (the axis stops there). */
  recordsEnd: { x: number; date: IsoDate } | null;
  /** The highlighted group's counts, for its label (build time only). */
  highlighted: { strikes: number; killed: number; survivors: number } | null;
  /** The update's rules and band (publication, the end of the records, the pause), as paths: one loop in the browser. */
  rules: { kind: 'published' | 'records-end' | 'pause'; d: string }[];
}

export interface FocusMarks {
  id: string;
  /** One ring around the day's strikes (they share its date, so they stand one above the other): from the highest centre to the lowest, as wide as the largest. */
  ring: { x: number; top: number; bottom: number; r: number };
  /** Where its label goes: beside the ring's top, on the side with room. */
  label: { x: number; y: number; side: 'left' | 'right' };
  day: IsoDate;
  strikes: number;
  vessels: number;
  killed: number;
  survivors: number;
}

export interface DisputeMarks {
  /** The running toll counting survivors never found: dashed, above the toll where they part. */
  path: string;
  /** Every published tally to `through`, a dot each, as one path of zero-length round-capped strokes (they stay round however the plot stretches). */
  dots: string;
  /** The latest tally (the one the story cites against ours), for its label. */
  latest: { x: number; y: number } | null;
}

export interface DisputeCounts {
  total: number;
  missing: number;
  tallies: number;
  latest: { date: IsoDate; killed: number; outlet: string } | null;
}

// Days as UTC milliseconds on a linear scale: scaleUtc would ship d3-time and d3-time-format
// to every reader for ticks we compute ourselves (monthStarts).
const toDate = (iso: IsoDate) => Date.parse(`${iso}T00:00:00Z`);

/** Where the time axis ends for a step: the story's as-of date, or, for the update, the last row. */
export function axisEnd(data: CasualtyData, through: IsoDate): IsoDate {
  return through > data.asOf ? data.end : data.asOf;
}

export function layoutCasualties(data: CasualtyData, state: CasualtiesState): CasualtyLayout {
  const { width, height, margin } = FIGURE;
  const end = axisEnd(data, state.through);
  const through = state.through > end ? end : state.through;
  const x = scaleLinear().domain([toDate(data.start), toDate(end)]).range([margin.left, width - margin.right]).clamp(true);
  const inAxis = data.points.filter((p) => p.announced <= end);
  const counting = state.counts === 'dispute' && data.dispute ? data.dispute : null;
  const missingOf = (id: string) => counting?.missing[id] ?? 0;
  const tallies = (counting?.tallies ?? []).filter((t) => t.date <= state.through && t.date >= data.start);
  // The axis holds the highest count shown: a published tally may run above our own.
  const top = Math.max(1, inAxis.reduce((s, p) => s + p.killed + missingOf(p.id), 0), ...tallies.map((t) => t.killed));
  const y = scaleLinear()
    .domain([0, top])
    .nice(5)
    .range([height - margin.bottom, margin.top]);
  const r = scaleSqrt().domain([0, Math.max(1, ...data.points.map((p) => p.killed))]).range([0, MAX_RADIUS]);

  // The story's strikes first, then the update's on top of them: the update never reshuffles
  // the toll the story showed, even for a strike carried out before the as-of date.
  const isLater = (p: CasualtyPoint) => p.announced > data.asOf;
  const visible = runningTotals([...data.points.filter((p) => !isLater(p)), ...data.points.filter(isLater)].filter((p) => p.announced <= through));
  const storyPart = visible.filter((p) => !isLater(p));
  const laterPart = visible.filter(isLater);
  const storyTotal = storyPart.at(-1)?.total ?? 0;
  const total = visible.at(-1)?.total ?? 0;
  const storyEnd = through > data.asOf ? data.asOf : through;

  const toPath = (pts: { date: IsoDate; total: number }[]) =>
    line<{ date: IsoDate; total: number }>()
      .x((d) => x(toDate(d.date)))
      .y((d) => y(d.total))
      .curve(curveStepAfter)
      .digits(1)(pts) ?? '';
  const path = toPath([{ date: data.start, total: 0 }, ...storyPart, { date: storyEnd, total: storyTotal }]);
  const later =
    through > data.asOf ? toPath([{ date: data.asOf, total: storyTotal }, ...laterPart.map((p) => ({ date: p.date < data.asOf ? data.asOf : p.date, total: p.total })), { date: through, total }]) : '';

  const matches = (p: CasualtyPoint) =>
    state.highlight === undefined ||
    (state.highlight === 'survivors' ? (p.survivors ?? 0) > 0 : p.region === state.highlight);

  // A day with several strikes is one event to a reader (Oct. 27: three attacks): a focus rings,
  // counts and keeps bright every strike of its day.
  const focusPoint = state.focus ? visible.find((p) => p.id === state.focus) : undefined;
  const ofFocusDay = (p: CasualtyPoint) => p.id === focusPoint?.id || (focusPoint !== undefined && !focusPoint.approx && !p.approx && p.date === focusPoint.date);

  // Every strike of the section has its circle from the first step, hidden until announced, so
  // each one grows in place; one not yet on the axis waits at its right edge.
  const waiting = runningTotals(data.points);
  const circles: CircleMark[] = data.points.map((p, i) => {
    const shownAs = visible.find((v) => v.id === p.id);
    const at = shownAs?.total ?? waiting[i].total;
    return {
      id: p.id,
      cx: round(x(toDate(p.date))),
      // On the riser of the step line: the strike is the jump it causes.
      cy: round(Math.max(margin.top, y(at - p.killed / 2))),
      r: round(r(p.killed)),
      region: p.region,
      survivors: (p.survivors ?? 0) > 0,
      later: isLater(p),
      shown: shownAs !== undefined,
      dim: !matches(p) || (state.focus !== undefined && !ofFocusDay(p) && state.highlight === undefined),
    };
  });

  let dispute: DisputeMarks | null = null;
  let counts: DisputeCounts | null = null;
  if (counting) {
    // The same steps as the toll, each strike's survivors never found added to its deaths.
    const counted = runningTotals(visible.map((p) => ({ ...p, killed: p.killed + missingOf(p.id) })));
    const totalCounted = counted.at(-1)?.total ?? 0;
    const at = (p: CasualtyPoint) => (isLater(p) && p.date < data.asOf ? data.asOf : p.date);
    dispute = {
      path: toPath([{ date: data.start, total: 0 }, ...counted.map((p) => ({ date: at(p), total: p.total })), { date: through, total: totalCounted }]),
      dots: tallies.map((t) => `M${round(x(toDate(t.date)))},${round(y(t.killed))}h0`).join(''),
      latest: tallies.length ? { x: round(x(toDate(tallies.at(-1)!.date))), y: round(y(tallies.at(-1)!.killed)) } : null,
    };
    counts = {
      total: totalCounted,
      missing: totalCounted - total,
      tallies: tallies.length,
      latest: tallies.at(-1) ?? null,
    };
  }

  const focused = state.focus ? circles.find((c) => c.id === state.focus && c.shown) : undefined;
  const day = focused ? visible.filter(ofFocusDay) : [];
  const ringed = day.map((p) => circles.find((c) => c.id === p.id)!);
  const ring = ringed.length
    ? { x: ringed[0].cx, top: Math.min(...ringed.map((c) => c.cy)), bottom: Math.max(...ringed.map((c) => c.cy)), r: Math.max(...ringed.map((c) => c.r)) }
    : null;
  const focus: FocusMarks | null = focused
    ? {
        id: focused.id,
        ring: ring!,
        label: { x: ring!.x, y: ring!.top, side: ring!.x > width * 0.5 ? 'left' : 'right' },
        day: focusPoint!.date,
        strikes: day.length,
        vessels: day.reduce((n, p) => n + p.vessels, 0),
        killed: day.reduce((n, p) => n + p.killed, 0),
        survivors: day.reduce((n, p) => n + (p.survivors ?? 0), 0),
      }
    : null;
  const matching = state.highlight ? visible.filter(matches) : [];
  const update = end > data.asOf;
  const pauseEnd = state.pause ? visible.find((p) => p.id === state.pause) : undefined;
  const pauseStart = pauseEnd ? [...visible].filter((p) => p.date < pauseEnd.date).sort((a, b) => a.date.localeCompare(b.date)).at(-1) : undefined;
  const marker = state.marker ? data.markers.find((m) => m.id === state.marker) : undefined;
  const published = update ? { x: round(x(toDate(data.asOf))), date: data.asOf } : null;
  const pause = pauseEnd && pauseStart ? { x1: round(x(toDate(pauseStart.date))), x2: round(x(toDate(pauseEnd.date))), from: pauseStart.date, to: pauseEnd.date } : null;
  const recordsEnd = update && through >= end ? { x: round(x(toDate(end))), date: end } : null;
  const base = round(y(0));
  const months = monthStarts(data.start, end);
  const thin = months.length > MAX_FULL_TICKS;

  return {
    path,
    later,
    circles,
    xTicks: months.map((iso, i) => {
      const year = i === 0 || iso.endsWith('-01-01');
      return { value: iso, pos: round(x(toDate(iso))), year, minor: thin && i % 2 === 1 && !year };
    }),
    yTicks: y.ticks(4).map((v) => ({ value: v, pos: round(y(v)) })),
    baseline: round(y(0)),
    end: {
      x: round(x(toDate(through))),
      y: round(y(total)),
      total,
      strikes: visible.length,
      laterTotal: total - storyTotal,
      laterStrikes: laterPart.length,
    },
    focus,
    marker: marker ? { x: round(x(toDate(marker.date))), id: marker.id, label: marker.label, date: marker.date } : null,
    dispute,
    counts,
    published,
    pause,
    recordsEnd,
    rules: [
      ...(pause ? [{ kind: 'pause' as const, d: `M${pause.x1},0H${pause.x2}V${base}H${pause.x1}Z` }] : []),
      ...(published ? [{ kind: 'published' as const, d: `M${published.x},0V${base}` }] : []),
      ...(recordsEnd ? [{ kind: 'records-end' as const, d: `M${recordsEnd.x},0V${base}` }] : []),
    ],
    highlighted: state.highlight ? { strikes: matching.length, killed: matching.reduce((n, p) => n + p.killed, 0), survivors: matching.reduce((n, p) => n + (p.survivors ?? 0), 0) } : null,
  };
}

function runningTotals<P extends { killed: number }>(points: readonly P[]): (P & { total: number })[] {
  let total = 0;
  return points.map((p) => ({ ...p, total: (total += p.killed) }));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
