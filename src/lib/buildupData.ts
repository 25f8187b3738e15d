import { AXIS_START } from './casualties';
import { placeAssets, reportedBy, SYMBOL_OF, type AnchorGroup, type AnchorId, type Symbol } from './buildup';
import type { Deployment, TroopLevel } from './data/schemas';
import { countryAnchor, project } from './map/geo';
import type { MapLabel } from './map/labels';
import { mapLabels, mapViews, type MapViews } from './map/scene';

export interface BuildupMark {
  id: string;
  symbol: Symbol;
  anchor: AnchorId;
  x: number;
  y: number;
  reported: string;
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
  troops: { id: string; date: string; troops: number; what: string }[];
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
      .sort((x, y) => x.date!.localeCompare(y.date!))
      .map((r) => ({ id: r.id, date: r.date!, troops: r.troops_reported, what: r.what_counted })),
    start: '2025-08-01',
    end,
  };
}

export { AXIS_START };
