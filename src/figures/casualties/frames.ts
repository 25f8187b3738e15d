import { FIGURE, type CasualtyLayout, type CircleMark } from './layout';

/**
 * The casualty chart's layouts for every step, packed for the island: what never changes
 * (circle radius, colour, tone) once, each distinct time axis once (the story has one; the
 * update's steps run it on past the as-of date), and per step only what moves. Pure, with no D3,
 * so the reader's browser unpacks numbers instead of computing scales.
 */
interface Axis {
  /** The grid and the month ticks as one path each: drawn, never looped over, in the browser. */
  grid: string;
  ticks: string;
  xTicks: CasualtyLayout['xTicks'];
  yTicks: CasualtyLayout['yTicks'];
  baseline: number;
  cx: number[];
}

export interface PackedLayouts {
  circles: Pick<CircleMark, 'id' | 'r' | 'region' | 'survivors' | 'later'>[];
  axes: Axis[];
  steps: {
    axis: number;
    path: string;
    later: string;
    end: CasualtyLayout['end'];
    focus: CasualtyLayout['focus'];
    marker: CasualtyLayout['marker'];
    dispute: CasualtyLayout['dispute'];
    published: CasualtyLayout['published'];
    pause: CasualtyLayout['pause'];
    recordsEnd: CasualtyLayout['recordsEnd'];
    highlighted: CasualtyLayout['highlighted'];
    rules: CasualtyLayout['rules'];
    cy: number[];
    /** One character per circle: 0 hidden, 1 shown, 2 shown but dimmed, 3 hidden and dimmed. */
    flags: string;
  }[];
}

export function packLayouts(layouts: readonly CasualtyLayout[]): PackedLayouts {
  const [first] = layouts;
  const axes: Axis[] = [];
  const keys: string[] = [];
  const axisOf = (l: CasualtyLayout) => {
    const axis = {
      grid: l.yTicks.map((t) => `M0,${t.pos}H${FIGURE.width}`).join(''),
      ticks: l.xTicks.map((t) => `M${t.pos},${l.baseline}V${FIGURE.height}`).join(''),
      xTicks: l.xTicks,
      yTicks: l.yTicks,
      baseline: l.baseline,
      cx: l.circles.map((c) => c.cx),
    };
    const key = JSON.stringify(axis);
    if (!keys.includes(key)) {
      keys.push(key);
      axes.push(axis);
    }
    return keys.indexOf(key);
  };
  return {
    circles: first.circles.map(({ id, r, region, survivors, later }) => ({ id, r, region, survivors, later })),
    axes,
    steps: layouts.map((l) => ({
      axis: axisOf(l),
      path: l.path,
      later: l.later,
      end: l.end,
      focus: l.focus,
      marker: l.marker,
      dispute: l.dispute,
      published: l.published,
      pause: l.pause,
      recordsEnd: l.recordsEnd,
      highlighted: l.highlighted,
      rules: l.rules,
      cy: l.circles.map((c) => c.cy),
      flags: l.circles.map((c) => String((c.shown ? 1 : 0) + (c.dim ? 2 : 0))).join(''),
    })),
  };
}

export function unpackLayout(packed: PackedLayouts, step: number): CasualtyLayout {
  const s = packed.steps[step] ?? packed.steps[0];
  const a = packed.axes[s.axis];
  return {
    path: s.path,
    later: s.later,
    end: s.end,
    focus: s.focus,
    marker: s.marker,
    dispute: s.dispute,
    published: s.published,
    pause: s.pause,
    recordsEnd: s.recordsEnd,
    highlighted: s.highlighted,
    rules: s.rules,
    counts: null,
    xTicks: a.xTicks,
    yTicks: a.yTicks,
    baseline: a.baseline,
    circles: packed.circles.map((c, i) => {
      const f = Number(s.flags[i]);
      return { id: c.id, cx: a.cx[i], cy: s.cy[i], r: c.r, region: c.region, survivors: c.survivors, later: c.later, shown: (f & 1) === 1, dim: (f & 2) === 2 };
    }),
  };
}
