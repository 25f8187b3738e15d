import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { LinkChecker } from 'linkinator';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CSP, headerRules } from '../../src/lib/build/headers';
import { buildEnv } from '../cleanEnv';
import { freePort } from '../ports';

/**
 * A newsroom host: the site built for a path of its own (BASE_PATH) on a known origin
 * (SITE_URL), served by nginx with the strict policy of src/lib/build/headers.ts, exactly as
 * the README tells hosts to. Every link must resolve there and every page run without a
 * single CSP violation or console error.
 */
// A free port (tests/ports.ts), found before the build: the build writes the origin into the pages.
let PORT = 0;
const BASE = '/news/boat-strikes/';
let ORIGIN = '';
const ROOT = process.cwd();

let dir = '';
let nginx: ChildProcess | undefined;
let browser: Browser | undefined;

function nginxConf(root: string): string {
  const [all, assets] = headerRules(BASE);
  const add = (h: Record<string, string>) => Object.entries(h).map(([k, v]) => `      add_header ${k} "${v}" always;`).join('\n');
  return `worker_processes 1;
user root;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  types { application/manifest+json webmanifest; text/csv csv; }
  access_log off;
  gzip on;
  gzip_types text/css application/javascript image/svg+xml text/csv application/json application/manifest+json;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${PORT};
    root ${root};
    location ${BASE} {
${add(all.headers)}
      error_page 404 ${BASE}404.html;
      try_files $uri $uri/ =404;
      location ~ ^${BASE}(_astro|props)/ {
${add({ ...all.headers, ...assets.headers })}
      }
    }
  }
}
`;
}

