import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, validateTable } from './validate';
import { parseCsv } from './csv';
import { releaseProblems } from './versions';
import {
  changeSchema, correctionSchema, deploymentSchema, eventSchema, factSchema, sourceSchema, strikeSchema, releaseSchema, tallySchema, troopLevelSchema, voteSchema, VERSIONED,
  type Change, type Correction, type Deployment, type Fact, type Source, type StoryEvent, type Release, type Strike, type Tally, type TroopLevel, type Vote,
} from './schemas';
import { personSchema, rescueSchema, withdrawalSchema, type Person, type Rescue, type Withdrawal } from './schemas';
import { withdrawalProblems } from './withdrawals';

export const DATA_DIR = 'content/data';

export interface Tables {
  sources: Source[];
  strikes: Strike[];
  deployments: Deployment[];
  troopLevels: TroopLevel[];
  events: StoryEvent[];
  votes: Vote[];
  facts: Fact[];
  corrections: Correction[];
  tallies: Tally[];
  changes: Change[];
  releases: Release[];
  /** Who was aboard (people.csv) and the searches for survivors (rescues.csv), keyed by strike. */
  people: Person[];
  rescues: Rescue[];
  /** Strike records taken back (withdrawals.csv): they stay in strikes.csv and no longer count. */
  withdrawals: Withdrawal[];
}

export const TABLE_FILES = {
  sources: 'sources.csv',
  strikes: 'strikes.csv',
  deployments: 'deployments.csv',
  troopLevels: 'troop_levels.csv',
  events: 'events.csv',
  votes: 'votes.csv',
  facts: 'facts.csv',
  corrections: 'corrections.csv',
  tallies: 'tallies.csv',
  changes: 'changes.csv',
  releases: 'releases.csv',
  people: 'people.csv',
  rescues: 'rescues.csv',
  withdrawals: 'withdrawals.csv',
} as const;

/**
 * The schema each table is validated with: the build's loaders and the codebook (/data/, and
 * /data/datapackage.json, src/lib/data/codebook.ts) read the same one, so the two cannot drift.
 */
export const TABLE_SCHEMAS = {
  sources: sourceSchema, strikes: strikeSchema, deployments: deploymentSchema, troopLevels: troopLevelSchema, events: eventSchema, votes: voteSchema, facts: factSchema, corrections: correctionSchema, tallies: tallySchema, changes: changeSchema, releases: releaseSchema, people: personSchema, rescues: rescueSchema, withdrawals: withdrawalSchema,
} as const satisfies Record<keyof Tables, unknown>;

/** One table's file as the writer saved it: the downloads keep its columns and cells as written. */
export function readTable(name: keyof Tables, root = process.cwd()): string {
  return readFileSync(join(root, DATA_DIR, TABLE_FILES[name]), 'utf8');
}

/** Read and validate one table of content/data (the sources table first, for the id check). */
export function loadTable<K extends keyof Tables>(name: K, root = process.cwd()): Tables[K] {
  const read = (file: string) => readFileSync(join(root, DATA_DIR, file), 'utf8');
  const path = (file: string) => `${DATA_DIR}/${file}`;
  const sources = validateTable(path(TABLE_FILES.sources), read(TABLE_FILES.sources), sourceSchema);
  if (name === 'sources') return sources as Tables[K];
  const sourceIds = new Set(sources.map((s) => s.id));
  const schema = TABLE_SCHEMAS[name];
  const file = TABLE_FILES[name];
  // Tables that name strikes (keyed by one, or an event about some) name rows of the strikes table; its ids are read as written (its own cells are checked on its own load).
  const strikeIds = name === 'people' || name === 'rescues' || name === 'events' || name === 'withdrawals'
    ? new Set(parseCsv(read(TABLE_FILES.strikes), path(TABLE_FILES.strikes)).rows.map((r) => r.values.id))
    : undefined;
  const rows = validateTable(path(file), read(file), schema as never, { sourceIds, strikeIds }) as Tables[K];
  if (name === 'withdrawals') {
    const problems = withdrawalProblems(rows as Withdrawal[], path(file));
    if (problems.length) throw new DataError(problems);
  }
  return rows;
}

/**
 * A released file must never change: each release is rebuilt from the table and its changes log
 * and its fingerprint compared (src/lib/data/versions.ts). A build stops on a problem; the dev
 * server warns, so a writer sees a corrected number at once and is told what to log.
 * ALLOW_UNRELEASED_ROWS=1 lets rows appended since the last release through (the scale test
 * builds on generated rows that are never released).
 */
export function releaseCheck(root = process.cwd()): string[] {
  const changes = loadTable('changes', root);
  const releases = loadTable('releases', root);
  return VERSIONED.flatMap((table) =>
    releaseProblems(readTable(table, root), table, changes, releases, process.env.ALLOW_UNRELEASED_ROWS === '1').map(
      (p) => `${DATA_DIR}/${p}`,
    ),
  );
}

export function loadTables(root = process.cwd()): Tables {
  return {
    sources: loadTable('sources', root),
    strikes: loadTable('strikes', root),
    deployments: loadTable('deployments', root),
    troopLevels: loadTable('troopLevels', root),
    events: loadTable('events', root),
    votes: loadTable('votes', root),
    facts: loadTable('facts', root),
    corrections: loadTable('corrections', root),
    tallies: loadTable('tallies', root),
    changes: loadTable('changes', root),
    releases: loadTable('releases', root),
    people: loadTable('people', root),
    rescues: loadTable('rescues', root),
    withdrawals: loadTable('withdrawals', root),
  };
}
