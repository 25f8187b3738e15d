import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';
import { DATA_DIR, type Tables } from './load';
import { DataError } from './validate';
import { aboardCounterClaims, contested } from '../claims';

/**
 * The words in the data that readers see (chart labels, event summaries, reported locations),
 * in another edition's language: `content/data/<lang>.csv`, one row per cell, with the English
 * it translates. The numbers, dates and ids are never translated: they come from the tables.
 * The build fails when a translation is missing, when its row or field does not exist, or when
 * the English it was made from has since changed (it is stale and must be redone).
 */
const TRANSLATED = {
  events: ['label', 'summary', 'quote'],
  deployments: ['asset', 'label', 'location_as_reported', 'personnel'],
  strikes: ['location_as_reported', 'survivor_fate', 'group_name', 'nationality_claimed', 'nationality_reported', 'count_revision'],
  troopLevels: ['what_counted'],
  votes: ['measure'],
  facts: ['label', 'notes'],
  corrections: ['said', 'says', 'why'],
  changes: ['why'],
  releases: ['note'],
  people: ['nationality', 'fate_place', 'notes'],
  rescues: ['by', 'what'],
  withdrawals: ['why'],
} as const satisfies Partial<Record<keyof Tables, readonly string[]>>;

/** Text the figures derive from a row, translated like a cell: the dispute over who was aboard a boat. */
const DERIVED = {
  strikes: { dispute: (row: never) => (contested(row) ? aboardCounterClaims(row) : '') },
} as const;

type Translations = Map<string, string>;
const key = (id: string, field: string) => `${id}.${field}`;

type AnyRow = Record<string, unknown> & { id: string };

/** Every cell an edition must translate, with the English it holds now. */
export function translatable(t: Tables): Map<string, { table: string; en: string }> {
  const out = new Map<string, { table: string; en: string }>();
  for (const [table, fields] of Object.entries(TRANSLATED)) {
    for (const row of t[table as keyof Tables] as unknown as AnyRow[]) {
      for (const field of fields) {
        const en = String(row[field] ?? '').trim();
        if (en) out.set(key(row.id, field), { table, en });
      }
    }
  }
  for (const [table, fields] of Object.entries(DERIVED)) {
    for (const row of t[table as keyof Tables] as unknown as AnyRow[]) {
      for (const [field, derive] of Object.entries(fields)) {
        const en = derive(row as never);
        if (en) out.set(key(row.id, field), { table, en });
      }
    }
  }
  return out;
}

/** Read and check `content/data/<lang>.csv` against the tables; every problem at once, with its line. */
export function loadTranslations(t: Tables, lang: string, root = process.cwd()): Translations {
  const file = `${DATA_DIR}/${lang}.csv`;
  const path = join(root, file);
  if (!existsSync(path)) throw new DataError([`${file}: missing; the ${lang} edition needs the Spanish words of the data (see README, "The Spanish edition")`]);
  const { header, rows } = parseCsv(readFileSync(path, 'utf8'), file);
  const problems: string[] = [];
  for (const col of ['id', 'field', 'en', lang]) if (!header.includes(col)) problems.push(`${file}: expected a column "${col}"`);
  if (problems.length) throw new DataError(problems);
  const needed = translatable(t);
  const out: Translations = new Map();
  for (const { line, values } of rows) {
    const k = key(values.id, values.field);
    const at = `${file}, line ${line} (${values.id} ${values.field})`;
    const want = needed.get(k);
    if (!want) problems.push(`${at}: no such translatable cell (the row, or that field of it, does not exist or is empty)`);
    else if (want.en !== values.en) problems.push(`${at}: stale, the English is now "${want.en}", this translates "${values.en}"`);
    else if (!values[lang]) problems.push(`${at}: empty translation`);
    if (out.has(k)) problems.push(`${at}: translated twice`);
    out.set(k, values[lang]);
  }
  // The line to paste, with the English exactly as the table holds it: only the translation is left to write.
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  for (const [k, { en }] of needed) {
    const [id, field] = k.split('.');
    if (!out.has(k)) problems.push(`${file}: no translation of ${id} ${field}; add the line ${id},${field},${cell(en)},<the ${lang === 'es' ? 'Spanish' : lang}>`);
  }
  if (problems.length) throw new DataError(problems);
  return out;
}

/** The tables with their words in the edition's language; numbers, dates and ids untouched. */
export function localize(t: Tables, tr: Translations): Tables {
  const out = { ...t } as Record<string, unknown>;
  for (const [table, fields] of Object.entries(TRANSLATED)) {
    out[table] = (t[table as keyof Tables] as unknown as AnyRow[]).map((row) => {
      const copy: AnyRow = { ...row };
      for (const field of fields) {
        const text = tr.get(key(row.id, field));
        if (text !== undefined) copy[field] = text;
      }
      for (const field of Object.keys(DERIVED[table as keyof typeof DERIVED] ?? {})) {
        const text = tr.get(key(row.id, field));
        if (text !== undefined) copy[field] = text;
      }
      return copy;
    });
  }
  return out as unknown as Tables;
}
