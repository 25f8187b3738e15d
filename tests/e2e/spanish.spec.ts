import { expect, test } from './fixtures';

/** Checks of the Spanish text itself; the -es projects alone run this file (playwright.config.ts). */
test('words left in English inside the Spanish text are marked as English', { tag: '@edition' }, async ({ page }) => {
  await page.goto('/');
  const marked = await page.locator('main [lang="en"]').allInnerTexts();
  expect(marked).toEqual(expect.arrayContaining(['The New York Times', 'The Washington Post']));
  // Quotes said in English are marked as translations.
  expect(await page.locator('main').innerText()).toContain('(traducción nuestra)');
});
