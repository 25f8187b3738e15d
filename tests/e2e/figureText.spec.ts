import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectInSync, scrollToStep, sections } from './helpers';

/**
 * What a reader sees of each figure's words, at every step: no two pieces of text on top of each
 * other, none cut by the figure's frame or the screen's edge, and, once a step has taken over,
 * none under its card. Measured at the width of each project and at a second width of the same
 * kind (320 px phones, 768 px tablets, which lay out as phones), in both editions. Dark mode
 * changes colours, not boxes, so it is not measured again here (tests/e2e/a11y.spec.ts checks
 * its contrast).
 *
 * And what a step points at is said on the figure: every `focus` or `highlight` a step sets (its
 * state, as the island's props file lists it) is labelled by an element carrying
 * `data-label-for="focus"` or `"highlight"`, seen (not hidden, opacity over 0.15), in words, inside
 * the figure's frame and clear of the card. Every figure follows that convention.
 */
test.use({ reducedMotion: 'reduce' });

interface Box { text: string; x: number; y: number; w: number; h: number }
/** An element that labels what a step points at (`data-label-for="focus"` or `"highlight"`), as a reader sees it. */
interface Label { for: string; text: string; seen: boolean; box: Box }
interface Measured { texts: (Box & { cut: boolean })[]; frame: Box; card: Box | null; vw: number; labels: Label[] }

/** What a step may point at, each of which its figure must label in words. */
const POINTED = ['focus', 'highlight'] as const;

/** Every visible run of text in the `scrolly`-th figure, the figure's frame, the active card, and the labels of what the step points at. */
function measure(page: Page, scrolly: number, index: number): Promise<Measured> {
  return page.evaluate(([scrolly, index]) => {
    const root = document.querySelectorAll<HTMLElement>('[data-scrolly]')[scrolly];
    const pin = root.querySelector<HTMLElement>('[data-figure]')!;
    const box = (r: DOMRect): Box => ({ text: '', x: r.left, y: r.top, w: r.width, h: r.height });
    // A run of text's box is its font's full line box; the ink sits in about its middle 60% (cap
    // height and descenders), so lines set tight, one under the other, are not "on top" of each other.
    const ink = (r: DOMRect, text: string): Box => ({ text, x: r.left, y: r.top + r.height * 0.2, w: r.width, h: r.height * 0.6 });
    // Seen: not hidden, and not faded to nothing by the element or any ancestor.
    const seen = (el: Element) => {
      let opacity = 1;
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === 'none' || s.visibility === 'hidden') return false;
        opacity *= Number(s.opacity);
        if (e.closest('.visually-hidden, .sr-only')) return false;
      }
      return opacity > 0.15;
    };
    // What clips a piece of text: its SVG's viewport and any box that hides its overflow, up to the figure's own frame.
    const clipOf = (el: Element) => {
      let clip = pin.getBoundingClientRect();
      let [l, t, r, b] = [clip.left, clip.top, clip.right, clip.bottom];
      for (let e: Element | null = el; e && e !== pin; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        clip = e.getBoundingClientRect();
        [l, t, r, b] = [Math.max(l, clip.left), Math.max(t, clip.top), Math.min(r, clip.right), Math.min(b, clip.bottom)];
      }
      return { x: l, y: t, w: r - l, h: b - t, text: '' };
    };
    const texts: (Box & { cut: boolean })[] = [];
    const walker = document.createTreeWalker(pin, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      if (!text || !n.parentElement || !seen(n.parentElement)) continue;
      const clip = clipOf(n.parentElement);
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width <= 1 || r.height <= 1) continue;
        const a = ink(r, text);
        const apart = a.x >= clip.x + clip.w || a.x + a.w <= clip.x || a.y >= clip.y + clip.h || a.y + a.h <= clip.y;
        // Wholly clipped away, it is not on the page a reader sees; partly, it is cut.
        if (apart) continue;
        const within = a.x >= clip.x - 1 && a.y >= clip.y - 1 && a.x + a.w <= clip.x + clip.w + 1 && a.y + a.h <= clip.y + clip.h + 1;
        texts.push({ ...a, cut: !within });
      }
    }
    const card = root.querySelectorAll<HTMLElement>('[data-step]')[index]?.querySelector('.step__card');
    const labels = [...pin.querySelectorAll<HTMLElement>('[data-label-for]')].map((el) => ({
      for: el.dataset.labelFor ?? '',
      text: (el.textContent ?? '').trim(),
      seen: seen(el),
      box: { ...box(el.getBoundingClientRect()), text: (el.textContent ?? '').trim() },
    }));
    return {
      texts,
      frame: box(pin.getBoundingClientRect()),
      card: card ? box(card.getBoundingClientRect()) : null,
      vw: document.documentElement.clientWidth,
      labels,
    };
  }, [scrolly, index] as const);
}

