import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('with JavaScript off, the story lays out as the static edition: each step, then its figure in that state', async ({ page }) => {
  // The static edition's figures, in order, as the reference for each step's state.
  await page.goto('/static/');
  const expected = await page.locator('.static-step figure [role="img"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  await page.goto('/');
  // No notice needed, and no keys to step with: no hint about them.
  await expect(page.locator('.notice')).toHaveCount(0);
  await expect(page.locator('.keyboard-hint')).toBeHidden();
  const steps = page.locator('[data-scrolly] [data-step]');
  const n = await steps.count();
  expect(n).toBeGreaterThanOrEqual(25);
  expect(n).toBe(expected.length);
  // Nothing is pinned: the figures that follow the scroll are not shown at all.
  for (const pinned of await page.locator('.scrolly__figure').all()) await expect(pinned).toBeHidden();
  const labels: (string | null)[] = [];
  for (let i = 0; i < n; i++) {
    const step = steps.nth(i);
    const card = step.locator('.step__card');
    expect((await card.innerText()).trim().length, `step ${i}`).toBeGreaterThan(40);
    const figure = step.locator('.step-figure');
    await expect(figure, `step ${i} has its figure`).toBeVisible();
    const [c, f] = [await card.boundingBox(), await figure.boundingBox()];
    // The figure comes after its step's text, in one column.
    expect(f!.y, `step ${i}: figure below its text`).toBeGreaterThanOrEqual(c!.y + c!.height - 1);
    expect(f!.height, `step ${i}: figure drawn`).toBeGreaterThan(150);
    labels.push(await figure.locator('[role="img"]').getAttribute('aria-label'));
  }
  expect(labels, 'each step shows its own state, as in the static edition').toEqual(expected);
  // The casualty chart grows through the strikes section, one step at a time.
  const first = page.locator('#strikes [data-scrolly]').first().locator('.step-figure .total strong');
  const totals = await first.allInnerTexts();
  expect(new Set(totals).size).toBeGreaterThan(3);

  // The maps: the land drawn from the one shared basemap, marks of each step visible.
  const sprite = await page.request.get('/basemap.svg');
  expect(sprite.headers()['content-type']).toContain('image/svg+xml');
  expect((await sprite.text()).match(/<path id="land-/g)!.length).toBeGreaterThan(30);
  for (const id of ['strikemap', 'buildup']) {
    const map = page.locator(`.step-figure[data-figure="${id}"]`).first();
    await expect(map.locator('svg.frame use').first()).toHaveAttribute('href', /basemap\.svg#basemap-land$/);
    expect(await map.locator(id === 'strikemap' ? 'button.unit' : 'button.mark:not([hidden])').count(), id).toBeGreaterThan(0);
    const box = await map.locator('.stage').boundingBox();
    expect(box!.height, `${id} is drawn`).toBeGreaterThan(150);
  }
  // The update's first step: every strike announced by Dec. 31, 2025, the update's marked as such (in full colour, the story's behind them).
  const since = page.locator('#since [data-scrolly] [data-step]').first().locator('.step-figure');
  await expect(since.locator('.strike.shown')).toHaveCount(32);
  await expect(since.locator('.strike.shown.later')).toHaveCount(13);
  await page.locator('#strikes details.data-table summary').click();
  await expect(page.locator('#strikes details.data-table tbody tr')).toHaveCount(19);
});

test('with JavaScript off, a step\'s sources open from its summary', async ({ page, t }) => {
  await page.goto('/');
  const sources = page.locator('[data-step] details.step-sources').first();
  await expect(sources.locator('summary')).toHaveText(new RegExp(`^${t.site.stepSources('\\d+').replace(/[()]/g, '\\$&')}$`));
  await expect(sources.locator('a').first()).toBeHidden();
  await sources.locator('summary').click();
  await expect(sources.locator('a').first()).toBeVisible();
});
