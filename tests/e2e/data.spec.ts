import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/data/csv';
import { codebookTables } from '../../src/lib/data/codebook';
import { COLUMNS_ADDED } from '../../src/lib/data/columnsAdded';
import { typeset } from '../../src/lib/text/typeset';
import { cellError, profileErrors, type Field } from '../fixtures/frictionless/validate';
import { expect, test } from './fixtures';

/**
 * The data for reuse: /data/ (the codebook, the releases, the licence, how to cite), the data
 * package beside the files, the schema.org Dataset blocks, the citation on a strike's page, and
 * the day each strike last changed in list.json and the feeds, as the built site serves them.
 */
const csv = (file: string) => parseCsv(readFileSync(`content/data/${file}`, 'utf8'), file).rows.map((r) => r.values);
const releases = csv('releases.csv').sort((a, b) => b.date.localeCompare(a.date));
const latest = releases[0];
const strikes = csv('strikes.csv');
const changes = csv('changes.csv');
const ORIGIN = /^https?:\/\/[^/]+/;

test('/data/: every published table and column with its type, the licence, and each release with its fingerprint, download and citation', { tag: '@edition' }, async ({ page, t, request }) => {
  await page.goto('/data/');
  await expect(page.locator('h1')).toHaveText(typeset(t.data.title));
  await expect(page.locator('a[rel="license"]')).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
  for (const table of codebookTables()) {
    const entry = page.locator('section.table-entry', { has: page.locator(`#table-${table.name}`) });
    await expect(entry.locator('tbody th')).toHaveText(table.columns.map((c) => c.name));
    // A column's type is the one the build checks, and a code lists every value it accepts.
    for (const [i, c] of table.columns.entries()) {
      const type = entry.locator('tbody tr').nth(i).locator('td').first();
      await expect(type).toContainText(t.data.kinds[c.kind]);
      for (const v of c.values ?? []) await expect(type).toContainText(v);
      if (!c.required) await expect(type).toContainText(t.data.mayBeEmpty);
    }
    // Every column has its meaning in this edition's words.
    for (const meaning of await entry.locator('tbody td:nth-child(3)').allTextContents()) expect(meaning.trim()).not.toBe('');
  }
  const items = page.locator('ol.releases > li');
  await expect(items).toHaveCount(releases.length);
  for (const [i, r] of releases.entries()) {
    const item = items.nth(i);
    await expect(item).toContainText(r.fingerprint);
    await expect(item).toContainText(t.number(Number(r.rows)));
    const href = await item.locator('a[download]').getAttribute('href');
    expect(href).toMatch(new RegExp(`/data/${r.date}/strikes\\.csv$`));
    expect((await request.get(href!)).status()).toBe(200);
    // How to cite: the release by its day, at its absolute address.
    const cite = (await item.locator('.cite-line').textContent())!;
    const url = cite.match(/https?:\/\/\S+$/)![0];
    expect(url).toMatch(new RegExp(`/data/${r.date}/strikes\\.csv$`));
    expect(cite.slice(0, -url.length)).toBe(typeset(t.data.citeRelease(t.data.citeName, t.date(r.date), '')));
  }
  await expect(page.locator('a[href$="/data/datapackage.json"]')).toHaveCount(1);
});

