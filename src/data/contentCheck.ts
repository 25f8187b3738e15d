import { loadEditions } from '$lib/data/editions';
import { loadTables, releaseCheck } from '$lib/data/load';
import { loadTranslations } from '$lib/data/translations';
import { DataError } from '$lib/data/validate';
import { storyProblems } from '$lib/story/problems';
import { readSections } from '$lib/story/sections';
import { FIGURES } from '$figures/registry';

/**
 * Everything wrong with the content, read from disk: each table, the editions file, each
 * edition's translations, and the story checked against them. A build stops on any problem; in
 * `astro dev` an edited, unlogged published cell is only a warning, so the writer sees the new
 * number at once and the terminal says what to log.
 */
export function contentProblems(root = process.cwd(), { dev = false } = {}): { problems: string[]; warnings: string[] } {
  try {
    const editions = loadEditions(root);
    const tables = loadTables(root);
    for (const lang of Object.keys(editions)) if (lang !== 'en') loadTranslations(tables, lang, root);
    const found = storyProblems(readSections(root), editions, tables, FIGURES);
    const releases = releaseCheck(root);
    return dev ? { ...found, warnings: [...found.warnings, ...releases] } : { ...found, problems: [...found.problems, ...releases] };
  } catch (e) {
    if (e instanceof DataError) return { problems: e.problems, warnings: [] };
    return { problems: [e instanceof Error ? e.message : String(e)], warnings: [] };
  }
}

// The content loaders and the pages may run as separate module instances in one dev server
// process; the problems found on the last save live on globalThis so both see the same list.
const NOW = Symbol.for('boat-strikes:content-problems');
type Slot = { [NOW]?: string[] };

/** Dev: the problems found when a content file was last saved (src/content.config.ts records them on each save). */
export function currentProblems(): string[] {
  return (globalThis as Slot)[NOW] ?? [];
}

export function recordProblems(found: string[]) {
  (globalThis as Slot)[NOW] = found;
}
