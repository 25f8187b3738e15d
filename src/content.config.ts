import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { loadEditions } from '$lib/data/editions';
import { loadTable, loadTables, type Tables } from '$lib/data/load';
import { sectionSchema } from '$lib/data/schemas';
import { checkStory } from '$lib/story/checkStory';
import { rowIndex } from '$lib/story/facts';
import { weaklySourcedSteps } from '$lib/story/sourcing';
import { rowSources, sourceIndex } from '$lib/data/sources';
import { FIGURES } from './figures/registry';
import { editionDrift, sectionLang, type EditionSection } from '$lib/story/drift';

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

// English at content/story/*.mdx, each other edition in a folder named by its language.
// Ids are file paths ("es/02-legal"), not the frontmatter slug both editions share.
const storyGlob = glob({ pattern: ['*.mdx', 'es/*.mdx'], base: './content/story', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });

/** The story's sections, and a check of every tag a writer used in them against the figures and data. */
const sections = defineCollection({
  loader: {
    name: 'story-sections',
    load: async (ctx) => {
      await storyGlob.load(ctx);
      const editions = loadEditions();
      const data = loadTables();
      const rows = rowIndex(data);
      const bySource = sourceIndex(data.sources);
      const cited = rowSources(data);
      const problems: string[] = [];
      const weak: string[] = [];
      const byLang = new Map<string, EditionSection[]>();
      for (const entry of ctx.store.values()) {
        const lang = sectionLang(entry.id);
        const data = entry.data as { kind?: string; slug?: string; order?: number };
        const kind = String(data.kind ?? 'section');
        const file = entry.filePath ?? entry.id;
        const asOf = (editions[lang] ?? editions.en).as_of;
        if (!editions[lang]) problems.push(`${file}: content/story.yaml has no "${lang}:" edition for this folder`);
        problems.push(...checkStory(file, entry.body ?? '', { figures: FIGURES, facts: { asOf, rows, kind } }));
        weak.push(...weaklySourcedSteps(file, entry.body ?? '', cited, bySource));
        const list = byLang.get(lang) ?? [];
        list.push({ file, slug: String(data.slug), order: Number(data.order), kind, body: entry.body ?? '' });
        byLang.set(lang, list);
      }
      // Every edition tells the story in the same steps with the same figure states.
      for (const [lang, list] of byLang) if (lang !== 'en') problems.push(...editionDrift(byLang.get('en') ?? [], list, lang));
      for (const w of weak) ctx.logger.warn(w);
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
  corrections: defineCollection({ loader: table('corrections') }),
};
