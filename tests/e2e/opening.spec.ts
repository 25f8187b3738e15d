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
  const killed = (await lead.locator('.lead__col').evaluateAll((cols) => cols.map((c) => Number(c.getAttribute('data-killed'))))).reduce((a, b) => a + b, 0);
  const strikes = await lead.locator('.lead__col').count();
  // Each column is drawn as tall as its marks: a square per person killed, a ring per survivor.
  const col = await lead.locator('.lead__col[data-strike="S001"]').boundingBox();
  expect(col!.height / col!.width).toBeCloseTo(11, 0);
  expect(killed).toBeGreaterThan(strikes);
  const toll = t.lead.toll(t.number(killed), t.number(strikes), strikes);
  await expect(lead.locator('.lead__toll')).toHaveText(toll);
  // A text alternative that says the same, and a caption a reader reads.
  await expect(lead.locator('[role="img"]')).toHaveAttribute('aria-label', new RegExp(toll));
  await expect(lead.locator('figcaption')).toContainText(t.lead.caption);
  // Survivors are marked apart and never counted: the key says so whenever they are drawn.
  if (await lead.locator('.lead__col:not([data-survivors="0"])').count()) await expect(lead.locator('.lead__key')).toContainText(t.lead.survivor);

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
  await page.locator('.since-line a').click();
  await expect(page).toHaveURL(/#since$/);
});

test('the first screen says the page’s age: published, updated, how far the records go, and what changed most since', async ({ page, t }) => {
  await page.goto('/');
  const dateline = page.locator('.masthead .dateline');
  await expect(dateline).toBeInViewport({ ratio: 1 });
  const [published, updated] = await dateline.locator('time').evaluateAll((ts) => ts.map((e) => e.getAttribute('datetime')!));
  expect(published).toBe('2025-11-10');
  expect(updated > published, 'updated after publication').toBe(true);
  await expect(dateline).toContainText(`${t.site.publishedLabel} ${t.date(published)}`);
  await expect(dateline).toContainText(`${t.site.updatedLabel} ${t.date(updated)}`);
  // The metadata says the same dates.
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', published);
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute('content', updated);
  // How far the records go, as the content says.
  const lead = page.locator('figure.lead');
  const strikes = await lead.locator('.lead__col').count();
  await expect(page.locator('.masthead .records')).toContainText(t.date(await page.locator('.masthead .records').getAttribute('data-records-checked') as string));
  // The graphic shows the whole record and marks the story's date between what it told and what came after.
  const told = await lead.locator('.lead__col:not([data-after])').count();
  expect(told).toBeGreaterThan(0);
  expect(strikes).toBeGreaterThan(told);
  await expect(lead.locator('.lead__marker-label')).toContainText(t.date(published));
  const marker = await lead.locator('.lead__marker').boundingBox();
  const lastTold = await lead.locator('.lead__col:not([data-after])').last().boundingBox();
  const firstAfter = await lead.locator('.lead__col[data-after]').first().boundingBox();
  expect(marker!.x).toBeGreaterThanOrEqual(lastTold!.x + lastTold!.width - 1);
  expect(marker!.x).toBeLessThanOrEqual(firstAfter!.x + 1);
  // One line for today's reader, on the first screen of a laptop, naming the capture of Maduro.
  await expect(page.locator('.since-line')).toContainText('Maduro');
});
