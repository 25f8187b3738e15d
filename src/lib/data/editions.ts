import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { editionSchema, type Edition } from './schemas';
import { DataError } from './validate';

const EDITIONS_FILE = 'content/story.yaml';

/** Read content/story.yaml; a missing or malformed field names the edition and the field. */
export function loadEditions(root = process.cwd()): Record<string, Edition> {
  const raw = parse(readFileSync(`${root}/${EDITIONS_FILE}`, 'utf8')) as Record<string, unknown>;
  const problems: string[] = [];
  const out: Record<string, Edition> = {};
  for (const [lang, value] of Object.entries(raw ?? {})) {
    const result = editionSchema.safeParse(value);
    if (result.success) out[lang] = result.data;
    else for (const i of result.error.issues) problems.push(`${EDITIONS_FILE}, edition "${lang}", field "${String(i.path[0])}": ${i.message}`);
  }
  if (!out.en && problems.length === 0) problems.push(`${EDITIONS_FILE}: expected an "en:" edition`);
  if (problems.length) throw new DataError(problems);
  return out;
}
