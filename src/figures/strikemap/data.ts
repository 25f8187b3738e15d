import { casualtyPoints, type CasualtyPoint } from '$lib/casualties';
import type { Region, Strike } from '$lib/data/schemas';
import { project } from '$lib/map/geo';
import { mapViews, type MapViews } from '$lib/map/scene';
import { SEA_AREAS, seaAreaPath } from '$lib/map/seas';
import { COUNTRY_LABEL_AT, SEA_LABEL_AT, unitSize } from './layout';

export { newSince } from './layout';

export interface StrikeMapPoint extends CasualtyPoint {
  /** The location as reported, in the source's words. */
  where: string;
  /** The tally mark's diameter in px. */
  size: number;
}

export interface SeaArea {
  region: Region;
  /** SVG path data in map units. */
  d: string;
}

export interface PlaceLabel {
  /** A sea (region) or a country name (English key into the edition's place names). */
  id: string;
  /** Its name in the edition's words (set at build time). */
  name: string;
  x: number;
  y: number;
}

/** What the strike map island receives: numbers and short strings, no geometry beyond two outlines. */
export interface StrikeMapData {
  points: StrikeMapPoint[];
  areas: SeaArea[];
  seaLabels: (PlaceLabel & { region: Region })[];
  countryLabels: PlaceLabel[];
  views: MapViews;
  /** The steps' dates in order: a step's new strikes are those announced since the step before. */
  throughs: string[];
}

/** Build time only (it projects with d3-geo). */
export function strikeMapData(strikes: readonly Strike[], end: string, throughs: readonly string[] = []): StrikeMapData {
  const shown = casualtyPoints(strikes, end);
  const where = new Map(strikes.map((s) => [s.id, s.location_as_reported]));
  const maxKilled = Math.max(1, ...shown.map((p) => p.killed));
  const points = shown.map((p) => ({ ...p, where: where.get(p.id) ?? '', size: unitSize(p.killed, maxKilled) }));
  const areas = (Object.keys(SEA_AREAS) as Region[]).map((region) => ({ region, d: seaAreaPath(region) }));
  const regions = [...new Set(points.map((p) => p.region))];
  const seaLabels = (Object.keys(SEA_LABEL_AT) as Region[])
    .filter((r) => r !== 'unknown' || regions.includes(r))
    .map((region) => {
      const [x, y] = project(...SEA_LABEL_AT[region]);
      return { id: region, name: region, region, x, y };
    });
  const countryLabels = Object.entries(COUNTRY_LABEL_AT).map(([id, at]) => {
    const [x, y] = project(...at);
    return { id, name: id, x, y };
  });
  return { points, areas, seaLabels, countryLabels, views: mapViews('strip'), throughs: [...throughs].sort() };
}
