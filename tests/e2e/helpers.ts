import type { Page } from '@playwright/test';
import { triggerLine } from '../../src/lib/scrolly/activeStep';

export interface SectionState {
  id: string;
  figure: string;
  active: number;
  expected: number;
  steps: number;
  label: string;
}

/**
 * Each scrolly section's active step as the page shows it, next to the step a reader is on by
 * the rule (the last step whose top has crossed the trigger line), measured in the page now.
 */
export async function sections(page: Page): Promise<SectionState[]> {
  const trigger = triggerLine(await page.evaluate(() => document.documentElement.clientWidth));
  return page.evaluate((trigger) => {
    const probe = document.createElement('div');
    probe.style.cssText = 'position:fixed;top:0;height:100svh;width:0;visibility:hidden';
    document.body.append(probe);
    const line = trigger * probe.getBoundingClientRect().height;
    probe.remove();
    return [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map((root) => {
      const host = root.querySelector<HTMLElement>('[data-figure]')!;
      const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
      let expected = 0;
      steps.forEach((s, i) => {
        if (s.getBoundingClientRect().top <= line) expected = i;
      });
      return {
        id: root.closest('section')!.id,
        figure: host.dataset.figure ?? '',
        active: Number(host.dataset.activeStep),
        expected,
        steps: steps.length,
        label: host.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '',
      };
    });
  }, trigger);
}

/** Two frames: one for the scroll handler, one for the figure to render. */
export async function settle(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Keyboard scrolling (End, Home, Page Down) is animated in Chromium: wait until it stops. */
export async function scrollStopped(page: Page) {
  let last = -1;
  for (let i = 0; i < 100; i++) {
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) return;
    last = y;
    await page.waitForTimeout(60);
  }
}

/**
 * Islands hydrate as their section comes near the view (src/components/story/islands.ts): wait
 * until none in view is still server-rendered only. (Those far away stay so until a reader nears.)
 */
export async function hydrated(page: Page, timeout = 10_000) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('[data-island]:not([data-hydrated])')].every((island) => {
        const r = (island.closest('[data-scrolly]') ?? island.parentElement!).getBoundingClientRect();
        return r.bottom <= 0 || r.top >= window.innerHeight;
      }),
    null,
    { timeout },
  );
}

/** Scroll through the whole page, then back to the top, and wait until every island has hydrated. */
export async function hydrateAll(page: Page, timeout = 10_000) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  await page.waitForFunction(() => document.querySelectorAll('[data-island]:not([data-hydrated])').length === 0, null, { timeout });
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Wait until every island is live and every section shows the step in view (the engine settles after a scroll ends). */
export async function expectInSync(page: Page, timeout = 3000): Promise<SectionState[]> {
  await hydrated(page);
  const start = Date.now();
  let last: SectionState[] = [];
  while (Date.now() - start < timeout) {
    await settle(page);
    last = await sections(page);
    if (last.every((s) => s.active === s.expected)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`figures out of step: ${JSON.stringify(last.map(({ id, active, expected }) => ({ id, active, expected })))}`);
}

/** Where to scroll so that step `index` of the `scrolly`-th scrolly section sits just past the trigger line. */
export async function scrollToStep(page: Page, scrolly: number, index: number) {
  const trigger = triggerLine(await page.evaluate(() => document.documentElement.clientWidth));
  await page.evaluate(
    ([scrolly, index, trigger]) => {
      const root = document.querySelectorAll<HTMLElement>('[data-scrolly]')[scrolly as number];
      const el = root.querySelectorAll<HTMLElement>('[data-step]')[index as number];
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - (trigger as number) * window.innerHeight + 20, behavior: 'instant' });
    },
    [scrolly, index, trigger] as const,
  );
}
