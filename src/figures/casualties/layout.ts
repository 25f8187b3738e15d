import { scaleLinear, scaleSqrt } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { visiblePoints, type CasualtyData, type IsoDate } from '$lib/casualties';
import type { CasualtiesState } from './state';
import { monthStarts } from '$lib/dates';


/**
 * Geometry of the casualty figure for one state, in viewBox units: a pure function, so the
 * server render, every step on the client and the static edition draw the same picture.
 */
export const FIGURE = {
  width: 640,
  height: 400,
  margin: { top: 24, right: 28, bottom: 34, left: 44 },
} as const;

/** The largest strike (11 killed on Sept. 2) gets this radius; areas scale with deaths. */
export const MAX_RADIUS = 15;

export interface CircleMark {
  id: string;
  cx: number;
  cy: number;
  r: number;
  region: string;
  survivors: boolean;
  shown: boolean;
  dim: boolean;
}

interface Tick {
  value: number | IsoDate;
  pos: number;
}

export interface CasualtyLayout {
  path: string;
  circles: CircleMark[];
  xTicks: Tick[];
  yTicks: Tick[];
  baseline: number;
  /** Where the toll line ends: the running total at `through`. */
  end: { x: number; y: number; total: number; strikes: number };
  focus: { x: number; y: number; id: string } | null;
  marker: { x: number; id: string; label: string; date: IsoDate } | null;
}

// Days as UTC milliseconds on a linear scale: scaleUtc would ship d3-time and d3-time-format
// to every reader for ticks we compute ourselves (monthStarts).
const toDate = (iso: IsoDate) => Date.parse(`${iso}T00:00:00Z`);


export function layoutCasualties(data: CasualtyData, state: CasualtiesState): CasualtyLayout {
  const { width, height, margin } = FIGURE;
  const through = state.through > data.end ? data.end : state.through;
  const x = scaleLinear().domain([toDate(data.start), toDate(data.end)]).range([margin.left, width - margin.right]);
  const grandTotal = data.points.reduce((s, p) => s + p.killed, 0);
  const y = scaleLinear().domain([0, Math.max(grandTotal, 1)]).nice(5).range([height - margin.bottom, margin.top]);
  const r = scaleSqrt().domain([0, Math.max(1, ...data.points.map((p) => p.killed))]).range([0, MAX_RADIUS]);

  const visible = visiblePoints(data, through);
  const allRunning = visiblePoints(data, data.end);
  const last = visible.at(-1);
  const steps: { date: IsoDate; total: number }[] = [
    { date: data.start, total: 0 },
    ...visible.map((p) => ({ date: p.date, total: p.total })),
    { date: through, total: last?.total ?? 0 },
  ];
  const path =
    line<{ date: IsoDate; total: number }>()
      .x((d) => x(toDate(d.date)))
      .y((d) => y(d.total))
      .curve(curveStepAfter)
      .digits(1)(steps) ?? '';

  const matches = (p: (typeof data.points)[number]) =>
    state.highlight === undefined ||
    (state.highlight === 'survivors' ? (p.survivors ?? 0) > 0 : p.region === state.highlight);

  const circles: CircleMark[] = allRunning.map((p) => {
    const shownAs = visible.find((v) => v.id === p.id);
    const total = (shownAs ?? p).total;
    return {
      id: p.id,
      cx: round(x(toDate(p.date))),
      // On the riser of the step line: the strike is the jump it causes.
      cy: round(y(total - p.killed / 2)),
      r: round(r(p.killed)),
      region: p.region,
      survivors: (p.survivors ?? 0) > 0,
      shown: shownAs !== undefined,
      dim: !matches(p) || (state.focus !== undefined && state.focus !== p.id && state.highlight === undefined),
    };
  });

  const focused = state.focus ? circles.find((c) => c.id === state.focus && c.shown) : undefined;
  const marker = state.marker ? data.markers.find((m) => m.id === state.marker) : undefined;

  return {
    path,
    circles,
    xTicks: monthStarts(data.start, data.end).map((iso) => ({ value: iso, pos: round(x(toDate(iso))) })),
    yTicks: y.ticks(4).map((v) => ({ value: v, pos: round(y(v)) })),
    baseline: round(y(0)),
    end: { x: round(x(toDate(through))), y: round(y(last?.total ?? 0)), total: last?.total ?? 0, strikes: visible.length },
    focus: focused ? { x: focused.cx, y: focused.cy, id: focused.id } : null,
    marker: marker ? { x: round(x(toDate(marker.date))), id: marker.id, label: marker.label, date: marker.date } : null,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
