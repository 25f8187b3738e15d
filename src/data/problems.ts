import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadEditions } from '$lib/data/editions';
import { loadTables, releaseCheck } from '$lib/data/load';
import { loadTranslations } from '$lib/data/translations';
import { DataError } from '$lib/data/validate';
import { storyProblems } from '$lib/story/problems';
import { readSections } from '$lib/story/sections';
import { FIGURES } from '$figures/registry';

/** Everything wrong with the content right now, read from disk: each table, the editions file, and the story checked against them. */
export function contentProblems(root = process.cwd()): { problems: string[]; warnings: string[] } {
  try {
    const editions = loadEditions(root);
    const tables = loadTables(root);
    for (const lang of Object.keys(editions)) if (lang !== 'en') loadTranslations(tables, lang, root);
    const found = storyProblems(readSections(root), editions, tables, FIGURES);
    // A published cell edited and not yet logged: the page shows the new number; the terminal says what to log.
    return { ...found, warnings: [...found.warnings, ...releaseCheck(root)] };
  } catch (e) {
    if (e instanceof DataError) return { problems: e.problems, warnings: [] };
    return { problems: [e instanceof Error ? e.message : String(e)], warnings: [] };
  }
}

/** Every file under content/, with when it last changed: a save changes the stamp. */
function stamp(dir: string): string {
  let out = '';
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const at = join(dir, d.name);
    out += d.isDirectory() ? stamp(at) : `${at}@${statSync(at).mtimeMs};`;
  }
  return out;
}

let last: { stamp: string; found: ReturnType<typeof contentProblems> } | undefined;

/**
 * Dev only: the problems as the files on disk are now, checked again only when one has changed.
 * A page asks here rather than waiting for the `problems` collection to reload: a render that
 * raced ahead of the loader would otherwise draw a figure with the bad step and show its crash.
 */
export function currentProblems(root = process.cwd()): string[] {
  const now = stamp(join(root, 'content'));
  if (last?.stamp !== now) last = { stamp: now, found: contentProblems(root) };
  return last.found.problems;
}
