import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('with JavaScript off, every step is readable and every figure is drawn', async ({ page }) => {
  await page.goto('/');
  const steps = page.locator('[data-step]');
  const n = await steps.count();
  expect(n).toBeGreaterThanOrEqual(25);
  for (let i = 0; i < n; i++) {
    const text = (await steps.nth(i).innerText()).trim();
    expect(text.length, `step ${i}`).toBeGreaterThan(40);
  }
  const figures = page.locator('[data-figure] svg');
  expect(await figures.count()).toBe(5);
  for (let i = 0; i < 5; i++) {
    // The first state of each section: at least one strike is drawn, with the toll line.
    expect(await figures.nth(i).locator('circle.shown').count()).toBeGreaterThan(0);
    expect(await figures.nth(i).locator('path').getAttribute('d')).toMatch(/^M/);
  }
  await expect(page.locator('#since svg circle.shown')).toHaveCount(57);
  await page.locator('details.data-table summary').click();
  await expect(page.locator('details.data-table tbody tr')).toHaveCount(19);
});
