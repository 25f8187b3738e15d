import { readFileSync } from 'node:fs';
import { parseCsv } from '../../src/lib/data/csv';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { triggerLine } from '../../src/lib/scrolly/activeStep';
import { expectInSync, hydrated, scrollStopped, scrollToStep, sections, settle } from './helpers';

// The intro's toll and the update's title, as each edition's writer put them (the numbers come from <Count>).
const INTRO = { en: 'announced 19 strikes that killed 75 people', es: 'había anunciado 19 ataques, en los que murieron 75 personas' };
const UNCOUNTED = { en: 'Survivors who were never found', es: 'Los sobrevivientes que nunca fueron hallados' };
const SINCE = { en: 'Since this story was published', es: 'Desde la publicación de este reportaje' };

test('scrolling down through every step moves each figure to that step, and back up again', async ({ page, w }) => {
  await page.goto('/');
  const all = await sections(page);
  expect(all.map((s) => `${s.id}:${s.figure}`)).toEqual([
    'strikes:casualties', 'strikes:strikemap', 'legal:legal', 'blowback:timeline', 'buildup:buildup', 'union:union', 'since:casualties',
  ]);
  expect(all.reduce((n, s) => n + s.steps, 0)).toBeGreaterThanOrEqual(25);

  for (const [k, s] of all.entries()) {
    const labels = new Set<string>();
    for (let i = 0; i < s.steps; i++) {
      await scrollToStep(page, k, i);
      const now = (await expectInSync(page))[k];
      expect(now.active, `${s.id}/${s.figure} step ${i}`).toBe(i);
      labels.add(now.label);
      if (s.figure === 'casualties') {
        // What the chart draws (geometry computed per step at build time) matches what it says.
        const drawn = await page.locator('[data-scrolly]').nth(k).locator('.total strong').innerText();
        const killed = /[\d.,]+/.exec(drawn)![0];
        expect(now.label).toContain(w.casualties.describe.lead(killed, '§', 2, 'a', 'b').split('§')[0]);
      }
    }
    // Each step tells the screen-reader user something the previous did not.
    expect(labels.size, `${s.id}/${s.figure}: distinct text alternatives`).toBe(s.steps);
  }
  for (let i = all[0].steps - 1; i >= 0; i--) {
    await scrollToStep(page, 0, i);
    expect((await expectInSync(page))[0].active).toBe(i);
  }
});

test('small wheel ticks, as a reader scrolls, never leave the figure behind', async ({ page }) => {
  await page.goto('/#strikes');
  await page.mouse.move(200, 300);
  const stop = await page.evaluate(() => document.querySelector('#legal')!.getBoundingClientRect().top + window.scrollY);
  while ((await page.evaluate(() => window.scrollY)) < stop) {
    await page.mouse.wheel(0, 120);
    await settle(page);
    for (const s of await sections(page)) expect(s.active, `${s.id} at y=${await page.evaluate(() => scrollY)}`).toBe(s.expected);
  }
});

test('jumps to random places, to the end and back land on the step in view', async ({ page }) => {
  await page.goto('/');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // A fixed list, so a failure can be replayed: fractions of the page, as a scrollbar drag would.
  for (const f of [0.62, 0.08, 0.91, 0.33, 0.47, 0.15, 0.77, 0.25]) {
    await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), Math.round(f * height));
    await expectInSync(page);
  }
  await page.keyboard.press('End');
  await scrollStopped(page);
  const atEnd = await expectInSync(page);
  expect(atEnd.every((s) => s.active === s.steps - 1)).toBe(true);
  await page.keyboard.press('Home');
  await scrollStopped(page);
  const atTop = await expectInSync(page);
  expect(atTop.every((s) => s.active === 0)).toBe(true);
});

test('a reload mid-story shows the step in view at once, without replaying the steps before it', async ({ page }) => {
  await page.goto('/');
  await scrollToStep(page, 0, 5);
  await expectInSync(page);
  await page.addInitScript(() => {
    const seen: number[] = [];
    (window as unknown as { seen: number[] }).seen = seen;
    document.addEventListener('scrolly:state', (e) => seen.push((e as CustomEvent).detail.index), true);
  });
  await page.reload();
  await page.waitForLoadState('load');
  const now = await expectInSync(page);
  expect(now[0].active).toBe(5);
  const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
  expect(seen, 'states applied on load').not.toContain(1);
  expect(seen.filter((i) => i !== 0)).toEqual([5]);
});

