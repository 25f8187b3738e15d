import { test as base, expect } from '@playwright/test';

/**
 * Every browser test runs against the site as a strict host serves it (tests/serve.mjs sends
 * dist/_headers, the Content Security Policy among them) and fails, after its own checks, on
 * any console error, uncaught exception, CSP violation or request that leaves the origin.
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const foreign: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') foreign.push(r.url());
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
