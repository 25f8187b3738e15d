import { z } from 'astro/zod';
import { oneOf, text } from './fields';
import { SOURCE_ID } from './fields';

/**
 * How firm each fact of a strike is (issue 26, after ACLED's precision codes): how precisely the
 * place and the day were given, what the announcement released, and what others established
 * since. Columns of content/data/strikes.csv, added 2026-12-07 (content/data/columns.csv).
 * A code that says something (anything but "not_reported") needs the sources that say it.
 */

/** How precisely the government gave the place, most precise first. Only `coordinates` is a point a map may draw. */
export const WHERE_PRECISION = ['coordinates', 'distance', 'country_waters', 'sea_only', 'not_disclosed'] as const;
export type WherePrecision = (typeof WHERE_PRECISION)[number];
/** How the strike's day is known: stated; inferred from "yesterday", "last night"; only the announcement's day; not known. */
export const WHEN_PRECISION = ['stated', 'inferred', 'announcement_day', 'not_reported'] as const;
export type WhenPrecision = (typeof WHEN_PRECISION)[number];
export const YES_NO = ['yes', 'no', 'not_reported'] as const;
export const GROUP_NAMED = ['named', 'none', 'not_reported'] as const;
export const IDENTITIES = ['yes', 'not_reported'] as const;
export const CONFIRMATION = ['confirmed', 'not_reported'] as const;

/** Empty or "src-001;b-002": optional ids, each checked like a row's source_ids. */
const optionalSourceIds = z
  .string()
  .transform((s) => s.split(';').map((t) => t.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(SOURCE_ID, { error: 'expected source ids like src-001 or b-001, separated by ;' })));

export const FIRMNESS = {
  where_precision: oneOf(WHERE_PRECISION),
  when_precision: oneOf(WHEN_PRECISION),
  video_released: oneOf(YES_NO),
  group_named: oneOf(GROUP_NAMED),
  /** Words: the group's name as the announcement gave it, when `group_named` is "named". */
  group_name: text,
  /** Words: the nationality the U.S. claimed for those aboard; empty: not reported. */
  nationality_claimed: text,
  /** The sources of the place, the day and what was released. */
  released_source_ids: optionalSourceIds,
  identities_published: oneOf(IDENTITIES),
  /** Words: the nationality families or governments reported; empty: not reported. */
  nationality_reported: text,
  independent_confirmation: oneOf(CONFIRMATION),
  /** Words: how the announced count was revised since (S031: 3 killed, then 8 missing); empty: none reported. */
  count_revision: text,
  /** The sources of what others established. */
  established_source_ids: optionalSourceIds,
};
export const FIRMNESS_COLUMNS = Object.keys(FIRMNESS) as (keyof typeof FIRMNESS)[];

type Row = { [K in keyof typeof FIRMNESS]: z.output<(typeof FIRMNESS)[K]> };

/** What a row's codes and words say without the sources that must say it, or a name missing its code. */
export function firmnessIssues(row: Row): { path: string[]; message: string }[] {
  const out: { path: string[]; message: string }[] = [];
  const released = row.where_precision !== 'not_disclosed' || row.when_precision !== 'not_reported' || row.video_released !== 'not_reported' || row.group_named !== 'not_reported' || row.nationality_claimed.trim() !== '';
  if (released && !row.released_source_ids.length)
    out.push({ path: ['released_source_ids'], message: 'expected the source ids of the place, the day and what was released (they say something other than "not_reported")' });
  const established = row.identities_published !== 'not_reported' || row.independent_confirmation !== 'not_reported' || row.nationality_reported.trim() !== '' || row.count_revision.trim() !== '';
  if (established && !row.established_source_ids.length)
    out.push({ path: ['established_source_ids'], message: 'expected the source ids of what others established (identities, nationality, confirmation or a revised count)' });
  if (row.group_named === 'named' && !row.group_name.trim()) out.push({ path: ['group_name'], message: 'expected the group\'s name, since group_named is "named"' });
  if (row.group_named !== 'named' && row.group_name.trim()) out.push({ path: ['group_name'], message: `expected an empty cell, since group_named is "${row.group_named}" (write "named" there to keep the name)` });
  return out;
}

/** A strike of which nothing is known beyond its numbers: what a row says when no source says more. */
export const NOTHING_REPORTED: Row = {
  where_precision: 'not_disclosed', when_precision: 'not_reported', video_released: 'not_reported', group_named: 'not_reported', group_name: '',
  nationality_claimed: '', released_source_ids: [], identities_published: 'not_reported', nationality_reported: '', independent_confirmation: 'not_reported',
  count_revision: '', established_source_ids: [],
};

/**
 * The strikes table and people.csv must tell one story: a strike with a person named in
 * people.csv has had identities published. (The S006 survivors were named, and the column said
 * "not reported", until this check.)
 */
export function identityProblems(strikes: readonly { id: string; identities_published: string }[], people: readonly { id: string; strike_id: string; name: string }[]): string[] {
  const byId = new Map(strikes.map((s) => [s.id, s]));
  const named = new Map<string, string>();
  for (const p of people) if (p.name && !named.has(p.strike_id)) named.set(p.strike_id, p.id);
  return [...named]
    .filter(([strike]) => byId.get(strike)?.identities_published === 'not_reported')
    .map(([strike, person]) => `content/data/strikes.csv ${strike}, field "identities_published": expected "yes", since content/data/people.csv ${person} names someone aboard; change it (and log the change in changes.csv)`);
}
