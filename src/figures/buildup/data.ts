import { scaleLinear } from 'd3-scale';
import { reportedBy } from '$lib/deployments';
import { STORY_START } from '$lib/dates';
import { placeAssets, SYMBOL_OF, TROOP_STRIP, type AnchorGroup, type AnchorId, type AssetMark } from './layout';
import type { Deployment, TroopLevel } from '$lib/data/schemas';
import { countryAnchor, project } from '$lib/map/geo';
import type { MapLabel } from '$lib/map/labels';
import { mapLabels, mapViews, type MapViews } from '$lib/map/scene';

/** A placed asset with what its details show. */
interface BuildupMark extends AssetMark {
  asset: string;
  count: number | null;
  personnel: string;
  where: string;
}

export interface BuildupData {
  marks: BuildupMark[];
  anchors: AnchorGroup[];
  views: MapViews;
  labels: MapLabel[];
  /** Reported totals, placed at build time in the strip's frame (TROOP_STRIP). */
  troops: { id: string; date: string; troops: number; what: string; x: number; y: number }[];
  start: string;
  end: string;
}

/** Where each group sits. Places are the reported country; areas are approximate and drawn as such. */
function anchors(): Record<AnchorId, [number, number]> {
  return {
    puerto_rico: countryAnchor('Puerto Rico'),
    trinidad: countryAnchor('Trinidad and Tobago'),
    el_salvador: countryAnchor('El Salvador'),
    off_venezuela: project(-67.2, 12.4),
    caribbean_sea: project(-72, 15.6),
    eastern_pacific: project(-86, 6),
    en_route: project(-62, 19.6),
  };
}

/** Build time only. Deployments and troop totals up to `end`. */
export function buildupData(deployments: readonly Deployment[], troops: readonly TroopLevel[], end: string): BuildupData {
  const rows = reportedBy(deployments, end);
  const a = anchors();
  const { marks: placed, groups } = placeAssets(rows, a);
  const tx = scaleLinear().domain([day(STRIP_START), day(end)]).range([8, TROOP_STRIP.width - 8]);
  const ty = scaleLinear().domain([0, TROOP_STRIP.max]).range([TROOP_STRIP.height - 18, 14]);
  const byId = new Map(rows.map((d) => [d.id, d]));
  return {
    marks: placed.map((m) => {
      const d = byId.get(m.id)!;
      return { ...m, symbol: SYMBOL_OF[d.asset_type], asset: d.asset, count: d.count, personnel: d.personnel, where: d.location_as_reported };
    }),
    anchors: groups,
    views: mapViews(),
    labels: mapLabels(),
    troops: troops
      .filter((r) => r.date !== null && r.date <= end)
      .sort((p, q) => p.date!.localeCompare(q.date!))
      .map((r) => ({ id: r.id, date: r.date!, troops: r.troops_reported, what: r.what_counted, x: round(tx(day(r.date!))), y: round(ty(r.troops_reported)) })),
    start: STRIP_START,
    end,
  };
}

const STRIP_START = STORY_START;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const round = (n: number) => Math.round(n * 10) / 10;

