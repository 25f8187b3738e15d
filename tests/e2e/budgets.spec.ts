import { expect, test } from './fixtures';
import { bytesOf as bytesOfJs } from '../bench/pages.mjs';
import { hydrateAll, hydrated } from './helpers';

// A plain ES module shared with the benchmark (tests/bench); typed here.
type Bytes = Record<'html' | 'css' | 'js' | 'data' | 'fonts' | 'images' | 'other' | 'total', number>;
const bytesOf = bytesOfJs as unknown as (urls: string[], root: string) => Bytes;

/**
 * The deterministic budgets of the story page (issue 7; timings stay in `npm run bench`):
 * bytes per page, no layout shift, no long task while loading, nothing from another origin.
 */
const KB = 1024;
// HTML: on a slow link TCP delivers about 14 KB in the first round trip and 29 KB in the second.
// The browser paints what has arrived (the masthead and the first section sit in the first 14 KB);
// what comes after is the rest of the story, ~36 KB with the figures' first states, and each
// step's figure for readers without JavaScript, ~11 KB, in <noscript>: bytes, but with
// JavaScript never parsed, drawn or fetched from (ScrollyStep.astro). Since Dec. 2026 the update
// carries every thread to its latest sourced event (the union idea, the election, the end of
// Petro's term) and the corrections log has eleven entries: ~4 KB more of text, the Spanish
// edition's the longer (61 KB). 64 KB keeps margin; the first round trip still holds the masthead.
// Fonts: the two families' subsets (src/integrations/fonts.ts), about 10-16 KB a face; the page loads
// each face its laid-out text uses (five of six: the italic run-ins are further down).
const BUDGET = { js: 40 * KB, firstView: 250 * KB, html: 64 * KB, fonts: 80 * KB, firstViewFonts: 64 * KB };

test('bytes: JavaScript under 40 KB and the first view, its fonts included, under 250 KB, gzip', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto('/', { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const first = bytesOf(urls, 'dist');
  expect(first.html, 'story HTML, gzip').toBeLessThanOrEqual(BUDGET.html);
  expect(first.fonts, 'the first view loads the body font').toBeGreaterThan(0);
  expect(first.fonts, 'fonts of the first view').toBeLessThanOrEqual(BUDGET.firstViewFonts);
  expect(first.total, 'first view with its fonts, gzip').toBeLessThanOrEqual(BUDGET.firstView);
  // Scroll to the end: every island has loaded by then.
  await hydrateAll(page);
  await page.waitForTimeout(300);
  const all = bytesOf(urls, 'dist');
  expect(all.js, 'all JavaScript of the story page, gzip').toBeLessThanOrEqual(BUDGET.js);
  expect(all.fonts, 'every font the story loads').toBeLessThanOrEqual(BUDGET.fonts);
});

test('at load only the figures near the view are fetched: a far section\'s component and data wait until it approaches', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  await page.goto('/', { waitUntil: 'load' });
  await hydrated(page);
  await page.waitForTimeout(500);
  // The opening's figure is in view and live; the union figure, six sections down, is neither fetched nor hydrated.
  await expect(page.locator('#strikes [data-island]').first()).toHaveAttribute('data-hydrated', '');
  const union = page.locator('#union [data-island]');
  const props = (await union.getAttribute('data-props'))!;
  expect(urls.filter((u) => u.endsWith('.json')).length, 'the figure in view has its data').toBeGreaterThan(0);
  expect(urls, 'the far figure\'s data').not.toContain(new URL(props, page.url()).pathname);
  expect(urls.filter((u) => /figure-union\./.test(u)), 'the far figure\'s component').toEqual([]);
  await expect(union).not.toHaveAttribute('data-hydrated');
  // Two screens above it, it loads and hydrates while still out of view.
  await page.evaluate(() => {
    const top = document.querySelector('#union [data-scrolly]')!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - 2 * window.innerHeight, behavior: 'instant' });
  });
  await expect(union).toHaveAttribute('data-hydrated', '', { timeout: 5000 });
  expect(urls.filter((u) => /figure-union\./.test(u)).length).toBeGreaterThan(0);
  expect(urls).toContain(new URL(props, page.url()).pathname);
});

