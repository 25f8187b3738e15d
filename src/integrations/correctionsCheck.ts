import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTables } from '$lib/data/load';
import { loadTranslations, localize } from '$lib/data/translations';
import { unquotedCorrections } from '$lib/story/corrections';

/** Where each edition's story is written in dist/ (the base path changes its links, not its files). */
const STORY = { en: 'index.html', es: 'es/index.html' } as const;

/** After the build, refuse a correction that quotes wording its section no longer has, in either edition. */
export function correctionsCheck(): AstroIntegration {
  return {
    name: 'corrections-check',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const english = loadTables();
        const problems: string[] = [];
        for (const [lang, file] of Object.entries(STORY)) {
          const t = lang === 'en' ? english : localize(english, loadTranslations(english, lang as 'es'));
          problems.push(...unquotedCorrections(await readFile(join(root, file), 'utf8'), t.corrections, `dist/${file}`));
        }
        if (problems.length) throw new Error(`${problems.length === 1 ? 'A correction does' : `${problems.length} corrections do`} not quote the page:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
      },
    },
  };
}
