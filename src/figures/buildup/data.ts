import { scaleLinear } from 'd3-scale';
import { reportedBy } from '$lib/deployments';
import { STORY_START } from '$lib/dates';
import { placeAssets, SYMBOL_OF, type AnchorGroup, type AnchorId, type AssetMark, type GlyphKind } from './layout';
import type { Deployment, Source, TroopLevel } from '$lib/data/schemas';
import { publisherNames, sourceIndex } from '$lib/data/sources';
import { countryAnchor, project } from '$lib/map/geo';
import type { MapLabel } from '$lib/map/labels';
import { mapLabels, mapViews, type MapViews } from '$lib/map/scene';

/** A placed asset with what its details show. */
interface BuildupMark extends AssetMark {
  asset: string;
  /** Its row's short name (deployments.csv `label`): what a step that marks it writes beside its ring. */
  label: string;
  count: number | null;
  personnel: string;
  where: string;
}

export interface BuildupData {
  marks: BuildupMark[];
  anchors: AnchorGroup[];
  views: MapViews;
  labels: MapLabel[];
  /** The kinds of asset on the map by the end date, in the legend's order. */
  symbols: GlyphKind[];
  troops: TroopChart;
  start: string;
  end: string;
}

/** One published troop total, placed in the chart's plot as percentages (x across, y down). */
export interface TroopPoint {
  id: string;
  date: string;
  troops: number;
  what: string;
  /** Who published it, strongest first (as the page's citations name them). */
  sources: string[];
  x: number;
  y: number;
}

/**
 * The troop chart, laid out at build time in percentages of its plot, so it fills whatever box
 * the page gives it (a phone's short frame, a laptop's column) with its text at its own size.
 */
export interface TroopChart {
  points: TroopPoint[];
  /** Gridlines: troops, and their height in the plot (% from the top). */
  yTicks: { value: number; y: number }[];
  /** The first day of each month, across the plot (%). */
  xTicks: { iso: string; x: number }[];
  /** The lowest total's height (%): the band below it is empty, where the first total's label goes. */
  floor: number;
}

/** Where each group sits. Places are the reported country; areas are approximate and drawn as such. */
function anchors(): Record<AnchorId, [number, number]> {
  return {
    puerto_rico: countryAnchor('Puerto Rico'),
    trinidad: countryAnchor('Trinidad and Tobago'),
    el_salvador: countryAnchor('El Salvador'),
    off_venezuela: project(-66.6, 12.2),
    caribbean_sea: project(-73, 16),
    eastern_pacific: project(-86, 6),
    en_route: project(-62, 19.6),
  };
}

/** Build time only. Deployments and troop totals up to `end`. */
export function buildupData(deployments: readonly Deployment[], troops: readonly TroopLevel[], end: string, sources: readonly Source[] = []): BuildupData {
  const rows = reportedBy(deployments, end);
  const a = anchors();
  const { marks: placed, groups } = placeAssets(rows, a);
  const byId = new Map(rows.map((d) => [d.id, d]));
  const marks = placed.map((m) => {
    const d = byId.get(m.id)!;
    return { ...m, symbol: SYMBOL_OF[d.asset_type], asset: d.asset, label: d.label, count: d.count, personnel: d.personnel, where: d.location_as_reported };
  });
  return {
    marks,
    anchors: groups,
    views: mapViews(),
    labels: mapLabels(),
    symbols: LEGEND_ORDER.filter((s) => marks.some((m) => m.symbol === s)),
    troops: troopChart(troops, end, sources),
    start: STORY_START,
    end,
  };
}

const LEGEND_ORDER: GlyphKind[] = ['large_ship', 'ship', 'submarine', 'aircraft', 'drone', 'base'];

/**
 * Dated totals up to `end`, on a time axis from the story's start and a troop axis from zero:
 * totals are counts, and a cut axis would make 4,500 to 16,000 look like more than a tripling.
 * Dots, not a line: the totals count different things, and a line would read as one series.
 */
export function troopChart(rows: readonly TroopLevel[], end: string, sources: readonly Source[]): TroopChart {
  const dated = rows.filter((r) => r.date !== null && r.date <= end).sort((p, q) => p.date!.localeCompare(q.date!) || p.id.localeCompare(q.id));
  const max = Math.max(1, ...dated.map((r) => r.troops_reported));
  const x = scaleLinear().domain([day(STORY_START), day(end)]).range([0, 100]);
  // Rounded up to a gridline, so the largest total sits under the top one, inside the plot.
  const y = scaleLinear().domain([0, max]).nice(4).range([100, 0]);
  const bySource = sourceIndex(sources);
  const months: string[] = [];
  for (let m = new Date(`${STORY_START}T00:00:00Z`); m.toISOString().slice(0, 10) <= end; m.setUTCMonth(m.getUTCMonth() + 1)) months.push(m.toISOString().slice(0, 10));
  return {
    points: dated.map((r) => ({
      id: r.id,
      date: r.date!,
      troops: r.troops_reported,
      what: r.what_counted,
      sources: publisherNames(r.source_ids, bySource),
      x: round(x(day(r.date!))),
      y: round(y(r.troops_reported)),
    })),
    yTicks: y.ticks(4).filter((v) => Number.isInteger(v)).map((v) => ({ value: v, y: round(y(v)) })),
    xTicks: months.map((iso) => ({ iso, x: round(x(day(iso))) })),
    floor: round(y(Math.min(max, ...dated.map((r) => r.troops_reported)))),
  };
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const round = (n: number) => Math.round(n * 10) / 10;

