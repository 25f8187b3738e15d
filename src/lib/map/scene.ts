import { countryAnchor, MAP, project } from './geo';
import type { MapLabel } from './labels';
import { fitAspect, NARROW_ASPECT, NARROW_EXTENTS, STRIP_ASPECT, STRIP_EXTENTS, VIEW_EXTENTS, VIEW_NAMES, type ViewBox, type ViewName } from './views';

/** Built at build time and handed to the map islands as plain numbers. */

const COUNTRY_LABELS: [string, number][] = [
  ['Venezuela', 1], ['Colombia', 1], ['Ecuador', 2], ['Panama', 2], ['Mexico', 2], ['Cuba', 2],
  ['Puerto Rico', 2], ['Trinidad and Tobago', 2], ['Costa Rica', 3], ['Nicaragua', 3], ['Honduras', 3],
  ['Guatemala', 3], ['El Salvador', 3], ['Jamaica', 3], ['Haiti', 3], ['Dominican Rep.', 3], ['Guyana', 3],
];

/**
 * Large countries' centroids fall outside the zoomed views (Venezuela's is south of the
 * Caribbean view), so their names sit near the coast the story is about, in degrees.
 */
const LABEL_AT: Record<string, [number, number]> = {
  Venezuela: [-65.8, 8.9],
  Colombia: [-74.6, 8.2],
  Ecuador: [-78.4, -1.2],
  Cuba: [-78.8, 21.6],
};

/** Seas have no centroid: these are where their names sit, in degrees. */
const SEA_LABELS: [string, number, number, number][] = [
  ['Caribbean Sea', -78.5, 17.6, 1],
  ['Pacific Ocean', -99, 7, 1],
  ['Atlantic Ocean', -61.5, 22.5, 3],
  ['Gulf of Mexico', -92, 23.4, 3],
];

export function mapLabels(): MapLabel[] {
  return [
    ...COUNTRY_LABELS.map(([name, priority]) => {
      const [x, y] = LABEL_AT[name] ? project(...LABEL_AT[name]) : countryAnchor(name);
      return { id: name, name, x, y, priority, kind: 'country' as const };
    }),
    ...SEA_LABELS.map(([name, lon, lat, priority]) => {
      const [x, y] = project(lon, lat);
      return { id: name, name, x, y, priority, kind: 'sea' as const };
    }),
  ];
}

export interface MapViews {
  wide: Record<ViewName, ViewBox>;
  narrow: Record<ViewName, ViewBox>;
  /** The phone frame's width over its height. */
  narrowAspect: number;
}

function boxOf(ext: readonly (readonly number[])[], aspect: number): ViewBox {
  const [x0, y1] = project(ext[0][0], ext[0][1]);
  const [x1, y0] = project(ext[1][0], ext[1][1]);
  return fitAspect({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, aspect);
}

/**
 * Every view, for the wide frame (8:5) and the phone frame: nearly square, or a wide strip
 * (`'strip'`, the strike map's: see STRIP_EXTENTS).
 */
export function mapViews(phone: 'square' | 'strip' = 'square'): MapViews {
  const [extents, aspect] = phone === 'strip' ? [STRIP_EXTENTS, STRIP_ASPECT] : [NARROW_EXTENTS, NARROW_ASPECT];
  const narrow = {} as Record<ViewName, ViewBox>;
  for (const name of VIEW_NAMES) narrow[name] = boxOf(extents[name], aspect);
  return { wide: wideViews(), narrow, narrowAspect: aspect };
}

function wideViews(): Record<ViewName, ViewBox> {
  const aspect = MAP.width / MAP.height;
  const out = {} as Record<ViewName, ViewBox>;
  for (const name of VIEW_NAMES) {
    const ext = VIEW_EXTENTS[name];
    if (!ext) {
      out[name] = { x: 0, y: 0, w: MAP.width, h: MAP.height };
      continue;
    }
    out[name] = boxOf(ext, aspect);
  }
  return out;
}