// Boxes share an edge or touch at a corner where glyphs' boxes are taller than their ink.
const SLACK = 2;
const overlaps = (a: Box, b: Box) =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > SLACK && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > SLACK;
const inside = (a: Box, f: Box) => a.x >= f.x - 1 && a.y >= f.y - 1 && a.x + a.w <= f.x + f.w + 1 && a.y + a.h <= f.y + f.h + 1;
// A halo is the same words drawn twice in the same place, under the words themselves.
const sameRun = (a: Box, b: Box) => a.text === b.text && Math.abs(a.x - b.x) < 1 && Math.abs(a.y - b.y) < 1;

/**
 * Each section's step states, as its figure follows them: from the props file its island fetches
 * (the `states` the build wrote, src/figures/build.ts islandProps), so the test reads what the
 * writer's <Step> props became, not the MDX.
 */
function stepStates(page: Page): Promise<Record<string, string>[][]> {
  return page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map(async (root) => {
        const href = root.querySelector<HTMLElement>('[data-figure] [data-island]')?.dataset.props;
        if (!href) return [];
        const props = (await (await fetch(href)).json()) as { states?: Record<string, string>[] };
        return props.states ?? [];
      }),
    ),
  );
}

/** Every problem with the figures' words on this page, at this width, step by step. */
async function problemsAt(page: Page): Promise<string[]> {
  const found: string[] = [];
  const all = await sections(page);
  const states = await stepStates(page);
  for (const [k, s] of all.entries()) {
    for (let i = 0; i < s.steps; i++) {
      await scrollToStep(page, k, i);
      await expectInSync(page);
      const { texts, frame, card, vw, labels } = await measure(page, k, i);
      const where = `${s.id}/${s.figure} step ${i + 1}`;
      // What the step points at is named on the figure: seen, in words, inside the frame, clear of the card.
      for (const key of POINTED) {
        const value = states[k]?.[i]?.[key];
        if (!value) continue;
        const label = labels.find((l) => l.for === key && l.seen && l.text);
        if (!label) found.push(`${where}: ${key}="${value}" draws no visible label (data-label-for="${key}")`);
        else {
          if (!inside(label.box, frame)) found.push(`${where}: the label of ${key}="${value}" ("${label.text}") is outside the figure's frame`);
          if (card && overlaps(label.box, card)) found.push(`${where}: the card covers the label of ${key}="${value}" ("${label.text}")`);
        }
      }
      const screen: Box = { text: '', x: 0, y: frame.y, w: vw, h: frame.h };
      texts.forEach((a, j) => {
        if (a.cut || !inside(a, frame) || !inside(a, screen)) found.push(`${where}: "${a.text}" is cut by the figure's frame`);
        for (const b of texts.slice(j + 1)) if (overlaps(a, b) && !sameRun(a, b)) found.push(`${where}: "${a.text}" overlaps "${b.text}"`);
        if (card && overlaps(a, card)) found.push(`${where}: the card covers "${a.text}"`);
      });
    }
  }
  return found;
}

test("no figure's words overlap, are cut, or sit under the active card, and every focus and highlight is labelled, at any step", async ({ page }, info) => {
  test.setTimeout(240_000);
  const phone = info.project.name.startsWith('phone');
  const widths = phone ? [375, 320] : [1280, 768];
  const problems: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: phone ? 740 : width > 1000 ? 800 : 1024 });
    await page.goto('/');
    problems.push(...(await problemsAt(page)).map((p) => `${width} px: ${p}`));
  }
  expect([...new Set(problems)]).toEqual([]);
});

test('every step changes what its figure shows', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  const all = await sections(page);
  const same: string[] = [];
  for (const [k, s] of all.entries()) {
    let before: Buffer | null = null;
    for (let i = 0; i < s.steps; i++) {
      await scrollToStep(page, k, i);
      await expectInSync(page);
      const shot = await page.locator('[data-scrolly]').nth(k).locator('[data-figure]').screenshot({ animations: 'disabled' });
      if (before && shot.equals(before)) same.push(`${s.id}/${s.figure}: step ${i + 1} looks exactly like step ${i}`);
      before = shot;
    }
  }
  expect(same).toEqual([]);
});
