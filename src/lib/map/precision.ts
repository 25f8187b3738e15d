import type { Region } from '$lib/data/regions';
import type { WherePrecision } from '$lib/data/firmness';

/**
 * What a map may draw for a strike, given how precisely its place was given (where_precision):
 * never more than the code allows. No strike in our records has coordinates, and the table holds
 * none, so nothing is ever drawn as a point: a sea given (alone, or off a named country, or as a
 * distance from a named place) is shaded whole; a place not disclosed, or a sea not named, gets
 * no map at all, though the story's tallies may still count it under the sea reporters named.
 */
export type Drawn = { kind: 'area'; region: Exclude<Region, 'unknown'> } | { kind: 'none' };

export function drawnPlace(s: { region: Region; where_precision: WherePrecision }): Drawn {
  if (s.where_precision === 'not_disclosed' || s.region === 'unknown') return { kind: 'none' };
  return { kind: 'area', region: s.region };
}
