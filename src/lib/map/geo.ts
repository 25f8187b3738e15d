import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The region the maps cover, from Mexico's Pacific coast to Trinidad and from Puerto Rico to
 * Ecuador, projected once at build time. Nothing here runs in a browser: the client gets
 * SVG path strings (once per page) and projected x/y numbers.
 */
export const MAP = { width: 800, height: 500 } as const;

/** [west, south], [east, north] in degrees. */
export const EXTENT: [[number, number], [number, number]] = [[-108, -6], [-58, 24.5]];

interface Country {
  id: string;
  name: string;
  d: string;
}

export function projection(): GeoProjection {
  // A MultiPoint, not a Polygon: a hand-written ring with the wrong winding means "the globe
  // minus the box" to d3 (research/toolchain.md).
  return geoMercator()
    .fitExtent([[0, 0], [MAP.width, MAP.height]], { type: 'MultiPoint', coordinates: EXTENT })
    .clipExtent([[-2, -2], [MAP.width + 2, MAP.height + 2]]);
}

/**
 * Drop vertices whose triangle area is under this many square degrees: invisible at the
 * maps' largest zoom, and it halves the markup every reader downloads.
 */
const SIMPLIFY_MIN_AREA = 0.002;

let cachedTopology: Topology | undefined;
function topology(): Topology {
  const require = createRequire(import.meta.url);
  const raw = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
  cachedTopology ??= simplify(presimplify(raw as Parameters<typeof presimplify>[0]), SIMPLIFY_MIN_AREA) as unknown as Topology;
  return cachedTopology;
}

export function countries(): FeatureCollection<Geometry, { name: string }> {
  const t = topology();
  return feature(t, t.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
}

/** Country outlines inside the map, as SVG path data with one decimal. */
export function basemap(): Country[] {
  const path = geoPath(projection()).digits(1);
  return countries()
    .features.map((f) => ({ id: String(f.id), name: f.properties.name, d: path(f) ?? '' }))
    .filter((c) => c.d !== '');
}

/** The visual centre of a country's part inside the map, in map units. */
export function countryAnchor(name: string): [number, number] {
  const f = countries().features.find((c) => c.properties.name === name);
  if (!f) throw new Error(`No country named "${name}" in world-atlas`);
  const [x, y] = geoPath(projection()).centroid(f);
  return [round(x), round(y)];
}

export function project(lon: number, lat: number): [number, number] {
  const p = projection()([lon, lat]);
  if (!p) throw new Error(`Cannot project ${lon},${lat}`);
  return [round(p[0]), round(p[1])];
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The land border two countries share (Natural Earth), as SVG path data and its midpoint. */
export function sharedBorder(a: string, b: string): { d: string; mid: [number, number] } {
  const t = topology();
  const line = mesh(t, t.objects.countries as GeometryCollection, (x, y) => (x.id === a && y.id === b) || (x.id === b && y.id === a));
  const path = geoPath(projection()).digits(1);
  const [mx, my] = path.centroid(line);
  return { d: path(line) ?? '', mid: [round(mx), round(my)] };
}
