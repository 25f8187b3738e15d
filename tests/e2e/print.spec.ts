import { expect, test } from './fixtures';

// Print does not depend on the screen: this file runs in the desktop project only (playwright.config.ts).
test('printing: text and every figure, nothing pinned, no figure cut', async ({ page }, info) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  const pinned = await page.evaluate(() => [...document.querySelectorAll('.scrolly__figure')].map((f) => getComputedStyle(f).position));
  expect(new Set(pinned)).toEqual(new Set(['static']));
  const rules = await page.evaluate(() => [...document.querySelectorAll('.scrolly__figure, .static-figure')].map((f) => getComputedStyle(f).breakInside));
  expect(rules.every((r) => r === 'avoid')).toBe(true);
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  expect(pdf.byteLength).toBeGreaterThan(50_000);
  await info.attach('story.pdf', { body: pdf, contentType: 'application/pdf' });
});
