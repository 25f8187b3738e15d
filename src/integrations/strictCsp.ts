import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { externalize } from '$lib/build/externalize';
import { headerRules, headersFile } from '$lib/build/headers';

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** After the build, move every page's inline scripts and styles into files (see externalize.ts) and write the hosts' headers. */
export function strictCsp(): AstroIntegration {
  let base = '/';
  let assetsDir = '_astro';
  return {
    name: 'strict-csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        assetsDir = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await mkdir(join(root, assetsDir), { recursive: true });
        const written = new Set<string>();
        const pages = await htmlFiles(root);
        for (const file of pages) {
          const { html, assets } = externalize(await readFile(file, 'utf8'), (name) => `${base}${assetsDir}/${name}`);
          for (const a of assets) {
            if (written.has(a.name)) continue;
            await writeFile(join(root, assetsDir, a.name), a.body);
            written.add(a.name);
          }
          await writeFile(file, html);
        }
        // Netlify and Cloudflare Pages read this file; tests/serve.mjs serves by it too.
        await writeFile(join(root, '_headers'), headersFile(headerRules(base, assetsDir)));
        logger.info(`${pages.length} pages free of inline code; ${written.size} files written`);
      },
    },
  };
}
