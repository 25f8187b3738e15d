import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Each figure embedded in another site's article (tests/fixtures/embed-host: an iframe and the
 * README's resize snippet, served from another origin): it sizes itself, steps with buttons
 * and slider, fits the column at 320 px and at 1000 px, and links back to the story.
 */
// Every figure the site offers to embed: one page each under dist/embed/ (src/figures/registry.ts).
const FIGURES = readdirSync('dist/embed', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const HOST_PORT = 4431;
let host: Server;

test.beforeAll(async () => {
  const html = readFileSync('tests/fixtures/embed-host/index.html');
  host = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((r) => host.listen(HOST_PORT, '127.0.0.2', r));
});
test.afterAll(() => new Promise<void>((r) => host.close(() => r())));

async function frameHeight(page: Page) {
  return page.evaluate(() => parseFloat(document.querySelector<HTMLIFrameElement>('#embed')!.style.height || '0'));
}

for (const width of [320, 1000]) {
  test(`every figure embeds at ${width} px: sized to its content, steps by button and slider, links back`, async ({ page, edition, t, baseURL }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    expect(FIGURES, 'embed pages in dist/embed/').toEqual(expect.arrayContaining(['casualties', 'strikemap', 'buildup', 'legal', 'timeline', 'union']));
    for (const figure of FIGURES) {
      const src = `${baseURL}${edition === 'en' ? '' : `/${edition}`}/embed/${figure}/`;
      await page.goto(`http://127.0.0.2:${HOST_PORT}/?src=${encodeURIComponent(src)}`);
      const frame = page.frameLocator('#embed');
      await expect(frame.locator('[data-controls]')).toBeVisible();
      await expect.poll(() => frameHeight(page), { message: `${figure}: the host sized the frame` }).toBeGreaterThan(250);
      // Sized to its content: nothing cut off at the bottom, no inner scroll bars.
      const inner = await frame.locator('body').evaluate((b) => ({
        content: b.getBoundingClientRect().height,
        viewport: window.innerHeight,
        overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      expect(Math.abs(inner.content - inner.viewport), `${figure}: frame height matches content`).toBeLessThanOrEqual(2);
      expect(inner.overflowX, `${figure}: no horizontal overflow`).toBeLessThanOrEqual(0);

      const n = Number(await frame.locator('input[type="range"]').getAttribute('max'));
      expect(n, figure).toBeGreaterThanOrEqual(4);
      const label = frame.locator('[role="img"]').first();
      const first = await label.getAttribute('aria-label');
      await expect(frame.locator('[data-prev]')).toBeDisabled();
      await frame.locator('[data-next]').click();
      await expect(frame.locator('[data-step-label]')).toHaveText(t.embed.step('2', String(n)));
      await expect(frame.locator('[data-figure]')).toHaveAttribute('data-active-step', '1');
      await expect(label).not.toHaveAttribute('aria-label', first!);
      // The slider goes anywhere; the last step disables "next".
      await frame.locator('input[type="range"]').fill(String(n));
      await expect(frame.locator('[data-figure]')).toHaveAttribute('data-active-step', String(n - 1));
      await expect(frame.locator('[data-next]')).toBeDisabled();
      await expect(frame.locator('[data-caption]:not([hidden])')).toHaveCount(1);
      const back = frame.locator('.embed__credit a');
      await expect(back).toHaveText(t.embed.fullStory);
      expect(await back.getAttribute('target')).toBe('_top');
    }
  });
}
