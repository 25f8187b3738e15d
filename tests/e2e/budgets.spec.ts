import { expect, test } from './fixtures';
import { bytesOf as bytesOfJs } from '../bench/pages.mjs';

// A plain ES module shared with the benchmark (tests/bench); typed here.
type Bytes = Record<'html' | 'css' | 'js' | 'fonts' | 'images' | 'other' | 'total', number>;
const bytesOf = bytesOfJs as unknown as (urls: string[], root: string) => Bytes;

/**
 * The deterministic budgets of the story page (issue 7; timings stay in `npm run bench`):
 * bytes per page, no layout shift, no long task while loading, nothing from another origin.
 */
const KB = 1024;
const BUDGET = { js: 50 * KB, firstView: 250 * KB, html: 90 * KB };

test('bytes: JavaScript under 50 KB and the first view under 250 KB, gzip', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto('/', { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const first = bytesOf(urls, 'dist');
  expect(first.html, 'story HTML, gzip').toBeLessThanOrEqual(BUDGET.html);
  expect(first.total, 'first view, gzip').toBeLessThanOrEqual(BUDGET.firstView);
  // Scroll to the end: every island has loaded by then.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 700) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  await page.waitForTimeout(300);
  const all = bytesOf(urls, 'dist');
  expect(all.js, 'all JavaScript of the story page, gzip').toBeLessThanOrEqual(BUDGET.js);
  expect(all.fonts, 'no web fonts: system fonts only').toBe(0);
});

test('no layout shift while loading and while scrolling the whole story', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cls: number }).cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/', { waitUntil: 'load' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
  expect(cls, 'cumulative layout shift').toBeLessThan(0.005);
});

test('no long task while the story loads and hydrates', async ({ page }) => {
  // A first visit warms the browser's caches and compilers, which are not the page's cost.
  await page.goto('/', { waitUntil: 'load' });
  await page.addInitScript(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.reload({ waitUntil: 'load' });
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)).toEqual([]);
});

test('nothing is requested from another origin, on any page', async ({ page }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') foreign.push(r.url());
  });
  for (const path of ['/', '/static/', '/sources/']) {
    await page.goto(path, { waitUntil: 'load' });
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 900) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
  }
  expect(foreign).toEqual([]);
});
