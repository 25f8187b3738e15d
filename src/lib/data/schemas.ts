import { z } from 'astro/zod';
import { SOURCE_KINDS } from './sourceKinds';
import { count, idLike, isCalendarDate, isoDate, oneOf, optionalCount, optionalDate, requiredText, sourceIds, strikeId, strikeIds, text, url, SOURCE_ID } from './fields';

/**
 * The shapes of the tables in content/data/. content.config.ts builds its collections from
 * these; they live here so unit tests can use them without Astro's virtual modules.
 */

import { REGIONS } from './regions';
export { REGIONS, type Region } from './regions';

import { FIRMNESS, firmnessIssues } from './firmness';
export { WHERE_PRECISION, WHEN_PRECISION, FIRMNESS_COLUMNS } from './firmness';

export const strikeSchema = z
  .object({
    id: strikeId,
    strike_date: optionalDate,
    announced_date: optionalDate,
    reported_by: isoDate,
    region: oneOf(REGIONS),
    // Empty when nothing was reported (generated rows at scale leave every word cell empty).
    location_as_reported: text,
    vessels: count,
    killed: count,
    survivors: optionalCount,
    /** Survivors never found, whom outlets count as dead (empty: none known). Its source is among the row's source_ids. */
    presumed_dead: optionalCount,
    survivor_fate: text,
    vessel_note: text,
    attribution_claims: text,
    source_ids: sourceIds,
    notes: text,
    ...FIRMNESS,
  })
  .superRefine((row, ctx) => {
    firmnessIssues(row).forEach((issue) => ctx.addIssue({ code: 'custom', ...issue }));
    const { strike_date: struck, announced_date: announced } = row;
    // Only compare two real dates; a malformed one already has its own message.
    if (struck && announced && isCalendarDate(struck) && isCalendarDate(announced) && announced < struck) {
      ctx.addIssue({
        code: 'custom',
        path: ['announced_date'],
        message: `expected a date on or after strike_date (${row.strike_date}): a strike cannot be announced before it happened`,
      });
    }
  });
export type Strike = z.output<typeof strikeSchema>;

/**
 * A running toll an outlet published (content/data/tallies.csv): its date, its numbers, and the
 * source that carried it. The tracker sets them beside our own count (see src/lib/tracker/dispute.ts).
 */
export const tallySchema = z.object({
  id: idLike('PT', 2),
  as_of: isoDate,
  strikes: optionalCount,
  vessels: optionalCount,
  killed: count,
  survivors: optionalCount,
  /** Whose count it is, when not the source's publisher's own (AP's toll, read in a Prism News story). */
  counted_by: text,
  source_ids: sourceIds,
  note: text,
});
export type Tally = z.output<typeof tallySchema>;

export const ASSET_TYPES = [
  'carrier_group', 'amphibious_group', 'destroyer', 'cruiser', 'submarine', 'littoral_combat_ship',
  'special_ops_ship', 'fighter', 'bomber', 'gunship', 'surveillance_aircraft', 'drone', 'helicopter', 'base', 'other',
] as const;
/** Where a deployment was when first reported; `en_route`: ordered to the region, not yet there. */
const DEPLOYMENT_REGIONS = ['caribbean', 'venezuela_coast', 'puerto_rico', 'eastern_pacific', 'en_route', 'other'] as const;

export const deploymentSchema = z.object({
  id: idLike('D', 3),
  reported_date: optionalDate,
  label: text,
  asset: requiredText,
  asset_type: oneOf(ASSET_TYPES),
  count: optionalCount,
  personnel: text,
  location_as_reported: text,
  region: oneOf(DEPLOYMENT_REGIONS),
  base_or_port: text,
  source_ids: sourceIds,
  notes: text,
});
export type Deployment = z.output<typeof deploymentSchema>;

export const troopLevelSchema = z.object({
  id: idLike('T', 2),
  date: optionalDate,
  troops_reported: count,
  what_counted: requiredText,
  source_ids: sourceIds,
  notes: text,
});
export type TroopLevel = z.output<typeof troopLevelSchema>;

const ACTORS = ['united_states', 'us_congress', 'colombia', 'venezuela', 'un', 'iachr', 'courts', 'other'] as const;
const EVENT_KINDS = ['strike_policy', 'legal', 'statement', 'diplomatic', 'sanction', 'military', 'union_talk', 'tally', 'election'] as const;

export const eventSchema = z.object({
  id: idLike('E', 3),
  date: isoDate,
  label: text,
  actor: oneOf(ACTORS),
  kind: oneOf(EVENT_KINDS),
  summary: requiredText,
  quote: text,
  source_ids: sourceIds,
  /** The strikes the event is about (S001 for the reports of its follow-up strike): their pages tell it. */
  strike_ids: strikeIds.optional().default([]),
});
export type StoryEvent = z.output<typeof eventSchema>;


