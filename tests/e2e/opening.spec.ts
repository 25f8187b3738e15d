import { expect, test } from './fixtures';

/**
 * The first screen: the headline, the dek and the lead graphic, which states the toll and shows
 * it, a square per person killed and a column per strike. The reader's aids (contents, static
 * edition, keys) wait in the footer.
 */
test('the first screen states the toll and shows it; the aids wait in the footer', async ({ page, t }, info) => {
  await page.goto('/');
  const lead = page.locator('figure.lead');
  // The statement and the marks agree: one square per death, one column per strike.
  const killed = await lead.locator('.lead__col .lead__sq').count();
  const strikes = await lead.locator('.lead__col').count();
  expect(killed).toBeGreaterThan(strikes);
  const toll = t.lead.toll(t.number(killed), t.number(strikes), strikes);
  await expect(lead.locator('.lead__toll')).toHaveText(toll);
  // A text alternative that says the same, and a caption a reader reads.
  await expect(lead.locator('[role="img"]')).toHaveAttribute('aria-label', new RegExp(toll));
  await expect(lead.locator('figcaption')).toContainText(t.lead.caption);
  // Survivors are marked apart and never counted: the key says so whenever they are drawn.
  if (await lead.locator('.lead__col .lead__ring').count()) await expect(lead.locator('.lead__key')).toContainText(t.lead.survivor);

  await expect(page.locator('h1')).toBeInViewport({ ratio: 1 });
  await expect(lead.locator('.lead__toll')).toBeInViewport({ ratio: 1 });
  // On a laptop the whole graphic and its update line; on a phone at least its marks begin.
  if (info.project.name.startsWith('desktop')) await expect(lead).toBeInViewport({ ratio: 1 });
  else await expect(lead.locator('.lead__chart')).toBeInViewport();

  for (const aid of ['.toc', '.aids', '.keyboard-hint']) {
    await expect(page.locator(aid), `${aid} off the first screen`).not.toBeInViewport();
    await expect(page.locator(`footer ${aid}`), `${aid} in the footer`).toHaveCount(1);
  }

  // The update line leads to the section on what came after.
  await lead.locator('.lead__more').click();
  await expect(page).toHaveURL(/#since$/);
});
