import type { CasualtyLayout, CircleMark } from './layout';

/**
 * The casualty chart's layouts for every step, packed for the island: what never changes
 * (circle x, radius, colour, axes) once, and per step only what does. Pure, with no D3, so the
 * reader's browser unpacks numbers instead of computing scales.
 */
export interface PackedLayouts {
  circles: Pick<CircleMark, 'id' | 'cx' | 'r' | 'region' | 'survivors'>[];
  xTicks: CasualtyLayout['xTicks'];
  yTicks: CasualtyLayout['yTicks'];
  baseline: number;
  steps: {
    path: string;
    end: CasualtyLayout['end'];
    focus: CasualtyLayout['focus'];
    marker: CasualtyLayout['marker'];
    cy: number[];
    /** One character per circle: 0 hidden, 1 shown, 2 shown but dimmed, 3 hidden and dimmed. */
    flags: string;
  }[];
}

export function packLayouts(layouts: readonly CasualtyLayout[]): PackedLayouts {
  const [first] = layouts;
  return {
    circles: first.circles.map(({ id, cx, r, region, survivors }) => ({ id, cx, r, region, survivors })),
    xTicks: first.xTicks,
    yTicks: first.yTicks,
    baseline: first.baseline,
    steps: layouts.map((l) => ({
      path: l.path,
      end: l.end,
      focus: l.focus,
      marker: l.marker,
      cy: l.circles.map((c) => c.cy),
      flags: l.circles.map((c) => String((c.shown ? 1 : 0) + (c.dim ? 2 : 0))).join(''),
    })),
  };
}

export function unpackLayout(packed: PackedLayouts, step: number): CasualtyLayout {
  const s = packed.steps[step] ?? packed.steps[0];
  return {
    path: s.path,
    end: s.end,
    focus: s.focus,
    marker: s.marker,
    xTicks: packed.xTicks,
    yTicks: packed.yTicks,
    baseline: packed.baseline,
    circles: packed.circles.map((c, i) => {
      const f = Number(s.flags[i]);
      return { ...c, cy: s.cy[i], shown: (f & 1) === 1, dim: (f & 2) === 2 };
    }),
  };
}
