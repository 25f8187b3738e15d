import { getCollection, getEntry } from 'astro:content';
import type { Change, Correction, Deployment, Edition, Fact, Release, Source, StoryEvent, Strike, Tally, TroopLevel, Vote } from '$lib/data/schemas';
import type { Person, Rescue, Withdrawal } from '$lib/data/schemas';
import { standingStrikes } from '$lib/data/withdrawals';
import { readTable, type Tables } from '$lib/data/load';
import type { Lang } from '$lib/i18n';
import { loadTranslations, localize } from '$lib/data/translations';
import { sectionLang } from '$lib/story/drift';
import { currentProblems } from './contentCheck';
import { typesetDeep } from '$lib/text/typeset';
import { codebookTables, loadMeanings, meaningsOf } from '$lib/data/codebook';

/**
 * The one place pages and components read content collections. Rows were validated by the
 * loaders (src/content.config.ts) against src/lib/data/schemas.ts; here they get their types back.
 */
async function rows<T>(name: keyof Tables): Promise<T[]> {
  return (await getCollection(name)).map((e) => e.data as T);
}

/**
 * In `astro dev`, a problem in the content (a bad cell, a wrong step prop) stops every page that
 * reads it with that problem's message, shown in the browser, until the file is fixed. (A build
 * never gets here: its loaders stop it first.)
 */
async function stopOnProblems() {
  if (!import.meta.env.DEV) return;
  const found = currentProblems();
  if (found.length) {
    const list = found.map((p) => `  - ${p}`).join('\n');
    throw new Error(`${found.length === 1 ? 'A problem' : `${found.length} problems`} in content/, to fix and save:\n${list}`);
  }
}

// A build reads each table once; the dev server reads them on every request, as writers save.
let cached: Promise<Tables> | undefined;
const forReaders = new Map<Lang, Promise<Tables>>();
const reuse = !import.meta.env.DEV;

/**
 * The tables as the files hold them, validated: for the data downloads, and the English each
 * edition's translations are checked against. Pages show `tables(lang)`.
 */
export function dataTables(): Promise<Tables> {
  if (!reuse) cached = undefined;
  cached ??= (async () => {
    await stopOnProblems();
    return {
      sources: await rows<Source>('sources'),
      strikes: await rows<Strike>('strikes'),
      deployments: await rows<Deployment>('deployments'),
      troopLevels: await rows<TroopLevel>('troopLevels'),
      events: await rows<StoryEvent>('events'),
      votes: await rows<Vote>('votes'),
      facts: await rows<Fact>('facts'),
      corrections: await rows<Correction>('corrections'),
      tallies: await rows<Tally>('tallies'),
      changes: await rows<Change>('changes'),
      releases: await rows<Release>('releases'),
      people: await rows<Person>('people'),
      rescues: await rows<Rescue>('rescues'),
      withdrawals: await rows<Withdrawal>('withdrawals'),
    };
  })();
  return cached;
}

/**
 * One table's file as the writer saved it, for the downloads, which keep its columns and cells
 * as written. Pages read content here, never from disk themselves.
 */
export async function tableText(name: keyof Tables): Promise<string> {
  await stopOnProblems();
  return readTable(name);
}

/**
 * The tables, with the words readers see in the edition's language (content/data/<lang>.csv,
 * checked against the English it translates) and typeset (curly quotes, unbroken "B-52"; see
 * src/lib/text/typeset.ts). Numbers, dates and ids are the same in every edition. Every record,
 * withdrawn ones too: the log, the feeds and a withdrawn strike's own page read these.
 */
export function recordTables(lang: Lang = 'en'): Promise<Tables> {
  if (!reuse || !forReaders.has(lang)) {
    forReaders.set(lang, dataTables().then((t) => typesetDeep(lang === 'en' ? t : localize(t, loadTranslations(t, lang)))));
  }
  return forReaders.get(lang)!;
}

const standing = new Map<Lang, Promise<Tables>>();

/**
 * What the story, the figures, the list and every total count: the edition's tables without the
 * strikes that were withdrawn (content/data/withdrawals.csv; src/lib/data/withdrawals.ts).
 */
export function tables(lang: Lang = 'en'): Promise<Tables> {
  if (!reuse || !standing.has(lang)) {
    standing.set(lang, recordTables(lang).then((t) => (t.withdrawals.length ? { ...t, strikes: standingStrikes(t.strikes, t.withdrawals) } : t)));
  }
  return standing.get(lang)!;
}

export async function edition(lang: Lang): Promise<Edition> {
  await stopOnProblems();
  const entry = await getEntry('editions', lang);
  if (!entry) throw new Error(`content/story.yaml has no "${lang}:" edition`);
  return typesetDeep(entry.data as Edition);
}

/** One edition's sections, in order; an entry's folder names its edition (see content.config.ts). */
export async function sections(lang: Lang) {
  await stopOnProblems();
  return (await getCollection('sections', (e) => sectionLang(e.id) === lang))
    .sort((a, b) => a.data.order - b.data.order)
    .map((s) => ({ ...s, data: typesetDeep(s.data) }));
}

/**
 * The codebook's tables, read off the schemas the build validates with, and their meanings in
 * both editions (content/data/codebook.csv), typeset: the /data/ page and /data/datapackage.json.
 */
export async function codebook() {
  await stopOnProblems();
  return { tables: codebookTables(), meanings: meaningsOf(typesetDeep(loadMeanings())) };
}
