import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { typeset } from '../../src/lib/text/typeset';
import { expect, test } from './fixtures';

/**
 * Each figure embedded in another site's article (tests/fixtures/embed-host: an iframe and the
 * README's resize snippet, served from another origin): it opens where the story leaves it,
 * under a line for readers, sizes itself, steps with buttons and slider, fits the column at
 * 320 px and at 1000 px, and links back to the story. In a host's frame of fixed height (600 px,
 * no resize snippet) nothing is cut.
 */
// Every figure the site offers to embed: one page each under dist/embed/ (src/figures/registry.ts).
const FIGURES = readdirSync('dist/embed', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
// A free port of its own, in each worker, so parallel workers and runs never collide.
let HOST_PORT = 0;
let host: Server;

test.beforeAll(async () => {
  const html = readFileSync('tests/fixtures/embed-host/index.html');
  // /fixed: a CMS's plain iframe, 600 px tall and as wide as the window, that ignores resize messages.
  const fixed = `<!doctype html><html lang="en"><title>Fixed frame</title><body style="margin:0">
<iframe id="embed" title="Figure" style="width:100%;height:600px;border:0;display:block"></iframe>
<script>document.getElementById('embed').src = new URLSearchParams(location.search).get('src');</script>`;
  host = createServer((req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(req.url?.startsWith('/fixed') ? fixed : html),
  );
  await new Promise<void>((r) => host.listen(0, '127.0.0.2', r));
  HOST_PORT = (host.address() as AddressInfo).port;
});
test.afterAll(() => new Promise<void>((r) => host.close(() => r())));

async function frameHeight(page: Page) {
  return page.evaluate(() => parseFloat(document.querySelector<HTMLIFrameElement>('#embed')!.style.height || '0'));
}

for (const width of [320, 1000]) {
  test(`every figure embeds at ${width} px: sized to its content, steps by button and slider, links back`, async ({ page, edition, t, baseURL, w }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    expect(FIGURES, 'embed pages in dist/embed/').toEqual(expect.arrayContaining(['casualties', 'strikemap', 'buildup', 'legal', 'timeline', 'union']));
    for (const figure of FIGURES) {
      const src = `${baseURL}${edition === 'en' ? '' : `/${edition}`}/embed/${figure}/`;
      await page.goto(`http://127.0.0.2:${HOST_PORT}/?src=${encodeURIComponent(src)}`);
      const frame = page.frameLocator('#embed');
      await expect(frame.locator('[data-controls]')).toBeVisible();
      await expect.poll(() => frameHeight(page), { message: `${figure}: the host sized the frame` }).toBeGreaterThan(250);
      // Sized to its content: nothing cut off at the bottom, no inner scroll bars. The host resizes
      // on each message, so a figure that grows as it hydrates is matched a message later (the CI
      // once read the frame between the two): the frame must come to fit, and stay within 2 px.
      const inner = () => frame.locator('body').evaluate((b) => ({
        content: b.getBoundingClientRect().height,
        viewport: window.innerHeight,
        overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }));
      await expect.poll(async () => { const i = await inner(); return Math.abs(i.content - i.viewport); }, { message: `${figure}: frame height matches content`, timeout: 5_000 }).toBeLessThanOrEqual(2);
      expect((await inner()).overflowX, `${figure}: no horizontal overflow`).toBeLessThanOrEqual(0);

      const n = Number(await frame.locator('input[type="range"]').getAttribute('max'));
      // Three steps at least (the strike map has three): back one, to the start, and on again.
      expect(n, figure).toBeGreaterThanOrEqual(3);
      // It opens at the story's as-of state: the figure's last step, under its headline for readers.
      await expect(frame.locator('[data-figure]')).toHaveAttribute('data-active-step', String(n - 1));
      await expect(frame.locator('[data-step-label]')).toHaveText(t.embed.step(String(n), String(n)));
      await expect(frame.locator('[data-next]')).toBeDisabled();
      // The page sets its words in type (curly apostrophes: src/lib/text/typeset.ts); the strings here are raw.
      // Its headline is dated by the step shown, never by the story's as-of date when the figure shows later rows.
      // (A headline that names no date is the same at every step.)
      const [before, after = ''] = typeset(w[figure as keyof typeof w].headline('\u0000')).split('\u0000');
      const headlineDate = async () => {
        const h = (await frame.locator('h1').textContent()) ?? '';
        expect(h.startsWith(before) && h.endsWith(after), `${figure}: "${h}" is its headline`).toBe(true);
        return h.length > before.length ? h.slice(before.length, h.length - after.length) : '';
      };
      // The casualty chart writes its own date on the figure: the two agree at every step.
      const through = async () => {
        const [pre, post] = w.casualties.text.announcedThrough('\u0000').split('\u0000');
        const label = (await frame.getByText(new RegExp(`^${pre}`)).first().textContent()) ?? '';
        return label.slice(pre.length, label.length - post.length);
      };
      if (figure === 'casualties') expect(await headlineDate()).toBe(await through());
      const opened = await headlineDate();
      const label = frame.locator('[role="img"]').first();
      const last = await label.getAttribute('aria-label');
      await frame.locator('[data-prev]').click();

      await expect(frame.locator('[data-step-label]')).toHaveText(t.embed.step(String(n - 1), String(n)));
      await expect(frame.locator('[data-figure]')).toHaveAttribute('data-active-step', String(n - 2));
      await expect(label).not.toHaveAttribute('aria-label', last!);
      // The slider goes anywhere: the first step disables "previous", the last "next".
      await frame.locator('input[type="range"]').fill('1');
      await expect(frame.locator('[data-figure]')).toHaveAttribute('data-active-step', '0');
      if (figure === 'casualties') {
        // The first step shows an earlier day: the headline follows it.
        await expect.poll(headlineDate).not.toBe(opened);
        expect(await headlineDate()).toBe(await through());
      }
      await expect(frame.locator('[data-prev]')).toBeDisabled();
      await frame.locator('[data-next]').click();
      await expect(frame.locator('[data-step-label]')).toHaveText(t.embed.step('2', String(n)));
      await frame.locator('input[type="range"]').fill(String(n));
      await expect(frame.locator('[data-figure]')).toHaveAttribute('data-active-step', String(n - 1));
      await expect(frame.locator('[data-next]')).toBeDisabled();
      // Each step's description stays for screen readers, one at a time.
      await expect(frame.locator('[data-caption]:not([hidden])')).toHaveCount(1);
      const back = frame.locator('.embed__credit a');
      await expect(back).toHaveText(t.embed.fullStory);
      expect(await back.getAttribute('target')).toBe('_top');
    }
  });
}

for (const width of [375, 1280]) {
  test(`in a fixed 600 px frame ${width} px wide, every figure is shown whole: headline, figure, controls and credit`, async ({ page, edition, baseURL }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    for (const figure of FIGURES) {
      const src = `${baseURL}${edition === 'en' ? '' : `/${edition}`}/embed/${figure}/`;
      await page.goto(`http://127.0.0.2:${HOST_PORT}/fixed?src=${encodeURIComponent(src)}`);
      const frame = page.frameLocator('#embed');
      await expect(frame.locator('[data-controls]')).toBeVisible();
      await expect(frame.locator('[data-figure] .island[data-hydrated]')).toHaveCount(1);
      // Nothing below the frame's bottom or beyond its sides, nothing to scroll to.
      await expect
        .poll(
          () =>
            frame.locator('body').evaluate(() => {
              const doc = document.documentElement;
              const parts = ['h1', '[data-figure]', '[data-controls]', '.embed__credit'].map((sel) => document.querySelector(sel)!.getBoundingClientRect());
              // How far each reaches past the frame, to the pixel (0: inside).
              const past = (x: number) => Math.max(0, Math.round(x));
              return {
                scroll: past(doc.scrollHeight - doc.clientHeight),
                overflowX: past(doc.scrollWidth - doc.clientWidth),
                bottom: past(Math.max(...parts.map((r) => r.bottom)) - innerHeight),
                right: past(Math.max(...parts.map((r) => r.right)) - innerWidth),
              };
            }),
          { message: `${figure} at ${width} px` },
        )
        .toEqual({ scroll: 0, overflowX: 0, bottom: 0, right: 0 });
    }
  });
}