test('deep links to a section, and back and forward between them', async ({ page }) => {
  for (const id of ['legal', 'buildup', 'union']) {
    await page.goto(`/#${id}`);
    await expectInSync(page);
    expect(await page.evaluate(() => document.querySelector(location.hash)!.getBoundingClientRect().top)).toBeLessThan(5);
  }
  await page.goto('/#strikes');
  await page.click('nav.toc a[href="#union"]');
  await expectInSync(page);
  await page.goBack();
  await expect(page).toHaveURL(/#strikes$/);
  await expectInSync(page);
  await page.goForward();
  await expect(page).toHaveURL(/#union$/);
  await expectInSync(page);
});

/** The text alternative the server wrote for step `index` of a section (the figure each step carries for readers without JavaScript). */
async function labelOfStep(page: Page, section: string, index: number): Promise<string> {
  return page.evaluate(
    ([section, index]) => {
      const html = document.querySelectorAll(`#${section} [data-scrolly] [data-step]`)[index as number].querySelector('noscript')!.textContent!;
      return new DOMParser().parseFromString(html, 'text/html').querySelector('[role="img"]')!.getAttribute('aria-label')!;
    },
    [section, index] as const,
  );
}

test('a figure far down hydrates as a reader scrolls toward it, before its first step reaches the trigger line, and follows its steps', async ({ page }) => {
  await page.goto('/#buildup');
  await hydrated(page);
  const union = page.locator('#union [data-island]');
  await expect(union, 'not yet: two sections away').not.toHaveAttribute('data-hydrated');
  await page.mouse.move(200, 300);
  const trigger = triggerLine(await page.evaluate(() => document.documentElement.clientWidth));
  const firstTop = () => page.evaluate(() => document.querySelector('#union [data-step]')!.getBoundingClientRect().top);
  const line = trigger * (await page.evaluate(() => window.innerHeight));
  // A quick reader: a wheel tick every frame or two, until the first step is about to cross.
  while ((await firstTop()) > line + 130) {
    await page.mouse.wheel(0, 120);
    await settle(page);
  }
  await expect(union, 'hydrated before the first step reaches the line').toHaveAttribute('data-hydrated', '');
  const k = (await sections(page)).findIndex((s) => s.id === 'union');
  for (const i of [0, 1]) {
    await scrollToStep(page, k, i);
    const now = (await expectInSync(page))[k];
    expect(now.active).toBe(i);
    expect(now.label, `union step ${i}: the figure says what its step shows`).toBe(await labelOfStep(page, 'union', i));
  }
});

test('a deep link to a step far down shows its figure live, at that step, at once', async ({ page }) => {
  await page.goto('/');
  const k = (await sections(page)).findIndex((s) => s.id === 'union');
  await scrollToStep(page, k, 2);
  await expectInSync(page);
  await page.reload({ waitUntil: 'load' });
  await expect(page.locator('#union [data-island]')).toHaveAttribute('data-hydrated', '', { timeout: 5000 });
  const now = (await expectInSync(page))[k];
  expect(now.active).toBe(2);
  expect(now.label).toBe(await labelOfStep(page, 'union', 2));
  // The figures far above it wait: the opening's is not fetched for a reader who landed here.
  await expect(page.locator('#strikes [data-island]').first()).not.toHaveAttribute('data-hydrated');
});

test('resizing and rotating re-reads the geometry', async ({ page }) => {
  await page.goto('/');
  await scrollToStep(page, 2, 2);
  await expectInSync(page);
  for (const size of [{ width: 375, height: 740 }, { width: 740, height: 375 }, { width: 1280, height: 800 }]) {
    await page.setViewportSize(size);
    await expectInSync(page);
  }
});

test('no horizontal overflow at any point of the story', async ({ page }) => {
  await page.goto('/');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 900) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await settle(page);
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(over, `overflow at y=${y}`).toBeLessThanOrEqual(0);
  }
});

