import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Tables } from '$lib/data/load';
import { eventSchema, sourceSchema } from '$lib/data/schemas';
import { loadTranslations, localize } from '$lib/data/translations';
import { validateTable } from '$lib/data/validate';
import { FIXTURE_DIR, fixtureTables } from '../../fixtures/tables';

/**
 * The fixture tables plus the two rows only the legal figure quotes (copied from content/data:
 * E023, the F-35 protest, and E042, the U.N. experts of Nov. 4, with their sources and Spanish
 * words), kept here so the shared fixtures other figures count stay as they are.
 */
const here = (f: string) => fileURLToPath(new URL(`./${f}`, import.meta.url));
const read = (f: string) => readFileSync(here(f), 'utf8');

export function legalTables(): Tables {
  const t = fixtureTables();
  const sources = [...t.sources, ...validateTable('tests/figures/legal/sources.csv', read('sources.csv'), sourceSchema)];
  const extra = validateTable('tests/figures/legal/events.csv', read('events.csv'), eventSchema, { sourceIds: new Set(sources.map((s) => s.id)) });
  return { ...t, sources, events: [...t.events, ...extra].sort((a, b) => a.id.localeCompare(b.id)) };
}

/** The same tables as the Spanish page reads them: the fixture's es.csv plus this folder's. */
export function legalTablesEs(): Tables {
  const root = mkdtempSync(join(tmpdir(), 'legal-es-'));
  mkdirSync(join(root, 'content/data'), { recursive: true });
  const file = join(root, 'content/data/es.csv');
  copyFileSync(join(FIXTURE_DIR, 'es.csv'), file);
  appendFileSync(file, read('es.csv').split('\n').slice(1).join('\n'));
  const t = legalTables();
  return localize(t, loadTranslations(t, 'es', root));
}
