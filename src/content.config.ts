import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { resolve } from 'node:path';
import { loadEditions } from './lib/data/editions';
import { loadTable, type Tables } from './lib/data/load';
import { sectionSchema } from './lib/data/schemas';
import { problemsError } from './lib/story/problems';
import { STORY_DIR } from './lib/story/sections';
import { contentProblems, recordProblems } from './data/contentCheck';

/**
 * Collections. The shapes are declared once, in src/lib/data/schemas.ts, so that unit tests
 * can use them without Astro; every loader here validates through them and fails the build
 * with the file, row or line, and field of each problem.
 *
 * In `astro dev` there is one way content stays fresh: the loaders reload when a writer saves a
 * file under content/, and never throw (a bad cell keeps the last good rows). On the same save
 * the `problems` loader checks everything again, prints what is wrong in the terminal and records
 * it; every page then shows it in the browser until the file is fixed (src/data/index.ts).
 */

// What each loader reads, so a save reloads only what it touches.
const TABLES = ['content/data'];
const EDITIONS = ['content/story.yaml'];
const CONTENT = [...TABLES, 'content/story', ...EDITIONS];

/** In dev, run `load` again whenever one of `paths` (files or folders) changes; `load` must not throw there. */
function reloadOnSave(ctx: LoaderContext, paths: string[], load: () => void) {
  const { watcher } = ctx;
  if (!watcher) return;
  const roots = paths.map((p) => resolve(p));
  watcher.add(roots);
  const onFile = (file: string) => {
    if (roots.some((r) => file === r || file.startsWith(`${r}/`))) load();
  };
  watcher.on('change', onFile);
  watcher.on('add', onFile);
  watcher.on('unlink', onFile);
}

/** Run `load`; in dev a failure is left to the problems collection, in a build it stops the build. */
function guarded(ctx: LoaderContext, load: () => void) {
  if (!ctx.watcher) return load();
  try {
    load();
  } catch {
    // Keeps the last good entries; the problems collection names what is wrong.
  }
}

function table<K extends keyof Tables>(name: K): Loader {
  return {
    name: `csv-${name}`,
    load: async (ctx) => {
      const run = () => {
        const rows = loadTable(name);
        ctx.store.clear();
        for (const row of rows) {
          const data = row as unknown as Record<string, unknown>;
          ctx.store.set({ id: row.id, data, digest: ctx.generateDigest(data) });
        }
      };
      guarded(ctx, run);
      reloadOnSave(ctx, TABLES, () => guarded(ctx, run));
    },
  };
}

const editions = defineCollection({
  loader: {
    name: 'story-editions',
    load: async (ctx) => {
      const run = () => {
        const all = loadEditions();
        ctx.store.clear();
        for (const [lang, data] of Object.entries(all)) ctx.store.set({ id: lang, data, digest: ctx.generateDigest(data) });
      };
      guarded(ctx, run);
      reloadOnSave(ctx, EDITIONS, () => guarded(ctx, run));
    },
  },
});

// English at content/story/*.mdx, each other edition in a folder named by its language.
// Ids are file paths ("es/02-legal"), not the frontmatter slug both editions share.
const storyGlob = glob({ pattern: ['*.mdx', 'es/*.mdx'], base: `./${STORY_DIR}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });

/** The story's sections, and (in a build) a check of every tag a writer used in them against the figures and data. */
const sections = defineCollection({
  loader: {
    name: 'story-sections',
    load: async (ctx) => {
      await storyGlob.load(ctx);
      if (ctx.watcher) return; // dev: the problems loader checks the story on every save
      // The check reads each section from disk again: Astro's entry trims the body, and the
      // writer's errors need the line and column in the file.
      const { problems, warnings } = contentProblems();
      for (const w of warnings) ctx.logger.warn(w);
      if (problems.length) throw problemsError(problems);
    },
  },
  schema: sectionSchema,
});

/**
 * Dev only: what is wrong with the content, checked on every save and recorded for the pages. Its
 * watcher is registered before the pages can render the saved file, and the check is synchronous,
 * so a page never draws a bad step before its problem is known.
 */
const problems = defineCollection({
  loader: {
    name: 'content-problems',
    load: async (ctx) => {
      if (!ctx.watcher) return; // a build stops at the first loader that finds a problem
      let shown = '';
      const run = () => {
        const { problems: found, warnings } = contentProblems(process.cwd(), { dev: true });
        recordProblems(found);
        const now = found.join('\n');
        if (now && now !== shown) ctx.logger.error(problemsError(found, { dev: true }).message);
        else if (!now && shown) ctx.logger.info('content fixed: the story builds again');
        for (const w of warnings) ctx.logger.warn(w);
        shown = now;
      };
      run();
      reloadOnSave(ctx, CONTENT, run);
    },
  },
});

export const collections = {
  editions,
  sections,
  problems,
  sources: defineCollection({ loader: table('sources') }),
  strikes: defineCollection({ loader: table('strikes') }),
  deployments: defineCollection({ loader: table('deployments') }),
  troopLevels: defineCollection({ loader: table('troopLevels') }),
  events: defineCollection({ loader: table('events') }),
  votes: defineCollection({ loader: table('votes') }),
  facts: defineCollection({ loader: table('facts') }),
  corrections: defineCollection({ loader: table('corrections') }),
  tallies: defineCollection({ loader: table('tallies') }),
  changes: defineCollection({ loader: table('changes') }),
  releases: defineCollection({ loader: table('releases') }),
  people: defineCollection({ loader: table('people') }),
  rescues: defineCollection({ loader: table('rescues') }),
  withdrawals: defineCollection({ loader: table('withdrawals') }),
};