/** Words that say where a copy was read; they belong in `read_at`, never in the publisher's name. */
const COPY_WORDS = /\b(via|copy|repost(ed)?|tag page|blog|mirror|citing|summarising)\b/i;

/**
 * Sites that republish other outlets' stories (mirrors, aggregators, portals): a reader who cites
 * one credits the wrong newsroom. They may be where a copy was read (read_at), never the publisher.
 */
export const REPUBLISHERS = /^(dnyuz|efinder|msn|yahoo|newsbreak|particle|ground news|flipboard|inkl|newsnow|head topics|pressreader|8657085\.xyz|microvibenews|cambonews|nito-mag)\b|blogspot/i;

export const sourceSchema = z.object({
  id: z.string().regex(SOURCE_ID, { error: 'expected an id like src-001 or b-001' }),
  /** The publisher of the original: CNN, AP, OHCHR… */
  outlet: requiredText
    .refine((s) => !COPY_WORDS.test(s), {
      error: 'expected the publisher of the original only (CNN, AP, OHCHR…); put the site where the copy was read in read_at',
    })
    .refine((s) => !REPUBLISHERS.test(s.trim()), {
      error: 'names a site that republishes other outlets\' stories; write the newsroom that published the original (AP, The New York Times…) here, and this site in read_at',
    }),
  /** The site where the copy was read, when it is not the publisher's own. */
  read_at: text,
  kind: oneOf(SOURCE_KINDS),
  title: requiredText,
  published: optionalDate,
  url,
});
export type Source = z.output<typeof sourceSchema>;

export const voteSchema = z.object({
  id: idLike('V', 2),
  date: isoDate,
  chamber: oneOf(['senate', 'house'] as const),
  measure: requiredText,
  yes: count,
  no: count,
  outcome: oneOf(['passed', 'failed'] as const),
  event_id: idLike('E', 3),
  source_ids: sourceIds,
  notes: text,
});
export type Vote = z.output<typeof voteSchema>;

/** Single sourced figures: border length, sea-zone limits, distances. */
export const factSchema = z.object({
  id: idLike('G', 2),
  topic: oneOf(['border', 'sea', 'tally'] as const),
  label: requiredText,
  value: count,
  unit: oneOf(['km', 'nm', 'crossings', 'deaths', 'troops'] as const),
  source_ids: sourceIds,
  notes: text,
});
export type Fact = z.output<typeof factSchema>;

/**
 * content/data/corrections.csv: each correction to the published story, shown at the end of the
 * methodology in both editions. `said` and `says` quote the English page; es.csv holds the
 * Spanish page's own words.
 */
export const correctionSchema = z.object({
  id: idLike('C', 2),
  date: isoDate,
  section: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'expected the slug of a story section, like "legal"' }),
  said: requiredText,
  says: requiredText,
  why: requiredText,
});
export type Correction = z.output<typeof correctionSchema>;

/** The tables whose released versions keep their own address (/data/2026-06-22/strikes.csv). */
export const VERSIONED = ['strikes'] as const;

/**
 * content/data/changes.csv: every change to a published data row, the cell as it was and as it is,
 * why, and the source that moved it. Strike pages show their last change; /strikes/changes/ lists
 * them all; src/lib/data/versions.ts rebuilds each released version from them.
 */
export const changeSchema = z.object({
  id: idLike('CH', 3),
  date: isoDate,
  table: oneOf(VERSIONED),
  row: requiredText,
  field: z.string().regex(/^[a-z_]+$/, { error: 'expected a column name of the table, like "killed"' }),
  old: text,
  new: text,
  why: requiredText,
  source_ids: sourceIds,
});
export type Change = z.output<typeof changeSchema>;

/**
 * content/data/releases.csv: each released version of a versioned table: its date (its address),
 * how many rows it held (rows are only ever appended), and the fingerprint of those rows, which
 * the build checks so a released file never changes.
 */
export const releaseSchema = z.object({
  id: idLike('R', 2),
  date: isoDate,
  table: oneOf(VERSIONED),
  rows: count,
  fingerprint: z.string().regex(/^[0-9a-f]{12}$/, { error: 'expected the 12 hex digits the build printed' }),
  note: requiredText,
});
export type Release = z.output<typeof releaseSchema>;

/** content/story.yaml: one entry per edition (en, later es). */
export const editionSchema = z.object({
  headline: requiredText,
  dek: requiredText,
  byline: requiredText,
  as_of: isoDate,
  published: isoDate,
  /** The day the records were last searched: the masthead's "records checked through". */
  checked: isoDate,
  /** One line on what changed most since publication, with {tokens} filled from the rows (src/lib/story/age.ts). */
  since: requiredText,
});
export type Edition = z.output<typeof editionSchema>;

