import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectInSync, scrollToStep, sections } from './helpers';
import { PHONE_MAX_WIDTH } from '../../src/lib/scrolly/activeStep';

/**
 * The stage the figures sit on: on a phone, the figure pinned over the top of the screen and
 * filling it, the active card below it, opaque, covering none of it; cards one glance long; the
 * language chip over no text.
 */

type Box = { x: number; y: number; width: number; height: number };
const intersect = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The chip's box and every visible line of text it overlaps, at the current scroll position. */
async function textUnderChip(page: Page): Promise<{ inView: boolean; hits: string[] }> {
  return page.evaluate(() => {
    const chip = document.querySelector('.edition-switch a')!.getBoundingClientRect();
    const inView = chip.bottom > 0 && chip.top < innerHeight;
    const hits: string[] = [];
    if (!inView) return { inView, hits };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent!.trim() || el.closest('.edition-switch, .visually-hidden, .skip-link') || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width && r.left < chip.right && chip.left < r.right && r.top < chip.bottom && chip.top < r.bottom) {
          // Under the chip only if nothing opaque (a pinned figure) is drawn over it there.
          const top = document.elementFromPoint(Math.min(r.right, chip.right) - 1, (Math.max(r.top, chip.top) + Math.min(r.bottom, chip.bottom)) / 2);
          if (top && !top.closest('.edition-switch') && !el.contains(top) && !top.contains(el)) continue;
          hits.push(n.textContent!.trim().slice(0, 40));
        }
      }
    }
    return { inView, hits };
  });
}

/** The phone layout: the phone projects' own screen; the desktop projects try it on a tablet's. */
async function phoneSize(page: Page) {
  if (page.viewportSize()!.width >= PHONE_MAX_WIDTH) await page.setViewportSize({ width: 768, height: 1024 });
  return page.viewportSize()!;
}

test('below 960 px the figure fills the top of the screen at every step, and the active card, opaque, covers none of it', async ({ page }) => {
  const { width, height } = await phoneSize(page);
  await page.goto('/');
  const all = await sections(page);
  for (const [k, s] of all.entries()) {
    for (let i = 0; i < s.steps; i++) {
      await scrollToStep(page, k, i);
      expect((await expectInSync(page))[k].active, `${s.id} step ${i}`).toBe(i);
      const root = page.locator('[data-scrolly]').nth(k);
      const figure = (await root.locator('.scrolly__figure').boundingBox())!;
      const pin = (await root.locator('[data-figure]').boundingBox())!;
      const card = root.locator('[data-step]').nth(i).locator('.step__card');
      const box = (await card.boundingBox())!;
      const where = `${s.id} step ${i}`;
      expect(figure.width, `${where}: figure full width`).toBeGreaterThanOrEqual(width - 1);
      expect(figure.y, `${where}: figure pinned at the top`).toBeGreaterThanOrEqual(-1);
      expect(figure.y + figure.height, `${where}: figure in view`).toBeLessThanOrEqual(height + 1);
      expect(figure.height, `${where}: figure fills 55% of the screen`).toBeGreaterThanOrEqual(0.55 * height);
      expect(pin.height, `${where}: the figure's box has a definite height`).toBeGreaterThanOrEqual(0.53 * height);
      expect(intersect(figure, box), `${where}: active card over the figure`).toBe(false);
      expect(box.y, `${where}: the card in view`).toBeLessThan(height - 80);
      const alpha = await card.evaluate((el) => {
        const c = getComputedStyle(el).backgroundColor;
        const m = /rgba?\(([^)]+)\)/.exec(c)!;
        const parts = m[1].split(/[\s,/]+/).filter(Boolean);
        return parts.length > 3 ? Number(parts[3]) : 1;
      });
      expect(alpha, `${where}: card opaque`).toBe(1);
    }
  }
});

test('below 960 px a step takes well under a screen of scrolling', async ({ page }) => {
  const { height } = await phoneSize(page);
  await page.goto('/');
  const perStep = await page.evaluate(() =>
    [...document.querySelectorAll('[data-scrolly]')].map((root) => {
      const tops = [...root.querySelectorAll('[data-step]')].map((s) => s.getBoundingClientRect().top);
      return Math.max(...tops.slice(1).map((t, i) => t - tops[i]));
    }),
  );
  for (const d of perStep) expect(d / height).toBeLessThanOrEqual(0.75);
});

test('each card holds at most 60 words, citations aside', { tag: '@edition' }, async ({ page }) => {
  await page.goto('/');
  const counts = await page.locator('[data-scrolly] [data-step] .step__card').evaluateAll((cards) =>
    cards.map((card, i) => {
      const copy = card.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.step-sources, .step-alt, .cite').forEach((e) => e.remove());
      const words = copy.textContent!.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      return { step: i, section: card.closest('section')!.id, words: words.length, start: words.slice(0, 6).join(' ') };
    }),
  );
  expect(counts.length).toBeGreaterThanOrEqual(25);
  expect(counts.filter((c) => c.words > 60), 'cards over 60 words').toEqual([]);
});

test('a card carries no citation links in its text: its sources sit under one disclosure at its end', { tag: '@edition' }, async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-step] .step__card .cite')).toHaveCount(0);
  const steps = page.locator('[data-scrolly] [data-step]');
  const n = await steps.count();
  let withSources = 0;
  for (let i = 0; i < n; i++) {
    const sources = steps.nth(i).locator('details.step-sources');
    if (!(await sources.count())) continue;
    withSources++;
    // The last thing a sighted reader sees in the card; closed until asked.
    expect(await sources.evaluate((d) => d.parentElement!.lastElementChild === d.nextElementSibling && !(d as HTMLDetailsElement).open)).toBe(true);
    const count = Number(/\d+/.exec(await sources.locator('summary').innerText())![0]);
    // The strikes a step cites are listed too, each a link to its page on the tracker: records, not sources.
    const listed = await sources.locator('li:not(.strike-record)').count();
    expect(count, `step ${i}: the count names every source`).toBeGreaterThanOrEqual(listed);
    for (const a of await sources.locator('li.strike-record a').all()) await expect(a).toHaveAttribute('href', /\/strikes\/s\d+\/$/);
  }
  expect(withSources).toBeGreaterThan(n / 2);
  // With JavaScript the figures kept for readers without it are never parsed.
  await expect(page.locator('.step-figure')).toHaveCount(0);
});

test('the language chip sits over no text, at the top and anywhere in the story', async ({ page }) => {
  await page.goto('/');
  const at = [0];
  const all = await sections(page);
  for (const [k, s] of all.entries()) for (let i = 0; i < s.steps; i += 2) at.push(k * 100 + i);
  for (const where of at) {
    if (where) await scrollToStep(page, Math.floor(where / 100), where % 100);
    const { hits } = await textUnderChip(page);
    expect(hits, `chip over text at ${where ? `section ${Math.floor(where / 100)} step ${where % 100}` : 'the top'}`).toEqual([]);
  }
  for (const f of [0.2, 0.5, 0.8, 0.97]) {
    await page.evaluate((f) => window.scrollTo({ top: f * document.documentElement.scrollHeight, behavior: 'instant' }), f);
    expect((await textUnderChip(page)).hits, `chip over text at ${f} of the page`).toEqual([]);
  }
});
