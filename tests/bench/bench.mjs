// npm run bench: build, serve dist/ on loopback, and measure the story against a baseline page
// of the same text with no figures and no JavaScript. Writes reports/bench.json and prints a table.
// Timings are noisy on a shared 2-core machine: this is not part of CI (the deterministic
// budgets are, in tests/e2e/budgets.spec.ts). BENCH_RUNS sets the Lighthouse runs (default 3),
// BENCH_SCROLL_RUNS the scroll passes per pace (default 3). Last, the scale line: the build
// seconds per 1,000 strikes with the table as it is, 10 and 100 times larger (generated rows, in
// a temporary copy: tests/bench/scale.mjs); BENCH_SCALE=0 skips it (the 100x build takes minutes).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';
import { baselineOf, bytesOf, jsByFigure } from './pages.mjs';
import { kb as kbOf, measure } from './scale.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// Scroll passes per pace (median): one pass swings by a point on a shared machine.
const SCROLL_RUNS = Number(process.env.BENCH_SCROLL_RUNS ?? 3);
// BENCH_PORT: each agent or CI job on a shared machine its own port. BENCH_DIST: measure a saved
// build (with BENCH_NO_BUILD=1), e.g. the commit before a change, back to back with the change.
const PORT = Number(process.env.BENCH_PORT ?? 4499);
const DIST = process.env.BENCH_DIST ?? 'dist';
const BASE = `http://127.0.0.1:${PORT}`;
const spread = (passes) => passes.map((p) => p.pctUnder16ms).sort((a, b) => a - b).map((v) => v.toFixed(1)).join(' ');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// 1. Build, and lay out what the server serves: the site plus the baseline page.
if (!process.env.BENCH_NO_BUILD) {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env: { ...process.env, SITE_URL: BASE, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const root = mkdtempSync(join(tmpdir(), 'bench-'));
cpSync(DIST, root, { recursive: true });
mkdirSync(join(root, 'baseline'));
writeFileSync(join(root, 'baseline', 'index.html'), baselineOf(readFileSync(join(DIST, 'index.html'), 'utf8')));
const server = spawn(process.execPath, ['tests/serve.mjs', String(PORT), root], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 400));

const report = { date: new Date().toISOString(), runs: RUNS, lighthouse: {}, scroll: {}, bytes: {} };
try {
  // 2. Lighthouse, mobile preset (simulated slow 4G, 4x CPU slowdown), medians of RUNS.
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: FLAGS });
  for (const [name, path] of [['story', '/'], ['baseline', '/baseline/']]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(`${BASE}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      runs.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        bestPractices: lhr.categories['best-practices'].score * 100,
        seo: lhr.categories.seo.score * 100,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        speedIndex: lhr.audits['speed-index'].numericValue,
      });
    }
    report.lighthouse[name] = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
  }
  await chrome.kill();
  const s = report.lighthouse.story;
  const b = report.lighthouse.baseline;
  report.lighthouse.ratio = { lcp: s.lcp / b.lcp, tbt: b.tbt ? s.tbt / b.tbt : null, speedIndex: s.speedIndex / b.speedIndex };

  // 3. Scroll the whole story with a 4x slower CPU, at a reading pace and at a fling.
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS.slice(1) });
  for (const [pace, pxPerFrame] of [['reading', 12], ['fling', 90]]) {
    const passes = [];
    for (let run = 0; run < SCROLL_RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${BASE}/`, { waitUntil: 'load' });
      await page.waitForTimeout(1000);
      passes.push(await page.evaluate(
        ({ pxPerFrame, trigger, FRAME_MS }) =>
          new Promise((done) => {
            const longTasks = [];
            new PerformanceObserver((l) => longTasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
            const sections = [...document.querySelectorAll('[data-scrolly]')].map((root) => ({
              host: root.querySelector('[data-figure]'),
              tops: [...root.querySelectorAll('[data-step]')].map((el) => el.getBoundingClientRect().top + window.scrollY),
              expected: -1,
              since: 0,
            }));
            const line = () => window.scrollY + trigger * window.innerHeight;
            const frames = [];
            const latencies = [];
            const end = document.documentElement.scrollHeight - window.innerHeight;
            let last = performance.now();
            const tick = (now) => {
              frames.push(now - last);
              last = now;
              for (const s of sections) {
                let expected = 0;
                s.tops.forEach((t, i) => { if (t <= line()) expected = i; });
                if (expected !== s.expected) { s.expected = expected; s.since = now; s.waiting = true; }
                if (s.waiting && Number(s.host.dataset.activeStep) === s.expected) { latencies.push(now - s.since); s.waiting = false; }
              }
              if (window.scrollY >= end) {
                // A frame is late when its interval exceeds one 60 Hz period. Chromium quantizes
                // performance.now() to 0.1 ms, so an on-time frame reads 16.6–16.8 ms: half a
                // millisecond of tolerance keeps clock rounding from counting as a dropped frame
                // (a dropped frame reads about 33 ms).
                const slow = frames.filter((f) => f > FRAME_MS + 0.5).length;
                done({ frames: frames.length, framesOver16ms: slow, pctUnder16ms: 100 * (1 - slow / frames.length), longestFrame: Math.max(...frames), longTasks: longTasks.length, longestTask: Math.max(0, ...longTasks), stepLatencyMedian: latencies.sort((a, b) => a - b)[Math.floor(latencies.length / 2)] ?? 0, stepLatencyMax: Math.max(0, ...latencies), stepsCrossed: latencies.length });
                return;
              }
              window.scrollBy(0, pxPerFrame);
              requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          }),
        { pxPerFrame, trigger: 0.72, FRAME_MS: 16.7 },
      ));
      await page.close();
    }
    // Medians of the passes, except that a long task in any pass counts: the target is none.
    const mid = (k) => median(passes.map((p) => p[k]));
    report.scroll[pace] = {
      passes,
      frames: mid('frames'),
      pctUnder16ms: mid('pctUnder16ms'),
      longestFrame: mid('longestFrame'),
      longTasks: Math.max(...passes.map((p) => p.longTasks)),
      longestTask: Math.max(...passes.map((p) => p.longestTask)),
      stepLatencyMedian: mid('stepLatencyMedian'),
      stepLatencyMax: Math.max(...passes.map((p) => p.stepLatencyMax)),
    };
  }

  // 4. Bytes, gzip: what the first view requests, and everything after scrolling to the end.
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto(`${BASE}/`, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  report.bytes.firstView = bytesOf(urls, root);
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  await page.waitForTimeout(500);
  report.bytes.fullScroll = bytesOf(urls, root);
  report.bytes.jsByFigure = jsByFigure(report.bytes.fullScroll.files);
  await browser.close();
} finally {
  server.kill();
  rmSync(root, { recursive: true, force: true });
}

// 5. Scale: the same project with 10 and 100 times the strikes (the table as it is, then 9x and 99x generated rows).
if (process.env.BENCH_SCALE !== '0') {
  const real = readFileSync('content/data/strikes.csv', 'utf8').split('\n').filter((l) => /^S\d+,/.test(l)).length;
  report.scale = [];
  for (const times of [1, 10, 100]) {
    const r = await measure((times - 1) * real, { browser: times === 100 });
    report.scale.push({ times, strikes: r.strikes, seconds: r.seconds, secondsPerThousand: r.secondsPerThousand, pages: r.pages, firstView: r.firstView ?? null });
  }
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify(report, null, 2));

const L = report.lighthouse;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${Math.round(n)} ms`;
const rows = [
  ['Lighthouse (mobile, median of ' + RUNS + ')', 'story', 'baseline', 'story/baseline'],
  ['Performance', L.story.performance, L.baseline.performance, ''],
  ['Accessibility', L.story.accessibility, L.baseline.accessibility, ''],
  ['Best practices', L.story.bestPractices, L.baseline.bestPractices, ''],
  ['SEO', L.story.seo, L.baseline.seo, ''],
  ['LCP', ms(L.story.lcp), ms(L.baseline.lcp), L.ratio.lcp.toFixed(2)],
  ['TBT', ms(L.story.tbt), ms(L.baseline.tbt), L.ratio.tbt === null ? '-' : L.ratio.tbt.toFixed(2)],
  ['CLS', L.story.cls.toFixed(3), L.baseline.cls.toFixed(3), ''],
  ['Speed Index', ms(L.story.speedIndex), ms(L.baseline.speedIndex), L.ratio.speedIndex.toFixed(2)],
  [`Scroll, 4x CPU (median of ${SCROLL_RUNS})`, 'reading', 'fling', ''],
  ['Long tasks (> 50 ms, any pass)', report.scroll.reading.longTasks, report.scroll.fling.longTasks, ''],
  ['Frames under 16.7 ms (+0.5 ms clock)', `${report.scroll.reading.pctUnder16ms.toFixed(1)}%`, `${report.scroll.fling.pctUnder16ms.toFixed(1)}%`, ''],
  ['  passes, lowest to highest', spread(report.scroll.reading.passes), spread(report.scroll.fling.passes), ''],
  ['Longest frame', ms(report.scroll.reading.longestFrame), ms(report.scroll.fling.longestFrame), ''],
  ['Step crossing -> figure (median / max)', `${ms(report.scroll.reading.stepLatencyMedian)} / ${ms(report.scroll.reading.stepLatencyMax)}`, `${ms(report.scroll.fling.stepLatencyMedian)} / ${ms(report.scroll.fling.stepLatencyMax)}`, ''],
  ['Bytes (gzip)', 'first view', 'full scroll', ''],
  ...['html', 'css', 'js', 'data', 'fonts', 'images', 'total'].map((k) => [k, kb(report.bytes.firstView[k]), kb(report.bytes.fullScroll[k]), '']),
];
const width = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(width[i])).join('  ').trimEnd());
console.log(`\nJS per figure (gzip): ${Object.entries(report.bytes.jsByFigure).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
if (report.scale) {
  console.log(`Scale, build seconds per 1,000 strikes: ${report.scale.map((r) => `${r.times}x (${r.strikes}) ${r.secondsPerThousand.toFixed(1)} s`).join(', ')}`);
  const big = report.scale.at(-1);
  if (big.firstView) console.log(`  at ${big.strikes} strikes: ${big.pages} pages, /strikes/ first view ${kbOf(big.firstView.en.total)} en, ${kbOf(big.firstView.es.total)} es (gzip)`);
}
console.log('reports/bench.json written');
