import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { triggerLine } from '../../src/lib/scrolly/activeStep';
import { serveDir } from '../ports';

/**
 * The story in Debian's Firefox ESR, driven over WebDriver BiDi (Playwright cannot drive a stock
 * Firefox): it loads without errors and every step drives its figure. Runs against dist/.
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
let BASE = '';
let server: ChildProcess;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the Firefox tests');
  if (!existsSync(FIREFOX)) throw new Error(`no Firefox at ${FIREFOX}: apt-get install firefox-esr, or set FIREFOX_PATH`);
  ({ origin: BASE, server } = await serveDir('dist'));
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, args: ['--no-remote'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

async function open(path: string, width: number, height: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.setViewport({ width, height });
  await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
  // Islands hydrate as their section nears the view (islands.ts); the figures' words change only once they have.
  // (The static edition has none.)
  await page.waitForFunction(() => document.querySelector('[data-island]')?.hasAttribute('data-hydrated') ?? true, { timeout: 15_000 });
  return { page, errors };
}

/** Scroll so step `i` of scrolly `k` sits past the trigger line, then read the figure back. */
async function goToStep(page: Page, k: number, i: number, trigger: number) {
  return page.evaluate(
    async (k, i, trigger) => {
      const root = document.querySelectorAll<HTMLElement>('[data-scrolly]')[k];
      const step = root.querySelectorAll<HTMLElement>('[data-step]')[i];
      window.scrollTo({ top: step.getBoundingClientRect().top + window.scrollY - trigger * window.innerHeight + 20, behavior: 'instant' });
      for (let n = 0; n < 300; n++) {
        await new Promise((r) => requestAnimationFrame(r));
        const host = root.querySelector<HTMLElement>('[data-figure]')!;
        if (host.dataset.activeStep === String(i) && host.querySelector('[data-island]')?.hasAttribute('data-hydrated')) break;
      }
      const host = root.querySelector<HTMLElement>('[data-figure]')!;
      return { active: Number(host.dataset.activeStep), label: host.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '' };
    },
    k,
    i,
    trigger,
  );
}

describe.each([
  ['laptop', 1280, 800],
  ['phone', 375, 740],
])('Firefox ESR, %s', (_, width, height) => {
  test('the story loads without errors and every step drives its figure', { timeout: 120_000 }, async () => {
    const { page, errors } = await open('/', width, height);
    const counts = await page.evaluate(() => [...document.querySelectorAll('[data-scrolly]')].map((r) => r.querySelectorAll('[data-step]').length));
    expect(counts.length).toBe(7); // six sections' figures, and the casualty chart again in the update
    const trigger = triggerLine(width);
    for (const [k, n] of counts.entries()) {
      const labels = new Set<string>();
      for (let i = 0; i < n; i++) {
        const now = await goToStep(page, k, i, trigger);
        expect(now.active, `scrolly ${k}, step ${i}`).toBe(i);
        labels.add(now.label);
      }
      expect(labels.size, `scrolly ${k}: a text alternative per step`).toBe(n);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

test('Firefox ESR: the static edition loads without errors', { timeout: 60_000 }, async () => {
  const { page, errors } = await open('/static/', 1280, 800);
  expect(await page.evaluate(() => document.querySelectorAll('.static-step figure [role="img"]').length)).toBeGreaterThan(25);
  expect(errors).toEqual([]);
  await page.close();
});
