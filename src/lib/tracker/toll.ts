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

export function tollChart(inOrder: readonly { id: string; killed: number }[], id: string): TollChart | null {
  const i = inOrder.findIndex((s) => s.id === id);
  if (i < 0) return null;
  const totals: number[] = [];
  inOrder.reduce((n, s) => (totals.push(n + s.killed), n + s.killed), 0);
  const total = totals.at(-1) ?? 0;
  const n = inOrder.length;
  const x = (k: number) => +((k / n) * 100).toFixed(2);
  const y = (v: number) => +(100 - (total ? (v / total) * 100 : 0)).toFixed(2);
  let d = `M0,100`;
  totals.forEach((v, k) => {
    d += `H${x(k)}V${y(v)}`;
  });
  d += `H100`;
  const before = i ? totals[i - 1] : 0;
  return { path: d, step: { x0: x(i), x1: x(i + 1), y0: y(before), y1: y(totals[i]) }, order: i + 1, before, after: totals[i], total };
}
