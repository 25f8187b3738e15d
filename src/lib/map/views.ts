/**
 * The map moves between views by changing its viewBox, never its projection: the basemap is
 * drawn once, and a view is a rectangle of it. Views are given as projected boxes.
 */
export interface ViewBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Grow a box around its centre to the frame's aspect ratio, so the map is never stretched. */
export function fitAspect(box: ViewBox, aspect: number): ViewBox {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const w = Math.max(box.w, box.h * aspect);
  const h = w / aspect;
  return { x: round(cx - w / 2), y: round(cy - h / 2), w: round(w), h: round(h) };
}

/** Between two views at t in [0, 1]. */
export function lerpView(a: ViewBox, b: ViewBox, t: number): ViewBox {
  const l = (p: number, q: number) => p + (q - p) * t;
  return { x: l(a.x, b.x), y: l(a.y, b.y), w: l(a.w, b.w), h: l(a.h, b.h) };
}

/**
 * The CSS transform that makes a frame drawn for view `drawn` show view `shown`, with
 * transform-origin 0 0; null when they are the same. A zoom eases this transform and changes the
 * viewBox once, at its end: a new viewBox every frame makes the browser lay out every land path
 * again on each frame, and a cheap phone drops frames.
 */
export function zoomTransform(drawn: ViewBox, shown: ViewBox): string | null {
  const kx = drawn.w / shown.w;
  const ky = drawn.h / shown.h;
  // Percentages of the frame's own box: the same transform fits a frame of any pixel size.
  const tx = ((drawn.x - shown.x) / shown.w) * 100;
  const ty = ((drawn.y - shown.y) / shown.h) * 100;
  if (kx === 1 && ky === 1 && tx === 0 && ty === 0) return null;
  const n = (v: number) => +v.toFixed(4);
  return `translate(${n(tx)}%, ${n(ty)}%) scale(${n(kx)}, ${n(ky)})`;
}

/** A point of the map as percentages of the frame showing `view`. */
export function toFrame(x: number, y: number, view: ViewBox): { left: number; top: number } {
  return { left: ((x - view.x) / view.w) * 100, top: ((y - view.y) / view.h) * 100 };
}

/** The views a step can ask for: `all` is the whole map. Corners in degrees. */
export const VIEW_EXTENTS = {
  all: null,
  caribbean: [[-82, 8], [-58.5, 21]],
  pacific: [[-106, -4], [-75, 17]],
  union: [[-82, -4.8], [-59, 13.5]],
} as const;
export type ViewName = keyof typeof VIEW_EXTENTS;

/**
 * On a phone the map frame is nearly square, and each view is a tighter box: the same story,
 * cropped to what the steps talk about, so marks and labels stay big enough to read and tap.
 */
export const NARROW_ASPECT = 1.15;
export const NARROW_EXTENTS: Record<ViewName, [[number, number], [number, number]]> = {
  all: [[-95.5, -3], [-61.5, 22]],
  caribbean: [[-76, 8], [-59.5, 20]],
  pacific: [[-96, -2], [-74, 14]],
  union: [[-80, -4.5], [-59.5, 13]],
};
export const VIEW_NAMES = Object.keys(VIEW_EXTENTS) as ViewName[];

/**
 * The strike map's phone frame: a wide strip over the two seas rather than the near-square frame,
 * so that the map, the tallies under it and their key fit the pinned box of a phone together,
 * the map at the full width of the screen.
 */
export const STRIP_ASPECT = 2.2;
export const STRIP_EXTENTS: Record<ViewName, [[number, number], [number, number]]> = {
  all: [[-94, -1.5], [-59, 19.5]],
  caribbean: [[-81, 7], [-58.5, 19]],
  pacific: [[-97, -3], [-74, 12]],
  union: [[-80, -3], [-59.5, 13]],
};

const round = (n: number) => Math.round(n * 10) / 10;