beforeAll(async () => {
  PORT = await freePort();
  ORIGIN = `http://127.0.0.1:${PORT}`;
  dir = mkdtempSync(join(tmpdir(), 'host-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'tmp'));
  const out = join(dir, 'www', BASE);
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnv({ BASE_PATH: BASE, SITE_URL: ORIGIN }),
    timeout: 180_000,
  });
  if (build.status !== 0) throw new Error(`build for ${BASE} failed:\n${build.stdout}\n${build.stderr}`);
  writeFileSync(join(dir, 'nginx.conf'), nginxConf(join(dir, 'www')));
  nginx = spawn(existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx', ['-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`${ORIGIN}${BASE}`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  nginx?.kill('SIGQUIT');
  await new Promise((r) => setTimeout(r, 300));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function pages(): string[] {
  const root = join(dir, 'www', BASE);
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.html') ? [join(d, e.name)] : []));
  return walk(root).map((f) => `${BASE}${relative(root, f).replace(/index\.html$/, '').replace(/\\/g, '/')}`);
}

describe(`the site under ${BASE}, served by nginx with a strict CSP`, () => {
  test('every page, asset, data file and link resolves: zero broken links', { timeout: 180_000 }, async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${ORIGIN}${BASE}`,
      recurse: true,
      concurrency: 4,
      // Sources are other sites; this machine reaches none, so only our own origin is checked.
      linksToSkip: [`^(?!${ORIGIN.replace(/\./g, '\\.')})`],
    });
    const checked = result.links.filter((l) => l.state !== 'SKIPPED');
    const broken = checked.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url} (on ${l.parent})`);
    expect(broken).toEqual([]);
    const urls = new Set(checked.map((l) => new URL(l.url).pathname));
    // The crawl reached both editions, the embeds, the data files and the share image.
    for (const p of ['', 'es/', 'static/', 'es/sources/', 'embed/buildup/', 'es/embed/union/', 'data/strikes.csv', 'favicon.svg']) {
      expect(urls, p).toContain(`${BASE}${p}`);
    }
    expect(checked.length).toBeGreaterThanOrEqual(40);
    expect([...urls].filter((u) => !u.startsWith(BASE))).toEqual([]);
  });

  test('every address in every page, SVG <use> references, scripts started after paint and figure data included, answers 200 under the base path', { timeout: 60_000 }, async () => {
    const root = join(dir, 'www', BASE);
    const refs = new Set<string>();
    for (const path of pages()) {
      const html = readFileSync(join(root, path.slice(BASE.length), path.endsWith('.html') ? '' : 'index.html'), 'utf8');
      for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const url = new URL(m[1].replace(/&amp;/g, '&'), `${ORIGIN}${path}`);
        if (url.origin === ORIGIN) refs.add(url.pathname);
      }
      // Scripts are listed for the starter (AFTER_PAINT) and figure data sits in data-props: no href or src.
      const started = /<script type="application\/json" id="after-paint">(.*?)<\/script>/.exec(html);
      for (const src of started ? (JSON.parse(started[1]) as string[]) : []) refs.add(new URL(src, `${ORIGIN}${path}`).pathname);
      for (const m of html.matchAll(/\sdata-props="([^"]+)"/g)) refs.add(new URL(m[1], `${ORIGIN}${path}`).pathname);
    }
    expect(refs).toContain(`${BASE}basemap.svg`);
    expect([...refs].filter((r) => r.endsWith('.js')).length, 'scripts').toBeGreaterThan(2);
    expect([...refs].filter((r) => r.endsWith('.json')).length, 'figure data').toBeGreaterThanOrEqual(6);
    const failed: string[] = [];
    for (const ref of refs) {
      const res = await fetch(`${ORIGIN}${ref}`);
      if (res.status !== 200) failed.push(`${res.status} ${ref}`);
      if (!ref.startsWith(BASE)) failed.push(`outside the base path: ${ref}`);
    }
    expect(failed).toEqual([]);
    expect(refs.size).toBeGreaterThan(40);
  });

  test('the sitemap, robots.txt, share image and manifest point at real files on the configured origin', async () => {
    const robots = await (await fetch(`${ORIGIN}${BASE}robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap.xml`);
    const sitemap = await (await fetch(`${ORIGIN}${BASE}sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${ORIGIN}${BASE}es/`);
    for (const loc of locs) expect((await fetch(loc)).status, loc).toBe(200);
    const html = await (await fetch(`${ORIGIN}${BASE}es/`)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)![1];
    expect(image).toBe(`${ORIGIN}${BASE}es/share.png`);
    const png = await fetch(image);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    // PNG header: width and height at bytes 16–23, big-endian.
    const view = new DataView(bytes.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
    expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}es/">`);
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="${ORIGIN}${BASE}">`);
    const manifest = await (await fetch(`${ORIGIN}${BASE}es/manifest.webmanifest`)).json();
    expect(manifest.start_url).toBe(`${BASE}es/`);
    expect((await fetch(`${ORIGIN}${BASE}no-such-page/`)).status).toBe(404);
  });

  test('the policy header is on every response, assets are immutable, pages revalidate', async () => {
    const page = await fetch(`${ORIGIN}${BASE}`);
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('cache-control')).toBeNull();
    const script = JSON.parse(/<script type="application\/json" id="after-paint">(.*?)<\/script>/.exec(await page.text())![1])[0];
    const asset = await fetch(`${ORIGIN}${script}`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toBe(CSP);
    // A figure's props file is named by its content too, and cached as long.
    const html = await (await fetch(`${ORIGIN}${BASE}`)).text();
    const props = /data-props="([^"]+)"/.exec(html)![1].replace(/&amp;/g, '&');
    expect(props.startsWith(`${BASE}props/`), props).toBe(true);
    const file = await fetch(`${ORIGIN}${props}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  test('the web fonts load from under the base path, in both editions', { timeout: 60_000 }, async () => {
    for (const path of [BASE, `${BASE}es/`]) {
      const context = await browser!.newContext({ viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      const fonts: { url: string; status: number }[] = [];
      page.on('response', (r) => r.request().resourceType() === 'font' && fonts.push({ url: r.url(), status: r.status() }));
      await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
      });
      expect(fonts.length, path).toBeGreaterThanOrEqual(2);
      for (const f of fonts) {
        expect(f.url.startsWith(`${ORIGIN}${BASE}_astro/`), f.url).toBe(true);
        expect(f.status, f.url).toBe(200);
      }
      expect(new Set(loaded), path).toEqual(new Set(['Source Serif 4', 'Source Sans 3']));
      await context.close();
    }
  });

  test('every page runs under the policy: no violation, no console error, no request off the origin, figures hydrate', { timeout: 180_000 }, async () => {
    const all = pages();
    expect(all.length).toBeGreaterThanOrEqual(19);
    // The strike pages share one template: of those, the first and the last of each edition.
    const strike = /\/strikes\/s\d+\/$/;
    const sampled = ['', 'es/'].flatMap((l) => {
      const ids = all.filter((p) => strike.test(p) && p.startsWith(`${BASE}${l}strikes/`)).sort();
      return ids.length ? [ids[0], ids.at(-1)!] : [];
    });
    expect(sampled).toHaveLength(4);
    const list = [...all.filter((p) => !strike.test(p)), ...sampled];
    for (const path of list) {
      const context = await browser!.newContext({ viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('request', (r) => !r.url().startsWith(ORIGIN) && !r.url().startsWith('data:') && problems.push(`request to ${r.url()}`));
      await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
      const res = await page.goto(`${ORIGIN}${path}`);
      expect(res?.status(), path).toBe(200);
      // Islands hydrate as their section nears the view (islands.ts): the first at once, one further down once scrolled to.
      const live = () => page.waitForFunction(() => [...document.querySelectorAll('[data-island]:not([data-hydrated])')].every((el) => { const r = (el.closest('[data-scrolly]') ?? el.parentElement!).getBoundingClientRect(); return r.bottom <= 0 || r.top >= innerHeight; }), undefined, { timeout: 15_000 });
      await live();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 3));
      await live();
      await page.waitForTimeout(300);
      expect(problems, path).toEqual([]);
      await context.close();
    }
  });
});