test('the story states its toll from the data and says how it counts', async ({ page, t, edition, w }) => {
  await page.goto('/');
  const intro = await page.locator('#strikes .prose > p').first().innerText();
  expect(intro).toContain(INTRO[edition]);
  await expect(page.locator('#strikes')).toContainText(UNCOUNTED[edition]);
  await expect(page.locator('#since h2')).toHaveText(SINCE[edition]);
  // The update carries the chart on: at its last step the whole toll, the part since publication in full colour, keyed under the total.
  await page.locator('#since [data-step]').last().scrollIntoViewIfNeeded();
  const since = page.locator('#since [data-figure="casualties"]');
  await expect(since.locator('.total strong')).toHaveText(w.casualties.text.peopleKilled(t.number(185)));
  await expect(since.locator('.total')).toContainText(w.casualties.text.laterPart(t.number(110), t.number(38), 38, t.date('2025-11-10')));
  await expect(since.locator('.total .since .swatch.later')).toBeVisible();
  // and the counts in dispute: the toll with the survivors never found, and the published tallies.
  // 185 announced and 15 survivors never found (strikes.csv presumed_dead, with the May 8 and May 26 survivors AP counted as dead).
  await expect(since.locator(".total")).toContainText(w.casualties.text.missingKey(t.number(200)));
  await expect(since.locator('path.tallies')).toHaveAttribute('d', /^M[\d.]+,[\d.]+h0/);
  await expect(since.locator('[role="img"]')).toHaveAttribute('aria-label', new RegExp(w.casualties.describe.lead(t.number(185), t.number(57), 57, '§', '¤').split('§')[0]));
  await page.locator('#sources .all-sources a').click();
  await expect(page).toHaveURL(/\/sources\/$/);
  // Every row of the sources table is listed.
  const sourceRows = parseCsv(readFileSync('content/data/sources.csv', 'utf8')).rows.length;
  expect(sourceRows).toBeGreaterThan(270);
  expect(await page.locator('ol.sources li').count()).toBe(sourceRows);
});

test('citations name the publisher and its date, and the corrections are listed', async ({ page, t }) => {
  await page.goto('/');
  // Under each paragraph's and each step's "Sources" disclosure.
  const cites = await page.locator('main .source-notes a').allTextContents();
  expect(cites.length).toBeGreaterThan(60);
  // A reader sees who published a report, never where a copy of it was found.
  for (const c of cites) expect(c, c).not.toMatch(/\b(via|copy|repost(ed)?|tag page|blog|mirror)\b/i);
  // The U.N. experts' words are cited to their own statement first.
  await expect(page.locator('#legal .step >> nth=1 >> .step-sources a').first()).toHaveText(new RegExp(`^OHCHR, ${t.date('2025-09-16')}$`));
  const corrections = page.locator('#sources ol.corrections > li');
  await expect(page.locator('#corrections')).toHaveText(t.site.correctionsHeading);
  const rows = parseCsv(readFileSync('content/data/corrections.csv', 'utf8')).rows.length;
  expect(rows).toBeGreaterThanOrEqual(5);
  await expect(corrections).toHaveCount(rows);
  // Each names the section it corrects and links to it.
  await corrections.first().locator('a').click();
  await expect(page).toHaveURL(/#[a-z]+$/);
});

test("the update draws its own strikes as the news, the story's behind them, and names publication, the pause and the end of the records @edition", async ({ page, t, w }) => {
  await page.goto('/');
  const k = (await sections(page)).findIndex((s) => s.id === 'since');
  await scrollToStep(page, k, 1);
  await expectInSync(page);
  const since = page.locator('#since [data-figure="casualties"]');
  // Computed, as a reader sees them: the strikes since publication in full colour, the story's faded.
  const opacities = (sel: string) => since.locator(sel).evaluateAll((els) => els.map((e) => Number(getComputedStyle(e).opacity)));
  const later = await opacities('.strike.shown.later');
  const before = await opacities('.strike.shown:not(.later)');
  expect(later.length).toBe(38);
  expect(Math.min(...later)).toBeGreaterThan(0.8);
  expect(Math.max(...before)).toBeLessThan(0.5);
  const w2 = w.casualties.text;
  await expect(since.locator('.rule-label')).toHaveText(w2.published(t.dayMonth('2025-11-10')).join(''));
  await expect(since.locator('.pause-label')).toHaveText(w2.pause(t.dayMonth('2025-12-31'), t.dayMonth('2026-01-23')).join(''));
  await expect(since.locator('.records-label')).toHaveText(w2.recordsEnd(t.dayMonth('2026-06-22')).join(''));
});
