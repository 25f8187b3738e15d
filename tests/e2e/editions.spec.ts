import { expect, test } from './fixtures';
import { scrollStopped } from './helpers';

/** Two editions of one story: a reader switches mid-story and lands in the same section. */
test('switching language mid-story lands in the same section of the other edition', async ({ page, edition, t }) => {
  // The chip stays in view (fixed in the margin) only where the screen has a margin for it:
  // below 960 px it sits in the masthead (global.css), so this is the wide layout's promise.
  if (page.viewportSize()!.width < 960) await page.setViewportSize({ width: 1024, height: 740 });
  await page.goto('/');
  const other = edition === 'en' ? 'es' : 'en';
  await expect(page.locator('html')).toHaveAttribute('lang', edition);
  await page.locator('#buildup').evaluate((s) => window.scrollTo({ top: s.getBoundingClientRect().top + window.scrollY + 400, behavior: 'instant' }));
  await scrollStopped(page);
  const link = page.locator('a[data-edition-switch]');
  await expect(link).toBeInViewport();
  await expect(link).toHaveAttribute('hreflang', other);
  await expect(link).toHaveAttribute('lang', other);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${other === 'en' ? '127\\.0\\.0\\.1:\\d+/' : '/es/'}#buildup$`));
  await expect(page.locator('html')).toHaveAttribute('lang', other);
  await scrollStopped(page);
  const top = await page.locator('#buildup').evaluate((s) => s.getBoundingClientRect().top);
  expect(Math.abs(top)).toBeLessThan(5);
  // And the way back names this edition in its own language.
  await expect(page.locator('a[data-edition-switch]')).toHaveText(t.site.thisEdition);
});

test('on a phone the switch waits in the masthead, and leads to the other edition', async ({ page, edition }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const link = page.locator('a[data-edition-switch]');
  await expect(link).toBeInViewport();
  await page.locator('#buildup').evaluate((s) => window.scrollTo({ top: s.getBoundingClientRect().top + window.scrollY + 400, behavior: 'instant' }));
  await expect(link).not.toBeInViewport();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await link.click();
  await expect(page.locator('html')).toHaveAttribute('lang', edition === 'en' ? 'es' : 'en');
});

test('each page names its twin in the other language for search engines, and its own language', { tag: '@edition' }, async ({ page, edition }) => {
  for (const path of ['/', '/static/', '/sources/', '/embed/buildup/']) {
    await page.goto(path);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) => ls.map((l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!, location.href).pathname}`));
    const rest = path.slice(1);
    expect(alternates, path).toEqual([`en /${rest}`, `es /es/${rest}`, `x-default /${rest}`]);
    await expect(page.locator('html')).toHaveAttribute('lang', edition);
  }
});
