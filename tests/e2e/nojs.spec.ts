import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('with JavaScript off, every step is readable and every figure is drawn', async ({ page, t }) => {
  await page.goto('/');
  // No keys to step with: no hint about them.
  await expect(page.locator('.keyboard-hint')).toBeHidden();
  const steps = page.locator('[data-step]');
  const n = await steps.count();
  expect(n).toBeGreaterThanOrEqual(25);
  for (let i = 0; i < n; i++) {
    const text = (await steps.nth(i).innerText()).trim();
    expect(text.length, `step ${i}`).toBeGreaterThan(40);
  }
  const charts = page.locator('[data-figure="casualties"] svg');
  expect(await charts.count()).toBe(1);
  for (let i = 0; i < 1; i++) {
    // The first state of each section: at least one strike is drawn, with the toll line.
    expect(await charts.nth(i).locator('circle.shown').count()).toBeGreaterThan(0);
    expect(await charts.nth(i).locator('path').getAttribute('d')).toMatch(/^M/);
  }
  // The maps: the land drawn from the one shared basemap, marks of the first step visible.
  // The land is one SVG file shared by every map.
  const sprite = await page.request.get('/basemap.svg');
  expect(sprite.headers()['content-type']).toContain('image/svg+xml');
  expect((await sprite.text()).match(/<path id="land-/g)!.length).toBeGreaterThan(30);
  await expect(page.locator('[data-figure="legal"] .panel.on')).toContainText(t.legal.zonesTitle);
  await expect(page.locator('[data-figure="timeline"]')).toContainText(t.timeline.strikesLane);
  await expect(page.locator('[data-figure="union"] use[href$="basemap.svg#border-co-ve"]').first()).toBeAttached();
  for (const id of ['strikemap', 'buildup']) {
    const map = page.locator(`[data-figure="${id}"]`);
    await expect(map.locator('svg.frame use').first()).toHaveAttribute('href', /basemap\.svg#basemap-land$/);
    expect(await map.locator('button.mark:not([hidden])').count(), id).toBeGreaterThan(0);
    const box = await map.locator('.stage').boundingBox();
    expect(box!.height, `${id} is drawn`).toBeGreaterThan(150);
  }
  await expect(page.locator('#since svg circle.shown')).toHaveCount(57);
  await page.locator('#strikes details.data-table summary').click();
  await expect(page.locator('#strikes details.data-table tbody tr')).toHaveCount(19);
});
