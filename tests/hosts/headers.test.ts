import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/build/headers';

/**
 * The headers the hosting guide tells hosts to send are the headers the build writes
 * (dist/_headers, which Netlify and Cloudflare Pages read, and tests/serve.mjs serves): the plain
 * list, the assets' caching, and the nginx recipe, header for header and value for value.
 * Needs `npm run build` first. The guide is whichever Markdown file at the root carries the
 * policy (README.md today), so it can move without this test being edited.
 */
const guides = readdirSync('.').filter((f) => f.endsWith('.md') && readFileSync(f, 'utf8').includes('Content-Security-Policy'));
const guide = guides.map((f) => readFileSync(f, 'utf8')).join('\n');
const fences = [...guide.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({ lang: m[1], body: m[2] }));

function built() {
  expect(existsSync('dist/_headers'), 'run `npm run build` first').toBe(true);
  const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
  // Base "/" (the main build): a page, and a hashed asset.
  return { rules, page: headersFor(rules, '/'), asset: headersFor(rules, '/_astro/app.Ab12cd.js'), props: headersFor(rules, '/props/casualties.0a1b2c3d.json') };
}

/** `location` blocks of an nginx recipe, each with the headers it adds (nginx does not inherit add_header into a block with its own). */
function nginxLocations(conf: string): { path: string; headers: Record<string, string> }[] {
  const out: { path: string; headers: Record<string, string> }[] = [];
  const stack: { path: string; headers: Record<string, string> }[] = [];
  for (const line of conf.split('\n').map((l) => l.trim())) {
    const open = /^location\s+(?:[~=^*]+\s+)?(\S+)\s*\{$/.exec(line);
    if (open) {
      const block = { path: open[1], headers: {} };
      out.push(block);
      stack.push(block);
    } else if (line === '}') stack.pop();
    else {
      const add = /^add_header\s+(\S+)\s+"([^"]*)"(?:\s+always)?;$/.exec(line);
      if (add) stack.at(-1)!.headers[add[1]] = add[2];
    }
  }
  return out;
}

describe('the headers documented for hosts are the headers the build writes', () => {
  test('there is a guide, and the build wrote rules for pages and for assets', () => {
    expect(guides.length, 'a Markdown file at the root documents the headers').toBeGreaterThan(0);
    const { rules, page, asset } = built();
    expect(rules.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(page).length).toBeGreaterThan(0);
    expect(asset['Cache-Control']).toBeDefined();
  });

  test('the list of headers to send is, name for name and value for value, what every page is sent', () => {
    const { page } = built();
    // The fenced block of bare "Name: value" lines.
    const lists = fences.filter((f) => f.body.trim() && f.body.trim().split('\n').every((l) => /^[A-Za-z][\w-]*: \S/.test(l)));
    expect(lists, 'one list of headers in the guide').toHaveLength(1);
    const documented = Object.fromEntries(lists[0].body.trim().split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
    expect(documented).toEqual(page);
    // "the three headers above" (CloudFront) counts them right.
    const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
    for (const m of guide.matchAll(/\bthe (\w+) headers above\b/g)) expect(NUMBERS[m[1]] ?? Number(m[1]), m[0]).toBe(Object.keys(page).length);
  });

  test('the caching the guide gives hashed assets is the build’s, and the build sets none for pages', () => {
    const { page, asset } = built();
    const documented = [...guide.matchAll(/`Cache-Control: ([^`]+)`/g)].map((m) => m[1]);
    expect(documented, 'the guide names the assets’ Cache-Control').toContain(asset['Cache-Control']);
    // Pages keep the host's default (revalidate), so a correction reaches readers at once.
    expect(page['Cache-Control']).toBeUndefined();
    // Every other header the assets get is the pages' own.
    const { 'Cache-Control': _, ...rest } = asset;
    expect(rest).toEqual(page);
  });

  test('the nginx recipe adds, in each location, exactly the headers the build writes for it', () => {
    const { page, asset } = built();
    const recipes = fences.filter((f) => f.lang === 'nginx');
    expect(recipes.length, 'an nginx recipe in the guide').toBeGreaterThan(0);
    for (const recipe of recipes) {
      const locations = nginxLocations(recipe.body).filter((l) => Object.keys(l.headers).length);
      // A plain prefix (/x/_astro/) or a regex naming both folders the build names by content (/x/(_astro|props)/).
      const assets = locations.filter((l) => /_astro/.test(l.path));
      const pages = locations.filter((l) => !/_astro/.test(l.path));
      const { props } = built();
      expect(props, 'the props files are cached as the assets are').toEqual(asset);
      expect(assets.some((l) => /props/.test(l.path)), 'the recipe caches props/ as it does _astro/').toBe(true);
      expect(assets.length, 'a location for _astro/').toBeGreaterThan(0);
      expect(pages.length, 'a location for the pages').toBeGreaterThan(0);
      for (const l of pages) expect(l.headers, l.path).toEqual(page);
      for (const l of assets) expect(l.headers, l.path).toEqual(asset);
    }
  });
});
