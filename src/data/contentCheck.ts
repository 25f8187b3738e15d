import { loadEditions } from '$lib/data/editions';
import { loadTables, releaseCheck } from '$lib/data/load';
import { loadTranslations } from '$lib/data/translations';
import { DataError } from '$lib/data/validate';
import { standingStrikes } from '$lib/data/withdrawals';
import { identityProblems } from '$lib/data/firmness';
import { storyProblems } from '$lib/story/problems';
import { readSections } from '$lib/story/sections';
import { FIGURES } from '$figures/registry';
import { codebookProblems, codebookTables, loadMeanings } from '$lib/data/codebook';

/**
 * Everything wrong with the content, read from disk: each table, the editions file, each
 * edition's translations, and the story checked against them. A build stops on any problem; in
 * `astro dev` an edited, unlogged published cell is only a warning, so the writer sees the new
 * number at once and the terminal says what to log.
 */
export function contentProblems(root = process.cwd(), { dev = false } = {}): { problems: string[]; warnings: string[] } {
  // Tables first: nothing else can be checked against a table that does not read.
  let editions, tables;
  try {
    editions = loadEditions(root);
    tables = loadTables(root);
  } catch (e) {
    return { problems: problemsOf(e), warnings: [] };
  }
  // Then everything else at once, so one build names all a writer must add (a row's
  // translations and its release line together, not in a second failed build).
  const translations = Object.keys(editions)
    .filter((lang) => lang !== 'en')
    .flatMap((lang) => attempt(() => (loadTranslations(tables, lang, root), []), (problems) => problems));
  // The story is checked against what it shows: the strikes that stand (withdrawn records do not count).
  const standing = { ...tables, strikes: standingStrikes(tables.strikes, tables.withdrawals) };
  const found = attempt(() => storyProblems(readSections(root), editions, standing, FIGURES), (problems) => ({ problems, warnings: [] }));
  const releases = attempt(() => releaseCheck(root), (problems) => problems);
  // Every published column has its meaning in both editions (the codebook on /data/).
  const meanings = attempt(() => codebookProblems(codebookTables(), loadMeanings(root)), (problems) => problems);
  const identities = identityProblems(tables.strikes, tables.people);
  const problems = [...found.problems, ...translations, ...meanings, ...identities, ...(dev ? [] : releases)];
  return { problems, warnings: [...found.warnings, ...(dev ? releases : [])] };
}

function attempt<T>(check: () => T, failed: (problems: string[]) => T): T {
  try {
    return check();
  } catch (e) {
    return failed(problemsOf(e));
  }
}

const problemsOf = (e: unknown) => (e instanceof DataError ? e.problems : [e instanceof Error ? e.message : String(e)]);

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
