import { project } from '$lib/map/geo';
import { fitAspect, toFrame, type ViewBox } from '$lib/map/views';

/**
 * Where everything of the union figure sits, for its two frames: `w`, a laptop's or a tablet's
 * (1.3:1, about 700 x 540 px), and `n`, a phone's portrait box (about 375 x 430 px). Built once, at
 * build time: the component only reads positions.
 */
export type FrameId = 'w' | 'n';
export const FRAMES: FrameId[] = ['w', 'n'];
/** Width / height of each frame (the component's CSS uses the same two numbers). */
export const ASPECT: Record<FrameId, number> = { w: 1.3, n: 0.87 };
/** The frame widths (px) the marks are sized for: a laptop's map column and a phone's. */
const FRAME_PX: Record<FrameId, number> = { w: 700, n: 375 };

/** Corners [west, south], [east, north] in degrees of each view, per frame. */
type Extent = [[number, number], [number, number]];
export const VIEWS: Record<'region' | 'border' | 'sea', Record<FrameId, Extent>> = {
  // Gran Colombia's four nations, and the Caribbean north of them for the words.
  region: { w: [[-82, -4.8], [-59, 13.5]], n: [[-80.6, -4.8], [-59.6, 16]] },
  // The land border, from the Guajira peninsula to the Río Negro.
  border: { w: [[-77.5, 0.6], [-63, 12.6]], n: [[-76, 0.6], [-64.5, 12.6]] },
  // The southern Caribbean, where the first strikes were announced.
  sea: { w: [[-80, 2.5], [-60, 17.5]], n: [[-78.5, 0], [-61, 18]] },
};

export function viewBox(ext: Extent, aspect: number): ViewBox {
  const [x0, y1] = project(ext[0][0], ext[0][1]);
  const [x1, y0] = project(ext[1][0], ext[1][1]);
  return fitAspect({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, aspect);
}

/** Places the figure names, in degrees: towns from a gazetteer, capitals, and areas drawn as approximate. */
export const PLACES = {
  bogota: [-74.07, 4.71],
  caracas: [-66.88, 10.49],
  // The official crossings (facts G04, G05, Migración Colombia via EFE), at their towns.
  paraguachon: [-72.13, 11.36],
  cucuta: [-72.51, 7.89],
  arauca: [-70.76, 7.08],
  puertoCarreno: [-67.49, 6.19],
  // Areas, drawn as soft shapes, never as points: where the troops went (events E006, E008) and the
  // binational zones (E001: Norte de Santander, Táchira, Zulia; E020: Vichada, Guainía, Amazonas).
  catatumbo: [-73.3, 8.75],
  zuliaTachira: [-71.55, 8.6],
  zone1: [-72.3, 8.4],
  zone2: [-67.9, 4.0],
} as const satisfies Record<string, readonly [number, number]>;

/** A word on the map: its place as percentages of the frame, and which side of it the text hangs. */
/** c: centred; l, r: text to the right, left of the place; t, b: below, above it; tl, bl: from its top-left, bottom-left corner. */
export type Anchor = 'c' | 'l' | 'r' | 't' | 'b' | 'tl' | 'bl';
export interface Placed {
  x: number;
  y: number;
  a: Anchor;
}
export interface Label {
  id: string;
  text: string;
  /** 'country', 'note' (the figure's numbers), 'place', 'key' */
  kind: string;
  /** Per frame; absent: not shown in that frame. */
  w?: Placed;
  n?: Placed;
}
/** A mark in map units (drawn in the step's own view, so a radius is in that view's units). */
export type Mark =
  | { kind: 'dot'; cls: string; x: number; y: number; r: number }
  | { kind: 'area'; cls: string; x: number; y: number; rx: number; ry: number }
  | { kind: 'line'; cls: string; x1: number; y1: number; x2: number; y2: number };

/** A label's position, in degrees or in fractions of the frame ({ fx, fy }), with its anchor. */
export type At = { at: readonly [number, number]; a: Anchor; dx?: number; dy?: number } | { fx: number; fy: number; a: Anchor };

export function placeIn(view: ViewBox, frame: FrameId, at: At): Placed {
  if ('fx' in at) return { x: round(at.fx * 100), y: round(at.fy * 100), a: at.a };
  const [x, y] = project(at.at[0], at.at[1]);
  const p = toFrame(x, y, view);
  // dx, dy: a nudge in px of the frame, so the text clears its mark at any width.
  const px = FRAME_PX[frame];
  return { x: round(p.left + ((at.dx ?? 0) / px) * 100), y: round(p.top + ((at.dy ?? 0) / (px / ASPECT[frame])) * 100), a: at.a };
}

/** A radius of `px` pixels of the frame, in map units of `view`. */
export const unitsOf = (px: number, view: ViewBox, frame: FrameId) => round((px * view.w) / FRAME_PX[frame]);

/** Where a point sits in map units. */
export const at = (p: readonly [number, number]) => project(p[0], p[1]);

const round = (n: number) => Math.round(n * 100) / 100;
