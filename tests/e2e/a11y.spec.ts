import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { expectInSync, scrollToStep } from './helpers';

/** Every built page, in both colour schemes, scrolled to several steps: zero violations. */
const PAGES = ['/', '/static/', '/sources/', '/strikes/', '/strikes/s006/', '/strikes/s008/', '/strikes/changes/', '/strikes/people/', '/strikes/s031/', '/data/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of PAGES) {
    test(`axe: ${path} in ${scheme} mode, at the top and at steps of every figure`, async ({ page }) => {
      // Seven axe runs over the whole story: on a busy two-core machine the first one took 51 s of the default 60.
      test.setTimeout(150_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      // The story at several steps of every figure; the static edition has every state on the page at once.
      const positions: [number, number][] = path === '/' ? [[0, 0], [1, 2], [2, 1], [3, 3], [4, 5], [5, 4]] : [];
      const found: string[] = [];
      for (const [scrolly, step] of [[-1, -1] as [number, number], ...positions]) {
        if (scrolly >= 0) {
          await scrollToStep(page, scrolly, step);
          await expectInSync(page);
          await page.waitForTimeout(500);
        }
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of result.violations) {
          found.push(`${v.id} (${v.impact}) at ${scrolly}/${step}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
        }
      }
      expect([...new Set(found)]).toEqual([]);
    });
  }
}
