import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { parseCsv } from '../../src/lib/data/csv';
import { typeset } from '../../src/lib/text/typeset';
import { expect, test } from './fixtures';

/**
 * The strike tracker: every strike of content/data/strikes.csv on /strikes/ and on a page of its
 * own, in both editions, without JavaScript; filters kept in the address; feeds that validate.
 */
const { rows } = parseCsv(readFileSync('content/data/strikes.csv', 'utf8'), 'strikes.csv');
const strikes = rows.map((r) => r.values);
const killedOf = (xs: typeof strikes) => xs.reduce((n, s) => n + Number(s.killed), 0);

test('without JavaScript, /strikes/ lists every strike, newest first, each linking to its own page', { tag: '@edition' }, async ({ browser, edition, t }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${edition === 'en' ? '' : `/${edition}`}/strikes/`);
  const items = page.locator('[data-tracker-list] > li');
  await expect(items).toHaveCount(strikes.length);
  await expect(page.locator('[data-tracker-count]')).toHaveText(t.tracker.count(t.number(strikes.length), t.number(killedOf(strikes))));
  const when = await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.when!));
  expect(when).toEqual([...when].sort().reverse());
  for (const s of strikes) {
    await expect(page.locator(`[data-tracker-list] > li[data-id="${s.id}"] h2 a`)).toHaveAttribute('href', new RegExp(`/strikes/${s.id.toLowerCase()}/$`));
  }
  await context.close();
});

test('the counts in dispute: our count, the same with survivors never found, and every published tally as a dot', { tag: '@edition' }, async ({ page, t }) => {
  const tallies = parseCsv(readFileSync('content/data/tallies.csv', 'utf8'), 'tallies.csv').rows.map((r) => r.values);
  const presumed = strikes.reduce((n, s) => n + Number(s.presumed_dead || 0), 0);
  expect(presumed).toBeGreaterThan(0);
  await page.goto('/strikes/');
  const figure = page.locator('figure.dispute');
  await expect(figure.locator('.tally')).toHaveCount(tallies.length);
  const label = await figure.locator('[role="img"]').getAttribute('aria-label');
  expect(label).toContain(t.number(killedOf(strikes)));
  expect(label).toContain(t.number(killedOf(strikes) + presumed));
  await expect(figure.locator('.parts li')).toHaveCount(strikes.filter((s) => Number(s.presumed_dead || 0) > 0).length);
});

test('the story, the methodology and /strikes/ print one gap between the latest published tally and our count', { tag: '@edition' }, async ({ page }) => {
  await page.goto('/');
  const inStory = page.locator('#since [data-gap]').first();
  const inMethodology = page.locator('#sources [data-gap]').first();
  const gap = await inStory.getAttribute('data-gap');
  expect(Number(gap)).toBeGreaterThan(0);
  const words = (await inStory.textContent())!.trim();
  expect(await inMethodology.getAttribute('data-gap')).toBe(gap);
  expect((await inMethodology.textContent())!.trim()).toBe(words);
  await page.goto('/strikes/');
  // The tracker says its age as the story does.
  await expect(page.locator('.masthead .dateline time')).toHaveCount(2);
  const onTracker = page.locator('.dispute [data-gap]');
  expect(await onTracker.getAttribute('data-gap')).toBe(gap);
  expect((await onTracker.textContent())!.trim()).toBe(words);
});

test('a filtered address opens filtered, the count follows, and changing a filter rewrites the address', { tag: '@edition' }, async ({ page, t }) => {
  await page.goto('/strikes/?sea=eastern_pacific&survivors=1');
  const pacificWithSurvivors = strikes.filter((s) => s.region === 'eastern_pacific' && Number(s.survivors || 0) > 0);
  expect(pacificWithSurvivors.length).toBeGreaterThan(0);
  const shown = page.locator('[data-tracker-list] > li:not([hidden])');
  await expect(shown).toHaveCount(pacificWithSurvivors.length);
  await expect(page.locator('[data-tracker-count]')).toHaveText(t.tracker.count(t.number(pacificWithSurvivors.length), t.number(killedOf(pacificWithSurvivors))));
  await expect(page.locator('select[name="sea"]')).toHaveValue('eastern_pacific');
  await expect(page.locator('input[name="survivors"]')).toBeChecked();

  // The reader widens it: the list, the count and the address follow.
  await page.locator('input[name="survivors"]').uncheck();
  const pacific = strikes.filter((s) => s.region === 'eastern_pacific');
  await expect(shown).toHaveCount(pacific.length);
  await expect(page).toHaveURL(/\/strikes\/\?sea=eastern_pacific$/);
  await expect(page.locator('[data-tracker-count]')).toHaveText(t.tracker.count(t.number(pacific.length), t.number(killedOf(pacific))));

  // Most deaths first.
  await page.locator('select[name="sort"]').selectOption('deaths');
  const killed = await shown.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.killed)));
  expect(killed).toEqual([...killed].sort((a, b) => b - a));
  await expect(page).toHaveURL(/sort=deaths/);
});

test('the filters search every strike, fetched once when the reader first filters, and draw each as the page does', async ({ page, t }) => {
  const fetched: string[] = [];
  page.on('request', (r) => /\/strikes\/list\.json$/.test(r.url()) && fetched.push(r.url()));
  await page.goto('/strikes/');
  const items = page.locator('[data-tracker-list] > li');
  await expect(items).toHaveCount(strikes.length);
  // The first view is the page as served: nothing more is fetched until the reader filters.
  await page.waitForTimeout(300);
  expect(fetched, 'no list.json before a filter is used').toEqual([]);
  const served = await items.evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).dataset.id, text: e.textContent, links: [...e.querySelectorAll('a')].map((a) => a.getAttribute('href')) })));

  await page.locator('select[name="sea"]').selectOption('caribbean');
  const caribbean = strikes.filter((s) => s.region === 'caribbean');
  await expect(items).toHaveCount(caribbean.length);
  await expect(page.locator('[data-tracker-count]')).toHaveText(t.tracker.count(t.number(caribbean.length), t.number(killedOf(caribbean))));
  expect(fetched).toHaveLength(1);

  // Every strike again, drawn from list.json: the same items, in the same order, with the same words and links.
  await page.locator('[data-tracker-reset]').click();
  await expect(items).toHaveCount(strikes.length);
  await expect(page.locator('[data-tracker-count]')).toHaveText(t.tracker.count(t.number(strikes.length), t.number(killedOf(strikes))));
  const drawn = await items.evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).dataset.id, text: e.textContent, links: [...e.querySelectorAll('a')].map((a) => a.getAttribute('href')) })));
  expect(drawn).toEqual(served);
  // Styled as the served ones: the sea in its colour, a rule between items.
  const look = (id: string) => page.locator(`[data-tracker-list] > li[data-id="${id}"]`).evaluate((li) => [getComputedStyle(li).borderTopStyle, getComputedStyle(li.querySelector('.sea')!).fontWeight]);
  expect(await look(strikes[0].id)).toEqual(['solid', '700']);
  // Every strike fits on one page: no pages, nothing more to show.
  await expect(page.locator('[data-tracker-more]')).toBeHidden();
  await expect(page.locator('[data-tracker-pages]')).toHaveCount(0);
  expect(fetched).toHaveLength(1);
});

test("a strike's page: its facts, its sources, its place in the campaign, its neighbours and its row as data", { tag: '@edition' }, async ({ page, edition, t, request }) => {
  // S006: the first strike with survivors (two), in the Caribbean.
  const s = strikes.find((x) => x.id === 'S006')!;
  await page.goto('/strikes/s006/');
  await expect(page.locator('h1')).toHaveText(typeset(t.tracker.strikeTitle(t.date(s.strike_date))));
  await expect(page.locator('.facts')).toContainText(t.number(Number(s.killed)));
  await expect(page.locator('.facts')).toContainText(t.tracker.approximate);
  await expect(page.locator('.sources li')).toHaveCount(s.source_ids.split(';').filter((x) => x.trim()).length);
  await expect(page.locator('.toll [role="img"]')).toHaveAttribute('aria-label', /.+/);
  const prefix = edition === 'en' ? '' : `/${edition}`;
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', new RegExp(`${prefix}/strikes/s005/$`));
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', new RegExp(`${prefix}/strikes/s007/$`));
  const csv = await request.get('/strikes/s006/row.csv');
  const parsed = parseCsv(await csv.text(), 'row.csv');
  expect(parsed.rows.map((r) => r.values.id)).toEqual(['S006']);
  expect(parsed.rows[0].values.killed).toBe(s.killed);
  const json = await (await request.get('/strikes/s006/row.json')).json();
  expect(json).toMatchObject({ id: 'S006', killed: Number(s.killed), survivors: Number(s.survivors) });
  expect(json.sources.length).toBeGreaterThan(0);
});

test('the feeds: one item per strike, newest first; JSON Feed 1.1 and Atom both valid, and announced by the pages', { tag: '@edition' }, async ({ page, request, edition }) => {
  const prefix = edition === 'en' ? '' : `/${edition}`;
  await page.goto('/strikes/');
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', `${prefix}/strikes/feed.json`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `${prefix}/strikes/feed.atom`);

  const json = await request.get(`${prefix}/strikes/feed.json`);
  const feed = await json.json();
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync('tests/fixtures/jsonfeed-1.1.schema.json', 'utf8')));
  expect(validate(feed) ? [] : validate.errors).toEqual([]);
  expect(feed.items).toHaveLength(strikes.length);
  expect(feed.items.map((i: { _strike: { id: string } }) => i._strike.id).sort()).toEqual(strikes.map((s) => s.id).sort());
  for (const item of feed.items) expect(item.url).toMatch(new RegExp(`${prefix}/strikes/s\\d+/$`));

  // Atom (RFC 4287): well-formed, in the Atom namespace, and every element the RFC requires, once.
  const atom = await (await request.get(`${prefix}/strikes/feed.atom`)).text();
  const parser = new SaxesParser({ xmlns: true });
  const path: string[] = [];
  const counts = new Map<string, number>();
  let namespaceOk = true;
  parser.on('opentag', (tag) => {
    if (tag.uri !== 'http://www.w3.org/2005/Atom') namespaceOk = false;
    path.push(tag.local);
    const key = path.join('/');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  parser.on('closetag', () => path.pop());
  parser.write(atom).close();
  expect(namespaceOk).toBe(true);
  for (const el of ['feed/id', 'feed/title', 'feed/updated', 'feed/author']) expect(counts.get(el), el).toBe(1);
  for (const el of ['feed/entry', 'feed/entry/id', 'feed/entry/title', 'feed/entry/updated', 'feed/entry/link', 'feed/entry/summary']) expect(counts.get(el), el).toBe(strikes.length);
  const stamps = [...atom.matchAll(/<(updated|published)>([^<]+)</g)].map((m) => m[2]);
  for (const d of stamps) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  const ids = [...atom.matchAll(/<entry>\s*<id>([^<]+)</g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(strikes.length);
  for (const id of ids) expect(id).toMatch(/^https?:\/\//);
});

test('the sitemap lists the tracker and every strike page, in both editions', { tag: '@once' }, async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('/strikes/</loc>');
  expect(xml).toContain('/es/strikes/</loc>');
  expect(xml).toContain('/strikes/changes/</loc>');
  expect(xml).toContain('/es/strikes/changes/</loc>');
  for (const s of strikes) {
    expect(xml).toContain(`/strikes/${s.id.toLowerCase()}/</loc>`);
    expect(xml).toContain(`/es/strikes/${s.id.toLowerCase()}/</loc>`);
  }
});
