import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { loadEditions } from './lib/data/editions';
import { loadTable, loadTables, type Tables } from './lib/data/load';
import { sectionSchema } from './lib/data/schemas';
import { checkStory } from './lib/story/checkStory';
import { rowIndex } from './lib/story/facts';
import { FIGURES } from './components/figures/specs';

/**
 * Collections. The shapes are declared once, in src/lib/data/schemas.ts, so that unit tests
 * can use them without Astro; every loader here validates through them and fails the build
 * with the file, row or line, and field of each problem.
 */

function table<K extends keyof Tables>(name: K): Loader {
  return {
    name: `csv-${name}`,
    load: async ({ store, generateDigest }) => {
      store.clear();
      for (const row of loadTable(name)) {
        const data = row as unknown as Record<string, unknown>;
        store.set({ id: row.id, data, digest: generateDigest(data) });
      }
    },
  };
}

const editions = defineCollection({
  loader: {
    name: 'story-editions',
    load: async ({ store, generateDigest }) => {
      store.clear();
      for (const [lang, data] of Object.entries(loadEditions())) store.set({ id: lang, data, digest: generateDigest(data) });
    },
  },
});

const storyGlob = glob({ pattern: '*.mdx', base: './content/story' });

/** The story's sections, and a check of every tag a writer used in them against the figures and data. */
const sections = defineCollection({
  loader: {
    name: 'story-sections',
    load: async (ctx) => {
      await storyGlob.load(ctx);
      const asOf = loadEditions().en.as_of;
      const rows = rowIndex(loadTables());
      const problems: string[] = [];
      for (const entry of ctx.store.values()) {
        const kind = String((entry.data as { kind?: string }).kind ?? 'section');
        problems.push(...checkStory(entry.filePath ?? entry.id, entry.body ?? '', { figures: FIGURES, facts: { asOf, rows, kind } }));
      }
      if (problems.length) {
        throw new Error(`${problems.length === 1 ? 'A problem' : `${problems.length} problems`} in the story:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      }
    },
  },
  schema: sectionSchema,
});

export const collections = {
  editions,
  sections,
  sources: defineCollection({ loader: table('sources') }),
  strikes: defineCollection({ loader: table('strikes') }),
  deployments: defineCollection({ loader: table('deployments') }),
  troopLevels: defineCollection({ loader: table('troopLevels') }),
  events: defineCollection({ loader: table('events') }),
  votes: defineCollection({ loader: table('votes') }),
  facts: defineCollection({ loader: table('facts') }),
};
