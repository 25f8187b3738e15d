import type { Tables } from './load';
import type { Source } from './schemas';
import { SOURCE_KINDS } from './sourceKinds';

/**
 * How the page names its sources. A row lists its sources in the order they were found; a
 * reader sees the strongest first (the official statement, then the wires, then outlets), so
 * a state outlet or an aggregator is never the one named when a wire carried the same fact.
 */
// A function, not a map built at load: a figure's bundle that reaches this module for another
// export then carries nothing of it.
const rank = (kind: string) => {
  const i = (SOURCE_KINDS as readonly string[]).indexOf(kind);
  return i < 0 ? SOURCE_KINDS.length : i;
};

/** A row's sources, strongest first; the row's own order breaks ties. Unknown ids are skipped. */
export function strongestFirst(ids: readonly string[], byId: ReadonlyMap<string, Source>): Source[] {
  return ids
    .flatMap((id) => byId.get(id) ?? [])
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s.kind) - rank(b.s.kind) || a.i - b.i)
    .map(({ s }) => s);
}

/** The publishers a figure prints beside a claim: the `n` strongest, each named once. */
export function publisherNames(ids: readonly string[], byId: ReadonlyMap<string, Source>, n = 2): string[] {
  return [...new Set(strongestFirst(ids, byId).map((s) => s.outlet))].slice(0, n);
}

/** True when a fact rests only on sources of kind `other` (aggregators, state media, blogs). */
export function onlyWeak(ids: readonly string[], byId: ReadonlyMap<string, Source>): boolean {
  const found = ids.flatMap((id) => byId.get(id) ?? []);
  return found.length > 0 && found.every((s) => s.kind === 'other');
}

/** The source ids of every row a <Cite> may name (strikes, events, deployments, troop levels, votes, facts), by row id. */
export function rowSources(t: Pick<Tables, 'strikes' | 'events' | 'deployments' | 'troopLevels' | 'votes' | 'facts'>): Map<string, string[]> {
  return new Map([...t.strikes, ...t.events, ...t.deployments, ...t.troopLevels, ...t.votes, ...t.facts].map((r) => [r.id, r.source_ids]));
}

export const sourceIndex = (sources: readonly Source[]): Map<string, Source> => new Map(sources.map((s) => [s.id, s]));

/** A source as a page names it: its publisher and, where known, its date ("AP, Oct. 3, 2025"); an unknown id as written. */
export function publisherLabel(id: string, byId: ReadonlyMap<string, Source>, date: (iso: string) => string): string {
  const s = byId.get(id);
  return s ? `${s.outlet}${s.published ? `, ${date(s.published)}` : ''}` : id;
}