test('/data/datapackage.json: a Tabular Data Package that conforms to its profile, whose every file is there with the columns and cells its schema says', { tag: '@once' }, async ({ request }) => {
  const res = await request.get('/data/datapackage.json');
  expect(res.status()).toBe(200);
  const pkg = await res.json();
  expect(profileErrors(pkg)).toEqual([]);
  expect(pkg.licenses[0]).toMatchObject({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' });
  expect(pkg.version).toBe(latest.date);
  // Every table under /data/, and every release at its own address.
  const names = pkg.resources.map((r: { name: string }) => r.name);
  expect(names).toEqual([...codebookTables().map((t) => t.name), ...[...releases].reverse().map((r) => `strikes-${r.date}`)]);
  const files = new Map<string, Record<string, string>[]>();
  for (const resource of pkg.resources as { name: string; path: string; schema: { fields: Field[]; primaryKey: string; foreignKeys?: { fields: string; reference: { resource: string } }[] } }[]) {
    const file = await request.get(`/data/${resource.path}`);
    expect(file.status(), resource.path).toBe(200);
    const { header, rows } = parseCsv(await file.text(), resource.path);
    expect(header, `${resource.path}: its header is its schema's fields`).toEqual(resource.schema.fields.map((f) => f.name));
    const problems: string[] = [];
    for (const { values, line } of rows) {
      for (const f of resource.schema.fields) {
        const e = cellError(f, values[f.name]);
        if (e) problems.push(`${resource.path} line ${line}, ${f.name} ${e}`);
      }
    }
    expect(problems).toEqual([]);
    const ids = rows.map((r) => r.values[resource.schema.primaryKey]);
    expect(new Set(ids).size, `${resource.path}: its primary key is unique`).toBe(ids.length);
    files.set(resource.name, rows.map((r) => r.values));
  }
  // Each foreign key resolves in the resource it names.
  for (const resource of pkg.resources) {
    for (const fk of resource.schema.foreignKeys ?? []) {
      const targets = new Set(files.get(fk.reference.resource)!.map((r) => r[fk.reference.fields]));
      const missing = files.get(resource.name)!.map((r) => r[fk.fields]).filter((v) => !targets.has(v));
      expect(missing, `${resource.name}.${fk.fields} -> ${fk.reference.resource}`).toEqual([]);
    }
  }
});

test('a schema.org Dataset on /data/ and /strikes/: licence, version, dates covered, seas, files', { tag: '@edition' }, async ({ page, t, request }) => {
  const days = strikes.map((s) => s.strike_date || s.reported_by).sort();
  for (const path of ['/data/', '/strikes/']) {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks, path).toHaveLength(1);
    const d = JSON.parse(blocks[0]);
    expect(d).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: t.data.datasetName,
      license: 'https://creativecommons.org/licenses/by/4.0/',
      version: latest.date,
      dateModified: [latest.date, ...changes.map((c) => c.date)].sort().at(-1),
      temporalCoverage: `${days[0]}/${days.at(-1)}`,
      spatialCoverage: { '@type': 'Place', name: t.data.spatial },
      inLanguage: t.locale,
    });
    const urls = d.distribution.map((x: { contentUrl: string }) => x.contentUrl);
    expect(urls.some((u: string) => u.endsWith('/data/strikes.csv'))).toBe(true);
    expect(urls.some((u: string) => u.endsWith('/data/datapackage.json'))).toBe(true);
    for (const u of urls) expect((await request.get(u.replace(ORIGIN, ''))).status(), u).toBe(200);
  }
  // /strikes/ says the licence and leads to the codebook.
  await page.goto('/strikes/');
  await expect(page.locator('.tracker-licence a')).toHaveAttribute('href', /\/data\/$/);
});

test("a strike's page says how to cite it: the site, the strike, the release its numbers are from, its address", { tag: '@edition' }, async ({ page, t }) => {
  await page.goto('/strikes/s008/');
  const title = (await page.locator('h1').textContent())!;
  const cite = (await page.locator('[data-cite-strike]').textContent())!;
  expect(cite).toMatch(/https?:\/\/[^ ]+\/strikes\/s008\/$/);
  expect(cite.replace(/https?:\/\/\S+$/, '')).toBe(typeset(t.data.citeStrike(t.data.citeName, title, t.date(latest.date), '')));
});

test('list.json and the feeds give each strike the day its record last changed (a logged change, or columns added to it), or was first released', { tag: '@edition' }, async ({ request, edition }) => {
  const prefix = edition === 'en' ? '' : `/${edition}`;
  const first = [...releases].reverse();
  const expected = new Map(
    strikes.map((s, i) => {
      const logged = changes.filter((c) => c.row === s.id).map((c) => c.date).sort().at(-1) ?? '';
      const published = first.find((r) => Number(r.rows) > i)!.date;
      // Columns added to a published record change it that day.
      const gained = COLUMNS_ADDED.filter((a) => a.table === 'strikes' && a.added > published).map((a) => a.added).sort().at(-1) ?? '';
      return [s.id, [published, logged, gained].sort().at(-1)!];
    }),
  );
  const list = await (await request.get(`${prefix}/strikes/list.json`)).json();
  const fromList = new Map((list.rows as unknown[][]).map((r) => [r[0] as string, r.at(-1) as string]));
  expect(fromList).toEqual(expected);
  const feed = await (await request.get(`${prefix}/strikes/feed.json`)).json();
  for (const item of feed.items) {
    // Never before the day it was announced (its date_published).
    const day = [item.date_published.slice(0, 10), expected.get(item._strike.id)!].sort().at(-1);
    expect(item.date_modified, item._strike.id).toBe(`${day}T00:00:00Z`);
  }
  expect(feed.items).toHaveLength(strikes.length);
});
