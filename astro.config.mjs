// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import svelte from '@astrojs/svelte';
import { strictCsp } from './src/integrations/strictCsp';
import { scrollySteps } from './src/integrations/scrollySteps';
import { citedParagraphs } from './src/integrations/citedParagraphs';
import { typography, typographyVite } from './src/integrations/typography';
import { fonts } from './src/integrations/fonts';
import { correctionsCheck } from './src/integrations/correctionsCheck';

// Hosts set these at build time; both default to the root of any origin.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';
const PRELOAD_HELPER = '\0vite/preload-helper.js';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'ignore',
  // English at the root, Spanish under /es/; pages read Astro.currentLocale.
  i18n: { locales: ['en', 'es'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  // strictCsp last: it rewrites the finished pages.
  // MDX through Astro's own parser, with three passes: each <Scrolly> learns its steps from the tree,
  // each prose paragraph with a <Cite> is wrapped so its sources leave its text, and the text is
  // typeset (curly quotes, unbroken "B-52"). fonts() subsets the web fonts first.
  integrations: [fonts(), svelte(), mdx({ processor: satteri({ mdastPlugins: [scrollySteps(), citedParagraphs(), typography()] }) }), correctionsCheck(), strictCsp()],
  build: { inlineStylesheets: 'always' },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Each figure's component is src/figures/<id>/Figure.svelte: name its chunk after the
              // figure ("figure-casualties.[hash].js"), not six "Figure.[hash].js" (the bench reports per figure).
              chunkFileNames: (chunk) => {
                const figure = /src\/figures\/([\w-]+)\/Figure\.svelte$/.exec(chunk.facadeModuleId ?? '')?.[1];
                return `_astro/${figure ? `figure-${figure}` : chunk.name.replace(/[^\w.-]/g, '_')}.[hash].js`;
              },
            },
          },
        },
      },
    },
    plugins: [
      // The chrome's and the figures' words (src/lib/i18n, src/figures/*/words.*.ts), typeset as they load.
      typographyVite(),
      {
        // No preload helper in the page's script: figures load when the browser is idle, and the
        // helper (and its list of every chunk) cost every reader 0.8 KB of JavaScript. (Astro sets
        // its own modulePreload for the client build; a plugin has the last word.)
        name: 'no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
      {
        // modulePreload: false empties every preload list, but Vite still wraps each dynamic
        // import in its helper (1.7 KB, 0.8 KB gzip, that would preload nothing): a wrapper that
        // only calls the import takes its place.
        name: 'no-preload-helper',
        enforce: 'pre',
        applyToEnvironment: (env) => env.name === 'client',
        resolveId: (id) => (id === PRELOAD_HELPER ? id : undefined),
        load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
      },
    ],
    build: {
      // Fonts stay files: a font inlined as a data: URL is refused by the policy (fonts from 'self' only).
      assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
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
