import type { CasualtyPoint } from '$lib/casualties';
import type { Region } from '$lib/data/schemas';

/**
 * The strike map never places a strike where it happened: the government disclosed only the
 * sea area. Each strike is a dot in a cluster drawn inside a dashed area of its sea, in the
 * order the strikes happened, so no reader takes a dot for a position.
 */
export const ZONE_CENTRES: Record<Region, [number, number]> = {
  // Degrees: the southern Caribbean north of Venezuela and Colombia; the eastern Pacific off Colombia and Central America.
  caribbean: [-69.8, 14.6],
  eastern_pacific: [-86.5, 6.8],
  // Not disclosed: set apart in the open Pacific, labelled as such.
  unknown: [-101, -1.5],
};

/** Largest dot radius in map units (800 wide): the Sept. 2 strike, 11 killed. */
export const DOT_MAX_R = 11;
/** Dots sit 42 map units apart: at least 24 px (a finger's target) at the smallest the map is drawn. */
export const DOT_SPACING = 42;

export interface Dot {
  id: string;
  region: Region;
  x: number;
  y: number;
  r: number;
}

export interface Zone {
  region: Region;
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

/** Place every point in its zone's cluster: stable across steps, so dots appear in place. */
export function clusterDots(points: readonly CasualtyPoint[], centres: Record<Region, [number, number]>): { dots: Dot[]; zones: Zone[] } {
  const maxKilled = Math.max(1, ...points.map((p) => p.killed));
  const cell = DOT_SPACING;
  const dots: Dot[] = [];
  const zones: Zone[] = [];
  for (const region of Object.keys(centres) as Region[]) {
    const members = points.filter((p) => p.region === region);
    if (members.length === 0) continue;
    const cols = Math.max(1, Math.ceil(Math.sqrt(members.length * 1.8)));
    const rows = Math.ceil(members.length / cols);
    const [cx, cy] = centres[region];
    members.forEach((p, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      dots.push({
        id: p.id,
        region,
        x: round(cx + (col - (cols - 1) / 2) * cell),
        y: round(cy + (row - (rows - 1) / 2) * cell),
        r: round(DOT_MAX_R * Math.sqrt(p.killed / maxKilled)),
      });
    });
    zones.push({ region, cx, cy, rx: round((cols * cell) / 2 + cell * 0.9), ry: round((rows * cell) / 2 + cell * 0.9) });
  }
  return { dots, zones };
}

const round = (n: number) => Math.round(n * 10) / 10;
