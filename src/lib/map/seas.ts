import type { Region } from '$lib/data/schemas';
import { project } from './geo';

/**
 * The government disclosed a sea for each strike, never a position. So the map places no
 * strike at all: it shades each sea as a broad area (the figure paints the land back over it,
 * so an area never colours a coast), and the strikes are counted beside the map, one mark per
 * strike, grouped by sea.
 *
 * Rings in degrees [lon, lat]. Their landward edges run inland on purpose (the land hides them),
 * but never across an isthmus into the other ocean: near Panama and Costa Rica they keep to
 * their own coast.
 */
export const SEA_AREAS: Partial<Record<Region, [number, number][]>> = {
  // The Caribbean Sea, from the Yucatán channel to the Lesser Antilles, south to the shores of
  // Venezuela and Colombia that the posts and reports named.
  caribbean: [
    [-86, 18], [-64.5, 18], [-61.6, 16.8], [-61.2, 14], [-61.6, 11.6], [-61.3, 10.3], [-62.5, 8.5],
    [-72, 8.3], [-76, 7.8], [-77.2, 8.3], [-78, 9.05], [-79.6, 9.3], [-81.5, 8.95], [-83, 9.7],
    [-84, 10.6], [-84, 15.5], [-86, 16.2],
  ],
  // The eastern Pacific off Central America, Colombia and Ecuador.
  eastern_pacific: [
    [-100, 14.5], [-92.5, 14.2], [-88, 12.8], [-86.3, 11], [-85.9, 9.6], [-84.4, 8.6], [-82, 7.6],
    [-80.2, 7.1], [-79.6, 8.4], [-78.2, 8.1], [-78.1, 6.6], [-77, 3.5], [-79, 0], [-79.8, -3],
    [-100, -3],
  ],
};

/** A sea's area as SVG path data in map units, or '' for a sea never named (no area to shade). */
export function seaAreaPath(region: Region): string {
  const ring = SEA_AREAS[region];
  return ring ? `M${ring.map(([lon, lat]) => project(lon, lat).join(',')).join('L')}Z` : '';
}

/** Standard point-in-polygon on the ring as given (degrees, treated as a plane). */
export function inRing(ring: readonly [number, number][], [x, y]: [number, number]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
