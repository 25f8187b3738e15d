/**
 * The small chart on a strike's page: the running toll, strike by strike in the order they
 * happened, with this strike's step drawn in ink. x is the strike's place in order (every strike
 * one step wide), y the toll after it; drawn at build time, in a 0–100 box the page stretches.
 */
export interface TollChart {
  /** The whole campaign's steps, as one SVG path. */
  path: string;
  /** This strike's step: its rise, from the toll before it to the toll after. */
  step: { x0: number; x1: number; y0: number; y1: number };
  /** 1-based place in order. */
  order: number;
  before: number;
  after: number;
  total: number;
}

/**
 * Past this many strikes a step is narrower than a pixel of the chart (it is at most ~700 px
 * wide), so x is kept to one decimal and the steps that share it drawn as one riser: the path
 * stays about 1,000 steps long however long the table grows, and every strike page carries it.
 */
const FINE_STEPS = 1000;

/** The toll of every strike, computed once: each strike's page asks it for its own step. */
export function tollOf(inOrder: readonly { id: string; killed: number }[]): (id: string) => TollChart | null {
  const n = inOrder.length;
  const totals: number[] = [];
  inOrder.reduce((sum, s) => (totals.push(sum + s.killed), sum + s.killed), 0);
  const total = totals.at(-1) ?? 0;
  const digits = n > FINE_STEPS ? 1 : 2;
  const x = (k: number) => +((k / n) * 100).toFixed(digits);
  const y = (v: number) => +(100 - (total ? (v / total) * 100 : 0)).toFixed(2);
  let d = `M0,100`;
  let lastX = NaN;
  let pendingY: number | null = null;
  totals.forEach((v, k) => {
    const at = x(k);
    if (at === lastX) pendingY = y(v);
    else {
      if (pendingY !== null) d += `V${pendingY}`;
      d += `H${at}`;
      pendingY = y(v);
      lastX = at;
    }
  });
  if (pendingY !== null) d += `V${pendingY}`;
  d += `H100`;
  const place = new Map(inOrder.map((s, i) => [s.id, i]));
  return (id) => {
    const i = place.get(id);
    if (i === undefined) return null;
    const before = i ? totals[i - 1] : 0;
    return { path: d, step: { x0: x(i), x1: x(i + 1), y0: y(before), y1: y(totals[i]) }, order: i + 1, before, after: totals[i], total };
  };
}

export function tollChart(inOrder: readonly { id: string; killed: number }[], id: string): TollChart | null {
  return tollOf(inOrder)(id);
}
