import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/data/csv';
import { expect, test } from './fixtures';

/**
 * Changes and versions: every logged change to a strike row on /strikes/changes/ and on its
 * strike's page, every released version of the table at its own address, and the downloads
 * saying which version they are.
 */
const read = (file: string) => parseCsv(readFileSync(`content/data/${file}`, 'utf8'), file).rows.map((r) => r.values);
const changes = read('changes.csv');
const releases = read('releases.csv').filter((r) => r.table === 'strikes').sort((a, b) => a.date.localeCompare(b.date));
const corrections = read('corrections.csv');
const latest = releases.at(-1)!;

test('each released version of the strikes table keeps its address and reads as released; the current copy is the latest', { tag: '@once' }, async ({ request }) => {
  expect(releases.length).toBeGreaterThan(1);
  for (const r of releases) {
    const res = await request.get(`/data/${r.date}/strikes.csv`);
    expect(res.status()).toBe(200);
    const rows = parseCsv(await res.text(), `${r.date}/strikes.csv`).rows.map((x) => x.values);
    expect(rows).toHaveLength(Number(r.rows));
    expect(new Set(rows.map((x) => x.data_version))).toEqual(new Set([r.date]));
  }
  // The first release had the Oct. 21 strike announced that day; a logged change moved it to Oct. 22.
  const moved = changes.find((c) => c.row === 'S008' && c.field === 'announced_date')!;
  const first = parseCsv(await (await request.get(`/data/${releases[0].date}/strikes.csv`)).text()).rows.map((x) => x.values);
  expect(first.find((x) => x.id === 'S008')!.announced_date).toBe(moved.old);
  const now = await (await request.get('/data/strikes.csv')).text();
  expect(now).toBe(await (await request.get(`/data/${latest.date}/strikes.csv`)).text());
  expect(parseCsv(now).rows.find((x) => x.values.id === 'S008')!.values.announced_date).toBe(moved.new);

  // One strike's row says which version it is, as CSV and as JSON.
  expect(parseCsv(await (await request.get('/strikes/s008/row.csv')).text()).rows[0].values.data_version).toBe(latest.date);
  expect((await (await request.get('/strikes/s008/row.json')).json()).data_version).toBe(latest.date);
});

test('the changes page lists the versions, every change under its strike, and the corrections to the story', async ({ page, request, t }) => {
  await page.goto('/strikes/changes/');
  await expect(page.locator('h1')).toHaveText(t.tracker.changes.title);
  await expect(page.locator('li.change')).toHaveCount(changes.length);
  for (const c of changes) await expect(page.locator(`#change-${c.id.toLowerCase()}`)).toBeVisible();
  // Every strike a change touched is named, linking to its page.
  for (const id of new Set(changes.map((c) => c.row))) await expect(page.locator(`h4 a[href$="/strikes/${id.toLowerCase()}/"]`).first()).toBeVisible();
  await expect(page.locator('ol.corrections > li')).toHaveCount(corrections.length);
  const versions = page.locator('ol.versions a[href*="/data/"]');
  for (const href of await versions.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect((await request.get(href)).status()).toBe(200);
  await expect(page.locator('ol.versions > li')).toHaveCount(releases.length);
});

test("a strike's page shows its last change, and a strike never changed says since when", async ({ page, t }) => {
  const s008 = changes.filter((c) => c.row === 'S008');
  const lastDay = s008.map((c) => c.date).sort().at(-1)!;
  await page.goto('/strikes/s008/');
  await expect(page.getByRole('heading', { name: t.tracker.changes.last })).toBeVisible();
  await expect(page.locator('.log li.change')).toHaveCount(s008.filter((c) => c.date === lastDay).length);
  await expect(page.locator('.log')).toContainText(t.date(s008.find((c) => c.field === 'announced_date')!.old));

  const untouched = read('strikes.csv').find((s) => !changes.some((c) => c.row === s.id))!;
  await page.goto(`/strikes/${untouched.id.toLowerCase()}/`);
  await expect(page.locator('li.change')).toHaveCount(0);
  await expect(page.locator('main')).toContainText(t.tracker.changes.unchanged(t.date(releases[0].date)));
});
