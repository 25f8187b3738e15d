import { expect, test } from './fixtures';

/**
 * A printed story, as a reader holds it: every section's text, every figure in full beside its
 * steps (nothing pinned, nothing cut across pages), and none of the screen's controls.
 * Print does not depend on the screen: this file runs in the desktop project only (playwright.config.ts).
 */
// A US Letter page at 96 px an inch, less Chromium's default margins (0.4 in each side).
const PAGE = { width: 816 - 2 * 38, height: 1056 - 2 * 38 };

test('printing: text and every figure, nothing pinned, no figure cut, no screen controls', async ({ page }, info) => {
  await page.setViewportSize({ width: PAGE.width, height: PAGE.height });
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden' && r.width > 0 && r.height > 0;
    };
    const figures = [...document.querySelectorAll('.scrolly__figure')];
    return {
      figures: figures.map((f) => ({ position: getComputedStyle(f).position, breakInside: getComputedStyle(f).breakInside, shown: shown(f), height: f.getBoundingClientRect().height })),
      // Drawn: some drawing of it is shown (a map keeps a wide and a narrow frame, and shows one).
      drawn: figures.map((f) => [...f.querySelectorAll('svg, .legal, .timeline')].some(shown)),
      sections: [...document.querySelectorAll('main section[id]')].map((s) => ({ id: s.id, shown: shown(s), text: (s as HTMLElement).innerText.length })),
      steps: [...document.querySelectorAll('[data-step] .step__card')].filter((c) => !shown(c)).length,
      controls: [...document.querySelectorAll('.edition-switch, .skip-link, .toc, .site-footer')].filter(shown).map((e) => e.className),
    };
  });
  expect(printed.figures.length).toBeGreaterThan(0);
  for (const [i, f] of printed.figures.entries()) {
    expect(f.position, `figure ${i} pinned`).toBe('static');
    expect(f.shown, `figure ${i} printed`).toBe(true);
    expect(printed.drawn[i], `figure ${i} drawn`).toBe(true);
    expect(f.breakInside, `figure ${i} kept on one page`).toBe('avoid');
    expect(f.height, `figure ${i} fits a page`).toBeLessThanOrEqual(PAGE.height);
  }
  for (const s of printed.sections) expect(s.shown && s.text > 200, `section ${s.id} printed with its text`).toBe(true);
  expect(printed.steps, 'steps hidden in print').toBe(0);
  expect(printed.controls, 'screen controls printed').toEqual([]);

  // The PDF itself: one page per ~screenful of text, not one page of a pinned chart.
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, 'pages printed').toBeGreaterThan(10);
  await info.attach('story.pdf', { body: pdf, contentType: 'application/pdf' });
});

test("printing: each paragraph's and step's sources print as numbered notes at its end, no disclosure to open", async ({ page, t }) => {
  await page.setViewportSize({ width: PAGE.width, height: PAGE.height });
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  const lists = page.locator('main .para-sources, main .step-sources');
  expect(await lists.count()).toBeGreaterThan(40);
  const printed = await lists.evaluateAll((ls) =>
    ls.map((l) => ({
      open: (l as HTMLDetailsElement).open,
      // What the page shows: the label, then every note with its number.
      label: l.querySelector('summary')!.textContent,
      notes: [...l.querySelectorAll('li')].map((li) => ({ shown: li.getBoundingClientRect().height > 0, mark: getComputedStyle(li, '::before').content })),
      after: getComputedStyle(l.querySelector('summary')!, '::after').content,
    })),
  );
  for (const [i, l] of printed.entries()) {
    expect(l.open, `list ${i} is printed without being opened`).toBe(false);
    expect(l.label, `list ${i}`).toMatch(new RegExp(`^${t.site.stepSources('\\d+').replace(/[()]/g, '\\$&')}$`));
    expect(l.after, `list ${i}: its label leads into the notes`).toBe('":"');
    for (const [j, n] of l.notes.entries()) {
      expect(n.shown, `list ${i}, note ${j + 1} printed`).toBe(true);
      expect(n.mark, `list ${i}, note ${j + 1} numbered`).toMatch(/counter\(note\)/);
    }
  }
});
