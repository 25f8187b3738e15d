// The tracker at scale: copy the project to a temporary folder, append N generated strikes to the
// copy's table (gen-strikes.mjs), build it, and measure what grows: build seconds, pages, the
// /strikes/ first view (gzip, both editions) and the story page. The generated table lives and dies
// in the copy; the project's own content/data/strikes.csv is never touched.
// Usage: node tests/bench/scale.mjs [N ...]   (default 5000; several N build several copies)
// Exits non-zero when a budget is broken. GEN_STRIKES names gen-strikes.mjs if it is not in ../shared/tools.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { bytesOf } from './pages.mjs';

const KB = 1024;
// The brief's budget for the tracker's first view; the story's own (tests/e2e/budgets.spec.ts) for its HTML.
export const BUDGET = { trackerFirstView: 150 * KB, storyHtml: 64 * KB };
const PROJECT = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'svelte.config.js'];
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.SCALE_PORT ?? 4620);

function generator() {
  const found = [process.env.GEN_STRIKES, '../shared/tools/gen-strikes.mjs', '../../shared/tools/gen-strikes.mjs'].filter(Boolean).map((p) => resolve(p)).find((p) => existsSync(p));
  if (!found) throw new Error('gen-strikes.mjs not found: set GEN_STRIKES to its path');
  return found;
}

const rowsOf = (csv) => readFileSync(csv, 'utf8').split('\n').filter((l) => /^S\d+,/.test(l)).length;
const htmlPages = (dir) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

/** Build a copy of the project with `extra` generated strikes (0: the table as it is) and measure it. */
export async function measure(extra, { browser = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'scale-'));
  try {
    for (const entry of PROJECT) cpSync(entry, join(dir, entry), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    const table = join(dir, 'content/data/strikes.csv');
    if (extra > 0) {
      const gen = spawnSync(process.execPath, [generator(), String(extra), table], { encoding: 'utf8' });
      if (gen.status !== 0) throw new Error(`gen-strikes failed: ${gen.stderr}`);
      // Generated strikes run years ahead; the story says how far its records were searched, and
      // the build refuses a search date before the latest strike: the copy's search reaches them.
      const last = (readFileSync(table, 'utf8').match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).sort().at(-1);
      const story = join(dir, 'content/story.yaml');
      writeFileSync(story, readFileSync(story, 'utf8').replace(/^(\s*checked: )(\d{4}-\d{2}-\d{2})$/gm, (line, key, date) => (last && last > date ? key + last : line)));
    }
    const strikes = rowsOf(table);
    const started = performance.now();
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      env: { ...process.env, SITE_URL: `http://127.0.0.1:${PORT}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ALLOW_UNRELEASED_ROWS: '1' },
    });
    const seconds = (performance.now() - started) / 1000;
    if (build.status !== 0) throw new Error(`build failed with ${extra} generated strikes:\n${(build.stdout + build.stderr).slice(-4000)}`);
    const dist = join(dir, 'dist');
    const result = { extra, strikes, seconds, secondsPerThousand: seconds / (strikes / 1000), pages: htmlPages(dist) };
    // Every strike has its page in both editions.
    const ids = readFileSync(table, 'utf8').split('\n').filter((l) => /^S\d+,/.test(l)).map((l) => l.slice(0, l.indexOf(',')).toLowerCase());
    result.missingPages = ids.filter((id) => !existsSync(join(dist, 'strikes', id, 'index.html')) || !existsSync(join(dist, 'es/strikes', id, 'index.html')));
    // Without JavaScript every strike is on a page of the list: /strikes/, then /strikes/page/2/ …
    for (const lang of ['en', 'es']) {
      const list = join(dist, lang === 'en' ? '' : lang, 'strikes');
      const pages = [join(list, 'index.html'), ...(existsSync(join(list, 'page')) ? readdirSync(join(list, 'page')).map((n) => join(list, 'page', n, 'index.html')) : [])];
      const listed = new Set(pages.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<tr data-id="(S\d+)"/g)].map((m) => m[1].toLowerCase())));
      result[`unlisted_${lang}`] = ids.filter((id) => !listed.has(id));
      result.listPages = pages.length;
    }
    // The filters' data holds every strike.
    result.listRows = JSON.parse(readFileSync(join(dist, 'strikes/list.json'), 'utf8')).rows.length;
    result.storyHtml = { en: gzipSync(readFileSync(join(dist, 'index.html')), { level: 9 }).length, es: gzipSync(readFileSync(join(dist, 'es/index.html')), { level: 9 }).length };
    // The first five cells never hold a comma: id, three dates, the sea.
    result.caribbean = readFileSync(table, 'utf8').split('\n').filter((l) => /^S\d+,/.test(l) && l.split(',')[4] === 'caribbean').length;
    if (browser) result.firstView = await firstViews(dist);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What /strikes/ and /es/strikes/ request until load, fonts and scripts included, gzip. */
async function firstViews(dist) {
  const server = spawn(process.execPath, ['tests/serve.mjs', String(PORT), dist], { stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const b = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    const out = {};
    for (const [lang, path] of [['en', '/strikes/'], ['es', '/es/strikes/']]) {
      const page = await b.newPage({ viewport: { width: 412, height: 823 } });
      const urls = [];
      page.on('request', (r) => urls.push(r.url()));
      await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const bytes = bytesOf(urls, dist);
      const items = page.locator('[data-tracker-list] > tr');
      out[lang] = { total: bytes.total, html: bytes.html, css: bytes.css, js: bytes.js, data: bytes.data, fonts: bytes.fonts, items: await items.count() };
      // A reader filters: the count covers every matching strike, the list shows a page of them and more on demand.
      await page.goto(`http://127.0.0.1:${PORT}${path}?sea=caribbean`, { waitUntil: 'load' });
      await page.locator('[data-tracker-more]:not([hidden])').waitFor({ timeout: 30_000 }).catch(() => {});
      const shown = await items.count();
      const count = await page.locator('[data-tracker-count]').textContent();
      await page.locator('[data-tracker-more] button').click({ timeout: 5_000 }).catch(() => {});
      out[lang].filtered = { shown, count, afterMore: await items.count() };
      await page.close();
    }
    await b.close();
    return out;
  } finally {
    server.kill();
  }
}

