import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/data/csv';
import { expect, test } from './fixtures';

/**
 * Who was aboard and the searches for survivors: /strikes/people/ counts what the table holds
 * and links each named person to their strike; a strike's page says how many of its dead were
 * named and, where a search was reported, gives it step by step with its sources.
 */
const read = (file: string) => parseCsv(readFileSync(`content/data/${file}`, 'utf8'), file).rows.map((r) => r.values);
const people = read('people.csv');
const rescues = read('rescues.csv');
const strikes = new Map(read('strikes.csv').map((s) => [s.id, s]));
const named = people.filter((p) => p.name);

test('the people page counts every row by fate and nationality, and links each named person to their strike', { tag: '@edition' }, async ({ page, request, t }) => {
  await page.goto('/strikes/people/');
  await expect(page.locator('h1')).toHaveText(t.people.title);
  const fates = new Map<string, number>();
  for (const p of people) fates.set(p.fate, (fates.get(p.fate) ?? 0) + 1);
  const byFate = page.locator('[data-by-fate] tbody tr');
  await expect(byFate).toHaveCount(fates.size);
  for (const [fate, n] of fates) {
    await expect(byFate.filter({ has: page.locator('th', { hasText: new RegExp(`^${t.people.fates[fate].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).locator('td')).toHaveText(t.number(n));
  }
  // Every row is counted once by nationality, the unreported included.
  const nationality = await page.locator('[data-by-nationality] td').allTextContents();
  expect(nationality.reduce((a, s) => a + Number(s.replace(/\D/g, '')), 0)).toBe(people.length);
  await expect(page.locator('[data-by-nationality] th').last()).toHaveText(t.people.notReported);

  const items = page.locator('[data-named] > li');
  await expect(items).toHaveCount(named.length);
  for (const p of named) {
    // By the name at its head: a note may mention another person.
    const item = items.filter({ has: page.locator('.who strong', { hasText: p.name }) });
    const link = item.locator(`a[href$="/strikes/${p.strike_id.toLowerCase()}/"]`);
    await expect(link).toBeVisible();
    expect((await request.get((await link.getAttribute('href'))!)).status()).toBe(200);
  }
  // The unnamed are never listed: only the named have an item.
  expect(await items.evaluateAll((li) => li.every((x) => x.querySelector('strong')?.textContent?.trim()))).toBe(true);
});

test('the tracker links to who was aboard', { tag: '@edition' }, async ({ page, t }) => {
  await page.goto('/strikes/');
  await page.getByRole('link', { name: t.people.title, exact: true }).click();
  await expect(page.locator('h1')).toHaveText(t.people.title);
});

test('a strike page counts its named dead, and lists its named survivors', { tag: '@edition' }, async ({ page, t }) => {
  for (const id of ['S005', 'S006', 'S001']) {
    const s = strikes.get(id)!;
    const mine = named.filter((p) => p.strike_id === id);
    const killedNamed = mine.filter((p) => p.fate === 'killed').length;
    await page.goto(`/strikes/${id.toLowerCase()}/`);
    const counts = page.locator('[data-aboard-counts]');
    await expect(counts).toContainText(t.people.killedCount(t.number(Number(s.killed)), t.number(killedNamed)));
    if (Number(s.survivors)) await expect(counts).toContainText(t.people.survivorsCount(t.number(Number(s.survivors)), t.number(mine.length - killedNamed)));
    await expect(page.locator('[data-aboard] li.person')).toHaveCount(mine.length);
    for (const p of mine) await expect(page.locator('[data-aboard]')).toContainText(p.name);
  }
});

test('a strike whose survivors were searched for shows each step in order, with its sources', async ({ page, t }) => {
  const steps = rescues.filter((r) => r.strike_id === 'S031');
  expect(steps.length).toBeGreaterThan(2);
  await page.goto('/strikes/s031/');
  const items = page.locator('[data-rescue] ol > li');
  await expect(items).toHaveCount(steps.length);
  for (const [i, s] of steps.entries()) {
    await expect(items.nth(i).locator('.when')).toContainText(s.date ? t.date(s.date) : t.people.dateNotReported);
    await expect(items.nth(i).locator('.when')).toContainText(t.people.steps[s.step]);
    await expect(items.nth(i).locator('.src a')).toHaveCount(s.source_ids.split(';').length);
  }
  // A strike with no reported search has no such section.
  await page.goto('/strikes/s005/');
  await expect(page.locator('[data-rescue]')).toHaveCount(0);
});
