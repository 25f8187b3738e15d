import type { CasualtyPoint } from '$lib/casualties';
import { casualtyData } from '$lib/casualties';
import type { Strike } from '$lib/data/schemas';
import { project } from '$lib/map/geo';
import type { MapLabel } from '$lib/map/labels';
import { mapLabels, mapViews, type MapViews } from '$lib/map/scene';
import { clusterDots, ZONE_CENTRES, type Dot, type Zone } from './layout';

interface StrikeMapPoint extends CasualtyPoint {
  /** The location as reported, in the source's words. */
  where: string;
}

/** What the strike map island receives: numbers and short strings, no geometry. */
export interface StrikeMapData {
  points: StrikeMapPoint[];
  dots: Dot[];
  zones: Zone[];
  views: MapViews;
  labels: MapLabel[];
}

/** Build time only (it projects with d3-geo). */
export function strikeMapData(strikes: readonly Strike[], end: string): StrikeMapData {
  const base = casualtyData(strikes, end);
  const where = new Map(strikes.map((s) => [s.id, s.location_as_reported]));
  const points = base.points.map((p) => ({ ...p, where: where.get(p.id) ?? '' }));
  const centres = Object.fromEntries(
    Object.entries(ZONE_CENTRES).map(([region, [lon, lat]]) => [region, project(lon, lat)]),
  ) as typeof ZONE_CENTRES;
  const { dots, zones } = clusterDots(points, centres);
  return { points, dots, zones, views: mapViews(), labels: mapLabels() };
}
