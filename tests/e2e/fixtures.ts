import { test as base, expect } from '@playwright/test';
import { strings, type Lang } from '../../src/lib/i18n';
import type { Strings } from '../../src/lib/i18n/en';
import { figureWords, type FigureWordsByFigure } from './figureWords';

/**
 * Every browser test runs against the site as a strict host serves it (tests/serve.mjs sends
 * dist/_headers, the Content Security Policy among them) and fails, after its own checks, on
 * any console error, uncaught exception, CSP violation or request that leaves the origin.
 *
 * Each test runs in both editions (the -es projects in playwright.config.ts): `page.goto('/x')`
 * opens /es/x there, and `t` is the edition's strings, so a test states what a reader sees
 * without typing either language's words; `w` is each figure's words in the edition (its folder's words.<lang>.ts).
 */
export const test = base.extend<{ guard: void; edition: Lang; t: Strings; w: FigureWordsByFigure }>({
  edition: ['en', { option: true }],
  t: async ({ edition }, use) => use(strings(edition)),
  w: async ({ edition }, use) => use(figureWords(edition)),
  page: async ({ page, edition }, use) => {
    if (edition !== 'en') {
      const goto = page.goto.bind(page);
      page.goto = (url, options) => goto(url.startsWith('/') ? `/${edition}${url}` : url, options);
    }
    await use(page);
  },
  guard: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('request', (r) => {
        const url = new URL(r.url());
        // Loopback only: the site, and the test host page that embeds it from another origin.
        if (!/^127\./.test(url.hostname) && url.protocol !== 'data:') foreign.push(r.url());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
      });
      await use();
      expect(errors, 'console errors and CSP violations').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
