import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectInSync, scrollStopped, type SectionState } from './helpers';

/** After a key press the page glides (smooth scroll): wait until the figure shows the expected step. */
async function waitForStep(page: Page, scrolly: number, step: number, timeout = 4000): Promise<SectionState[]> {
  const start = Date.now();
  let now = await expectInSync(page);
  while (now[scrolly].active !== step && Date.now() - start < timeout) {
    await page.waitForTimeout(60);
    now = await expectInSync(page);
  }
  await scrollStopped(page);
  return expectInSync(page);
}

test('J and K step through the story from the keyboard, and the hint says so', async ({ page, t }) => {
  await page.goto('/');
  await expect(page.locator('.keyboard-hint')).toContainText(t.site.keyboardHint);
  // The hint shows once the keys work (the engine starts after the first paint).
  await expect(page.locator('.keyboard-hint')).toBeVisible();
  await page.keyboard.press('j');
  let now = await waitForStep(page, 0, 0);
  expect(now[0].active).toBe(0);
  await expect(page.locator('[data-scrolly] [data-step="0"]').first()).toBeFocused();
  for (const expected of [1, 2, 3]) {
    await page.keyboard.press('j');
    now = await waitForStep(page, 0, expected);
    expect(now[0].active).toBe(expected);
  }
  await page.keyboard.press('k');
  now = await waitForStep(page, 0, 2);
  expect(now[0].active).toBe(2);
  // Past the last step of one section, J carries on into the next section's first step.
  const steps = now[0].steps;
  for (let i = 3; i <= steps; i++) {
    await page.keyboard.press('j');
    now = i < steps ? await waitForStep(page, 0, i) : await waitForStep(page, 1, 0);
  }
  expect(now[1].active).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.closest('[data-scrolly]') === document.querySelectorAll('[data-scrolly]')[1])).toBe(true);
});

test("a step's sources open from the keyboard, and a screen reader hears how many there are", async ({ page, t }) => {
  await page.goto('/');
  const sources = page.locator('[data-scrolly] [data-step] details.step-sources').first();
  const summary = sources.locator('summary');
  const count = /\d+/.exec(await summary.innerText())![0];
  // Reached with Tab like any control: from the step's start, the summary is the first stop.
  await sources.evaluate((d) => (d.closest('[data-step]') as HTMLElement).setAttribute('tabindex', '-1'));
  await sources.evaluate((d) => (d.closest('[data-step]') as HTMLElement).focus());
  await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await expect(sources).toHaveRole('group');
  expect(await summary.evaluate((s) => s.textContent)).toBe(t.site.stepSources(count));
  await expect(sources.locator('a').first()).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(sources).toHaveAttribute('open', '');
  await expect(sources.locator('a').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(sources.locator('a').first()).toBeFocused();
  // And closes again.
  await summary.focus();
  await page.keyboard.press('Space');
  await expect(sources.locator('a').first()).toBeHidden();
});

test('the skip link takes the keyboard to the story', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#story')).toBeFocused();
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('state changes are instant: no transitions, no tweened zoom, no smooth scrolling', async ({ page }) => {
    await page.goto('/');
    const durations = await page.evaluate(() =>
      ['.strike', '.mark', '.labels', '.legal .voice', '.event', '.total'].map((sel) => {
        const el = document.querySelector(sel);
        return el ? getComputedStyle(el).transitionDuration : 'missing';
      }),
    );
    for (const d of durations) expect(d.split(',').every((x) => parseFloat(x) === 0)).toBe(true);

    // A map zoom lands in one frame.
    const frame = page.locator('[data-figure="strikemap"] svg.frame').first();
    const k = 1;
    const before = await frame.getAttribute('viewBox');
    await page.evaluate((k) => {
      const root = document.querySelectorAll<HTMLElement>('[data-scrolly]')[k];
      const step = root.querySelectorAll<HTMLElement>('[data-step]')[1];
      window.scrollTo({ top: step.getBoundingClientRect().top + scrollY - innerHeight * 0.5, behavior: 'instant' });
    }, k);
    await expectInSync(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await frame.getAttribute('viewBox');
    expect(after).not.toBe(before);
    await page.waitForTimeout(300);
    expect(await frame.getAttribute('viewBox')).toBe(after);

    // J jumps instead of gliding.
    const y0 = await page.evaluate(() => scrollY);
    await page.keyboard.press('j');
    const y1 = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(scrollY))));
    expect(y1).not.toBe(y0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => scrollY)).toBe(y1);
  });
});

test('the static edition: every step followed by its figure in that state, without JavaScript', { tag: '@edition' }, async ({ browser, edition, t, w }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const root = edition === 'en' ? '/' : `/${edition}/`;
  await page.goto(root);
  const storySteps = await page.locator('[data-scrolly] [data-step]').count();
  await expect(page.locator('.aids a')).toHaveAttribute('href', /static\/$/);
  await page.goto(`${root}static/`);
  const steps = page.locator('.static-step');
  await expect(steps).toHaveCount(storySteps);
  for (let i = 0; i < storySteps; i++) {
    const step = steps.nth(i);
    expect((await step.locator('.step__card').innerText()).length, `step ${i} text`).toBeGreaterThan(40);
    await expect(step.locator('figure [role="img"]')).toHaveCount(1);
  }
  // Each figure shows its own step's state: the casualty chart's total grows through the strikes section.
  const totals = await page.locator('.static-step figure .total strong').allInnerTexts();
  expect(totals.slice(0, 3)).toEqual([11, 17, 21].map((n) => w.casualties.text.peopleKilled(t.number(n))));
  await context.close();
});

test('a screen reader going line by line hears each step, then its figure state in words, with no live announcements', { tag: '@edition' }, async ({ page }) => {
  await page.goto('/');
  const steps = page.locator('[data-scrolly] [data-step]');
  const n = await steps.count();
  for (let i = 0; i < n; i++) {
    const alt = steps.nth(i).locator('.step-alt');
    await expect(alt).toHaveCount(1);
    expect((await alt.textContent())!.length).toBeGreaterThan(30);
    // Visually hidden, not hidden from assistive technology.
    const box = await alt.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(1);
  }
  // Changing steps must not flood: nothing in the figures is a live region.
  expect(await page.locator('[data-figure] [aria-live], [data-figure][aria-live]').count()).toBe(0);
  // Decorative SVG is hidden; each figure is one named image.
  expect(await page.locator('[data-figure] svg:not([aria-hidden="true"])').count()).toBe(0);
  // Six figures, the casualty chart twice: in the strikes and carried on in the update.
  expect(await page.locator('[data-scrolly] [data-figure] [role="img"]').count()).toBe(7);
});
