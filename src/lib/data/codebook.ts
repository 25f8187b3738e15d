import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { count, isoDate, optionalCount, optionalDate, requiredText, sourceIds, url } from './fields';
import { DATA_DIR, TABLE_FILES, TABLE_SCHEMAS, type Tables } from './load';
import { VERSIONED } from './schemas';
import { validateTable } from './validate';

/**
 * The codebook: every published table (/data/<file>.csv) and its columns, with each column's
 * type, whether it may be empty, its allowed values and its meaning. Types, emptiness and values
 * are read off the very zod schemas the build validates with (load.ts TABLE_SCHEMAS), so the
 * codebook on /data/ and the Table Schemas of /data/datapackage.json cannot drift from what the
 * build accepts. Only the meanings are written by hand, in both languages, in
 * content/data/codebook.csv; codebookProblems() names every column that has none.
 */

export type CellKind = 'id' | 'date' | 'integer' | 'code' | 'sources' | 'url' | 'text';

export interface Column {
  name: string;
  kind: CellKind;
  /** False when the build accepts an empty cell (empty means unknown or none). */
  required: boolean;
  /** For a code: the only values the build accepts. */
  values?: string[];
  /** The pattern the build holds the cell to (ids, slugs), as a regular expression. */
  pattern?: string;
}

export interface CodebookTable {
  key: keyof Tables;
  /** The file name under /data/: strikes.csv. */
  file: string;
  /** Its name without .csv, the codebook's and the data package's name for it: strikes, troop_levels. */
  name: string;
  /** The table's own columns, in the file's order. */
  columns: Column[];
  /** The columns every download adds after them (download.ts): the sources written out, the story's as-of date, the release. */
  added: Column[];
  /** Whether its releases keep their own addresses (/data/2026-06-22/strikes.csv). */
  versioned: boolean;
}

// The field types of fields.ts, by identity: a date stays a date in the codebook however it is checked.
const KINDS = new Map<unknown, CellKind>([
  [isoDate, 'date'],
  [optionalDate, 'date'],
  [count, 'integer'],
  [optionalCount, 'integer'],
  [sourceIds, 'sources'],
  [url, 'url'],
]);

type JsonSchema = { enum?: string[]; pattern?: string };

/** One column, as its zod field says: what a cell may hold. */
export function columnOf(name: string, field: z.ZodType): Column {
  const json = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const values = json.enum?.map(String);
  const kind: CellKind = KINDS.get(field) ?? (values ? 'code' : name === 'id' ? 'id' : 'text');
  const required = !field.safeParse('').success;
  return { name, kind, required, ...(values ? { values } : {}), ...(json.pattern && !KINDS.has(field) ? { pattern: json.pattern } : {}) };
}

const shapeOf = (schema: unknown) => (schema as z.ZodObject).shape as Record<string, z.ZodType>;

/** Every published table, in the order of TABLE_FILES (the order of the downloads list). */
export function codebookTables(): CodebookTable[] {
  return (Object.entries(TABLE_FILES) as [keyof Tables, string][]).map(([key, file]) => {
    const columns = Object.entries(shapeOf(TABLE_SCHEMAS[key])).map(([name, field]) => columnOf(name, field));
    const versioned = (VERSIONED as readonly string[]).includes(key);
    return { key, file, name: file.replace(/\.csv$/, ''), columns, added: addedColumns(columns, versioned), versioned };
  });
}

/** The columns download.ts writes after a table's own: keep the two in step (a test reads the built files' headers). */
export function addedColumns(columns: readonly Column[], versioned: boolean): Column[] {
  return [
    ...(columns.some((c) => c.name === 'source_ids') ? [{ name: 'sources', kind: 'text', required: true } as Column] : []),
    { name: 'story_as_of', kind: 'date', required: true },
    ...(versioned ? [{ name: 'data_version', kind: 'date', required: true } as Column] : []),
  ];
}

/**
 * Links between tables that the data package declares as foreign keys. Lists of ids in one cell
 * (source_ids, "src-001;src-004") cannot be declared in Table Schema 1 and are described in words
 * (the download writes each source out in its `sources` column).
 */
export const FOREIGN_KEYS: Partial<Record<keyof Tables, { field: string; table: keyof Tables }[]>> = {
  votes: [{ field: 'event_id', table: 'events' }],
  changes: [{ field: 'row', table: 'strikes' }],
  people: [{ field: 'strike_id', table: 'strikes' }],
  rescues: [{ field: 'strike_id', table: 'strikes' }],
  withdrawals: [{ field: 'strike_id', table: 'strikes' }],
};

// ---------------------------------------------------------------------------------------------
// The meanings: content/data/codebook.csv, one line per column, `table,column,en,es`.

export const MEANINGS_FILE = 'codebook.csv';
/** The `table` of the lines that explain the columns every download adds (sources, story_as_of, data_version). */
export const EVERY_DOWNLOAD = '*';

const meaningSchema = z
  .object({
    table: z.string().regex(/^([a-z_]+|\*)$/, { error: 'expected a table\'s file name without .csv (strikes, troop_levels), or * for the columns every download adds' }),
    column: z.string().regex(/^[a-z_]*$/, { error: 'expected a column name as the table\'s header writes it (killed), or an empty cell for the table itself' }),
    en: requiredText,
    es: requiredText,
  })
  // validateTable holds ids unique: one meaning per table and column.
  .transform((m) => ({ id: `${m.table}.${m.column || '(table)'}`, table: m.table, column: m.column, en: m.en, es: m.es }));
export type Meaning = z.output<typeof meaningSchema>;

export function loadMeanings(root = process.cwd()): Meaning[] {
  const file = `${DATA_DIR}/${MEANINGS_FILE}`;
  return validateTable(file, readFileSync(join(root, file), 'utf8'), meaningSchema);
}

export type Meanings = Map<string, { en: string; es: string }>;
export const meaningKey = (table: string, column = '') => `${table}.${column || '(table)'}`;
export const meaningsOf = (rows: readonly Meaning[]): Meanings => new Map(rows.map((m) => [m.id, { en: m.en, es: m.es }]));

/**
 * What content/data/codebook.csv lacks, or holds for nothing, in words that say which line to add
 * or remove. A build stops on any (src/data/contentCheck.ts): a new table or column is published
 * only with its meaning in both editions.
 */
export function codebookProblems(tables: readonly CodebookTable[], rows: readonly Meaning[]): string[] {
  const file = `${DATA_DIR}/${MEANINGS_FILE}`;
  const have = meaningsOf(rows);
  const wanted = new Set<string>();
  const problems: string[] = [];
  const want = (table: string, column: string, what: string, hint: string) => {
    const key = meaningKey(table, column);
    if (wanted.has(key)) return;
    wanted.add(key);
    if (!have.has(key)) problems.push(`${file}: no meaning of ${what}; add the line ${table},${column},<${hint}, in English>,<the same in Spanish>`);
  };
  for (const t of tables) {
    want(t.name, '', `the table ${t.file}`, 'what one row of it is');
    for (const c of t.columns) want(t.name, c.name, `column "${c.name}" of ${t.file}`, 'what the column holds');
    for (const c of t.added) want(EVERY_DOWNLOAD, c.name, `column "${c.name}", which the downloads add`, 'what the column holds');
  }
  for (const m of rows) {
    if (!wanted.has(m.id))
      problems.push(`${file}: the line ${m.table},${m.column},… explains ${m.column ? `column "${m.column}" of ` : ''}${m.table === EVERY_DOWNLOAD ? 'the downloads' : `${m.table}.csv`}, which is not published; remove it or correct its table and column`);
  }
  return problems;
}
