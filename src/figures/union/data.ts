import { reportedBy } from '$lib/deployments';
import type { Deployment, Fact, Source, StoryEvent } from '$lib/data/schemas';
import { publisherNames, sourceIndex } from '$lib/data/sources';
import { countryAnchor, project, sharedBorder } from '$lib/map/geo';
import type { MapLabel } from '$lib/map/labels';
import { mapLabels, mapViews, type MapViews } from '$lib/map/scene';

import { COUNTRY_IDS } from '$lib/map/countries';


export interface UnionData {
  views: MapViews;
  labels: MapLabel[];
  border: { mid: [number, number]; lengths: { id: string; km: number; label: string; sources: string[] }[] };
  crossings: { id: string; n: number; label: string; notes: string; sources: string[] }[];
  anchors: { colombia: [number, number]; venezuela: [number, number]; us: [number, number] };
  /** Events each reason stands on, with their words. */
  events: Record<string, { id: string; date: string; label: string; summary: string; quote: string; sources: string[] }>;
  /** U.S. deployments first reported by the story's date, for the pressure the union answers. */
  deployments: number;
}

export function unionData(
  t: { facts: Fact[]; events: StoryEvent[]; deployments: Deployment[]; sources: Source[] },
  asOf: string,
  eventIds: readonly string[],
): UnionData {
  const bySource = sourceIndex(t.sources);
  const names = (ids: string[]) => publisherNames(ids, bySource);
  const events: UnionData['events'] = {};
  for (const id of eventIds) {
    const e = t.events.find((x) => x.id === id);
    if (!e) throw new Error(`union figure: event ${id} is not in content/data/events.csv`);
    events[id] = { id, date: e.date, label: e.label, summary: e.summary, quote: e.quote, sources: names(e.source_ids) };
  }
  const keep = new Set(['Colombia', 'Venezuela', 'Ecuador', 'Panama', 'Caribbean Sea', 'Pacific Ocean', 'Trinidad and Tobago', 'Costa Rica', 'Guyana']);
  return {
    views: mapViews(),
    labels: mapLabels().filter((l) => keep.has(l.name)),
    border: {
      mid: sharedBorder(COUNTRY_IDS.colombia, COUNTRY_IDS.venezuela).mid,
      lengths: t.facts.filter((f) => f.topic === 'border' && f.unit === 'km').map((f) => ({ id: f.id, km: f.value, label: f.label, sources: names(f.source_ids) })),
    },
    crossings: t.facts.filter((f) => f.unit === 'crossings').map((f) => ({ id: f.id, n: f.value, label: f.label, notes: f.notes, sources: names(f.source_ids) })),
    anchors: { colombia: countryAnchor('Colombia'), venezuela: countryAnchor('Venezuela'), us: project(-70.5, 13) },
    events,
    deployments: reportedBy(t.deployments, asOf).length,
  };
}