test('the fonts come from the site itself: the first view\'s faces preloaded, each family drawn from its own file', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
  await page.goto('/', { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  // Same origin, under the site's base (the budget test above counts them from dist/).
  expect(fonts.length).toBeGreaterThan(0);
  for (const url of fonts) expect(new URL(url).pathname, url).toMatch(/^\/_astro\/[\w-]+\.[\w-]+\.woff2$/);
  // The first view's faces: body text, the headline, the figure's labels (PRELOAD in src/lib/text/fonts.ts).
  const preloads = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
  expect(preloads.map((h) => /\/_astro\/([\w-]+)\.[\w-]+\.woff2$/.exec(h)?.[1])).toEqual(['serif-400-normal', 'sans-700-normal', 'sans-400-normal']);
  for (const face of ['serif-400-normal', 'sans-700-normal', 'sans-400-normal']) expect(fonts.some((u) => u.includes(face)), `the preloaded ${face} is used`).toBe(true);
  const used = await page.evaluate(() => ({
    body: getComputedStyle(document.querySelector('.prose p, main p')!).fontFamily,
    h1: getComputedStyle(document.querySelector('h1')!).fontFamily,
    bodySize: parseFloat(getComputedStyle(document.querySelector('.prose p, main p')!).fontSize),
    serif: document.fonts.check('16px "Source Serif 4"'),
    sans: document.fonts.check('bold 16px "Source Sans 3"'),
    loaded: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => `${f.family} ${f.weight} ${f.style}`),
  }));
  expect(used.body).toMatch(/^"Source Serif 4"/);
  expect(used.h1).toMatch(/^"Source Sans 3"/);
  expect(used.bodySize, 'body text stays at 18 px or more').toBeGreaterThanOrEqual(18);
  expect(used.loaded.map((f) => f.replace(/"/g, ''))).toEqual(expect.arrayContaining(['Source Serif 4 400 normal', 'Source Sans 3 700 normal']));
  expect(used.serif && used.sans).toBe(true);
});

test('while the fonts load, a local font sized to their metrics stands in: the fallback faces are declared', { tag: '@edition' }, async ({ page }) => {
  await page.goto('/', { waitUntil: 'load' });
  const fallbacks = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules]
        .filter((r): r is CSSFontFaceRule => r instanceof CSSFontFaceRule && /fallback/.test(r.style.getPropertyValue('font-family')))
        .map((r) => ({
          family: r.style.getPropertyValue('font-family').replace(/"/g, ''),
          src: r.style.getPropertyValue('src'),
          size: r.style.getPropertyValue('size-adjust'),
          ascent: r.style.getPropertyValue('ascent-override'),
        })),
    ),
  );
  for (const family of ['Source Serif 4 fallback Georgia', 'Source Serif 4 fallback Times', 'Source Sans 3 fallback Arial']) {
    const face = fallbacks.find((f) => f.family === family);
    expect(face, family).toBeDefined();
    expect(face!.src).toMatch(/^local\(/);
    expect(face!.size).toMatch(/^\d+(\.\d+)?%$/);
    expect(face!.size).not.toBe('100%');
    expect(face!.ascent).toMatch(/%$/);
  }
  const stack = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(stack).toMatch(/^"Source Serif 4", "Source Serif 4 fallback Georgia", "Source Serif 4 fallback Times"/);
});

test("each edition's scripts carry its own words and not the other edition's", { tag: '@edition' }, async ({ page, edition }) => {
  const scripts: string[] = [];
  page.on('response', async (r) => {
    if (r.url().endsWith('.js')) scripts.push(await r.text());
  });
  await page.goto('/', { waitUntil: 'load' });
  await hydrateAll(page);
  await page.waitForTimeout(300);
  // Each edition's title of the troop chart, drawn in the browser (src/lib/i18n/en.ts, es.ts): a page's scripts hold its own only.
  const words = { en: 'U.S. troops in the region, as published', es: 'Efectivos de EE. UU. en la región, según lo publicado' };
  const js = scripts.join('\n');
  expect(js, 'the edition\'s own words').toContain(words[edition]);
  expect(js, 'the other edition\'s words').not.toContain(words[edition === 'en' ? 'es' : 'en']);
});

test('nothing but the page and its stylesheet comes before the first paint: scripts, figure data and the basemap wait', async ({ page }) => {
  await page.goto('/', { waitUntil: 'load' });
  await hydrateAll(page);
  // The maps ask for the basemap once hydrated; its entry appears when it has arrived.
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('basemap.svg')));
  const { fcp, requests } = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    requests: performance.getEntriesByType('resource').map((r) => ({ name: new URL(r.name).pathname, start: r.startTime })),
  }));
  const late = (re: RegExp) => requests.filter((r) => re.test(r.name));
  // Each kind is there (the test would pass vacuously otherwise), and each starts after the paint.
  for (const re of [/\.js$/, /\.json$/, /basemap\.svg$/]) {
    expect(late(re).length, `${re} requested`).toBeGreaterThan(0);
    expect(late(re).filter((r) => r.start < fcp), `${re} requested before the first paint (${Math.round(fcp)} ms)`).toEqual([]);
  }
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

test('no long task while the story loads and hydrates the figure in view', { tag: '@timing' }, async ({ page }) => {
  // A first visit warms the browser's caches and compilers, which are not the page's cost.
  await page.goto('/', { waitUntil: 'load' });
  await page.addInitScript(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (window as unknown as { longTasks: number[] }).longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  // The quietest of several loads: a task the page makes long is long in every load, while a
  // busy machine (CI shares two cores with the test runner) can stretch a 30 ms task in one.
  // Up to five loads, stopping at the first clean one: a page that makes a task long never gets one.
  const loads: number[][] = [];
  for (let i = 0; i < 5 && !loads.some((tasks) => tasks.length === 0); i++) {
    await page.reload({ waitUntil: 'load' });
    await hydrated(page, 5000);
    await page.waitForTimeout(300);
    loads.push(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks));
  }
  expect(loads.some((tasks) => tasks.length === 0), `long tasks (ms) in each load: ${JSON.stringify(loads)}`).toBe(true);
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