/** The broken budgets of one measurement, in words; none is a pass. */
export function broken(r) {
  const out = [];
  if (r.missingPages.length) out.push(`${r.missingPages.length} strikes without their pages (${r.missingPages.slice(0, 3).join(', ')}…)`);
  for (const lang of ['en', 'es']) if (r[`unlisted_${lang}`].length) out.push(`${r[`unlisted_${lang}`].length} strikes on no page of the ${lang} list (${r[`unlisted_${lang}`].slice(0, 3).join(', ')}…)`);
  if (r.listRows !== r.strikes) out.push(`list.json holds ${r.listRows} of ${r.strikes} strikes`);
  for (const lang of ['en', 'es']) {
    if (r.storyHtml[lang] > BUDGET.storyHtml) out.push(`story HTML (${lang}) ${kb(r.storyHtml[lang])} over ${kb(BUDGET.storyHtml)}`);
    if (!r.firstView) continue;
    const fv = r.firstView[lang];
    if (fv.total > BUDGET.trackerFirstView) out.push(`/strikes/ first view (${lang}) ${kb(fv.total)} over ${kb(BUDGET.trackerFirstView)}`);
    // Digits only: "1,234" in English, "1.234" in Spanish.
    if ((fv.filtered.count ?? '').match(/^[\d.,]*/)[0].replace(/\D/g, '') !== String(r.caribbean)) out.push(`filtered to the Caribbean (${lang}), the count reads "${fv.filtered.count}", not ${r.caribbean} strikes`);
    const page = Math.min(100, r.caribbean);
    if (fv.filtered.shown !== page || fv.filtered.afterMore !== Math.min(200, r.caribbean)) out.push(`filtered (${lang}): ${fv.filtered.shown} then ${fv.filtered.afterMore} items drawn, not ${page} then ${Math.min(200, r.caribbean)}`);
  }
  return out;
}

export const kb = (n) => `${(n / KB).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const ns = process.argv.slice(2).map(Number);
  let failed = false;
  for (const n of ns.length ? ns : [5000]) {
    const r = await measure(n);
    const fv = r.firstView;
    console.log(
      `${r.strikes} strikes (+${n}): build ${r.seconds.toFixed(1)} s (${r.secondsPerThousand.toFixed(1)} s per 1,000 strikes), ${r.pages} pages (the list in ${r.listPages}); ` +
        `/strikes/ first view ${kb(fv.en.total)} en, ${kb(fv.es.total)} es (html ${kb(fv.en.html)}, js ${kb(fv.en.js)}, css ${kb(fv.en.css)}, fonts ${kb(fv.en.fonts)}; ${fv.en.items} items); ` +
        `story HTML ${kb(r.storyHtml.en)} en, ${kb(r.storyHtml.es)} es; filtered to the Caribbean: "${fv.en.filtered.count}", ${fv.en.filtered.shown} drawn, ${fv.en.filtered.afterMore} after "show more"`,
    );
    const problems = broken(r);
    for (const p of problems) console.error(`  over budget: ${p}`);
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
