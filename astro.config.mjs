// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { strictCsp } from './src/integrations/strictCsp';

// Hosts set these at build time; both default to the root of any origin.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'ignore',
  // English at the root, Spanish under /es/; pages read Astro.currentLocale.
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // strictCsp last: it rewrites the finished pages.
  integrations: [svelte(), mdx(), strictCsp()],
  build: { inlineStylesheets: 'always' },
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Known, benign upstream warning on every MDX build (withastro/astro#18087).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
