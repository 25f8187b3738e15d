import { expect, test } from './fixtures';

/**
 * A legend describes what is drawn, in either theme: its swatches are the marks' own colours,
 * read from the page in light and in dark. (The Senate votes' key once said "Dark: yes votes"
 * while a dark theme drew those bars light.)
 */
for (const scheme of ['light', 'dark'] as const) {
  test(`the Senate votes' key shows the marks as the bars draw them, in ${scheme} mode`, { tag: '@edition' }, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/embed/legal/');
    await expect(page.locator('[data-controls]')).toBeVisible();
    const slider = page.locator('input[type="range"]');
    const n = Number(await slider.getAttribute('max'));
    // The step that brings one vote forward.
    let found = false;
    for (let i = 1; i <= n && !found; i++) {
      await slider.fill(String(i));
      // Read the step the slider asked for, drawn (slider i is step i - 1): on a loaded machine the
      // page once still showed the step before, whose vote then vanished.
      await expect(page.locator('[data-figure]')).toHaveAttribute('data-active-step', String(i - 1));
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      found = await page.locator('.tally.lit .yes').isVisible().catch(() => false);
    }
    expect(found, 'a step of the legal figure brings a Senate vote forward').toBe(true);
    // The vote's marks are redrawn as the step settles: read them once they are all on the page.
    await expect(page.locator('.tally.lit .yes')).toBeVisible();
    await expect(page.locator('.vote-key .key-yes')).toBeVisible();
    const colours = await page.evaluate(() => {
      const css = (sel: string, prop: string) => getComputedStyle(document.querySelector(sel)!).getPropertyValue(prop);
      return {
        bar: css('.tally.lit .yes', 'background-color'),
        barKey: css('.vote-key .key-yes', 'background-color'),
        half: css('.tally.lit .half', 'border-left-color'),
        halfKey: css('.vote-key .key-half', 'border-left-color'),
        paper: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(colours.barKey).toBe(colours.bar);
    expect(colours.halfKey).toBe(colours.half);
    expect(colours.bar).not.toBe(colours.paper);
    // No word in the key names a shade that one theme contradicts.
    await expect(page.locator('.vote-key')).not.toContainText(/dark|light|oscuro|claro/i);
  });
}