const SECTION_KINDS = ['section', 'takeaway', 'update', 'methodology'] as const;

/** The frontmatter of each content/story/*.mdx section. */
export const sectionSchema = z.object({
  title: z.string().min(1),
  slug: z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'expected a short lowercase anchor like "legal" (letters, digits, -)' }),
  order: z.number().int(),
  kind: z.enum(SECTION_KINDS),
});

/**
 * content/data/people.csv: one row per person aboard a struck boat about whom a source says
 * something specific (a name, a nationality, a fate). A name is recorded only where an outlet
 * published it and tied it to that strike (Airwars' rule): `name_source_id` names that source.
 * The unnamed are counted against the strike's announced numbers, never listed.
 */
export const FATES = ['killed', 'never_found', 'repatriated', 'handed_over', 'detained', 'outcome_not_reported'] as const;
export type Fate = (typeof FATES)[number];
/** Fates that leave the person in a country: the row says which (`fate_place`). */
export const FATES_WITH_PLACE: readonly Fate[] = ['repatriated', 'handed_over', 'detained'];
/** Who reported the nationality: relatives, the person's own government, or the U.S. government. */
export const NATIONALITY_BY = ['family', 'government', 'us'] as const;

const reporters = z
  .string()
  .transform((s) => s.split(';').map((t) => t.trim()).filter(Boolean))
  .pipe(z.array(oneOf(NATIONALITY_BY)));

export const personSchema = z
  .object({
    id: idLike('P', 3, true),
    strike_id: strikeId,
    name: text,
    name_source_id: text,
    nationality: text,
    nationality_by: reporters,
    fate: oneOf(FATES),
    fate_place: text,
    source_ids: sourceIds,
    notes: text,
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (row.name && !row.name_source_id) {
      issue('name_source_id', 'expected the source that published this name and tied it to this strike (a name is held back until a source ties it to the strike)');
    } else if (row.name && !row.source_ids.includes(row.name_source_id)) {
      issue('name_source_id', `expected one of the row's source_ids (${row.source_ids.join(';')})`);
    } else if (!row.name && row.name_source_id) {
      issue('name_source_id', 'expected an empty cell: the row has no name');
    }
    if (row.nationality && row.nationality_by.length === 0) {
      issue('nationality_by', `expected who reported the nationality: ${NATIONALITY_BY.map((v) => `"${v}"`).join(', ')}, separated by ;`);
    } else if (!row.nationality && row.nationality_by.length > 0) {
      issue('nationality_by', 'expected an empty cell: the row reports no nationality');
    }
    const needsPlace = FATES_WITH_PLACE.includes(row.fate);
    if (needsPlace && !row.fate_place) issue('fate_place', `expected the country (a fate of "${row.fate}" leaves the person somewhere)`);
    else if (!needsPlace && row.fate_place) issue('fate_place', `expected an empty cell: only ${FATES_WITH_PLACE.map((v) => `"${v}"`).join(', ')} name a country`);
  });
export type Person = z.output<typeof personSchema>;

/**
 * content/data/rescues.csv: for strikes that left survivors, what was done for them, step by
 * step in the order the file gives: who was alerted, who searched, when the search ended, what
 * became of each survivor. `date` is empty where no source dated the step.
 */
export const RESCUE_STEPS = ['alerted', 'searched', 'rescued', 'handed_over', 'repatriated', 'released', 'suspended', 'declared_dead'] as const;
export type RescueStep = (typeof RESCUE_STEPS)[number];

export const rescueSchema = z.object({
  id: idLike('SAR', 3, true),
  strike_id: strikeId,
  date: optionalDate,
  step: oneOf(RESCUE_STEPS),
  by: text,
  what: requiredText,
  source_ids: sourceIds,
});
export type Rescue = z.output<typeof rescueSchema>;

/**
 * content/data/withdrawals.csv: a strike record taken back. Its row stays in strikes.csv (a
 * released file never loses a row) and in the log and the feeds, marked withdrawn; it no longer
 * counts. `merged_into` names the strike it turned out to be (two reports of one strike), else
 * is empty (the strike did not happen as recorded).
 */
export const withdrawalSchema = z
  .object({
    id: idLike('W', 2),
    date: isoDate,
    strike_id: strikeId,
    merged_into: z.union([z.literal(''), strikeId]),
    why: requiredText,
    source_ids: sourceIds,
  })
  .superRefine((row, ctx) => {
    if (row.merged_into === row.strike_id) ctx.addIssue({ code: 'custom', path: ['merged_into'], message: 'expected another strike (a record cannot be merged into itself)' });
  });
export type Withdrawal = z.output<typeof withdrawalSchema>;
