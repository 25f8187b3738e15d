import { readdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { parseCsv } from '../../src/lib/data/csv';
import type { Lang } from '../../src/lib/i18n';

/**
 * Citations out of the sentences (issue 25): a prose paragraph's running text holds only its
 * words; the sources its <Cite> tags name sit after it, in one small "Sources (n)" disclosure in
 * the story (it opens without JavaScript) and as numbered notes in the static edition. Read
 * against the writer's MDX and the data: each paragraph lists a source of every row it cites,
 * nothing another row's, and each strike it cites as a link to its page on the tracker.
 */

/** The rows each cited prose paragraph (outside a <Scrolly>) names, in order, per section slug. */
function citedParagraphs(lang: Lang): Map<string, string[][]> {
  const dir = lang === 'en' ? 'content/story' : `content/story/${lang}`;
  const out = new Map<string, string[][]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    const slug = /^slug:\s*(\S+)/m.exec(text)![1];
    const body = text.replace(/^---[\s\S]*?\n---\n/, '').replace(/<Scrolly[\s\S]*?<\/Scrolly>/g, '');
    const paragraphs = body.split(/\n\s*\n/).filter((p) => p.includes('<Cite'));
    out.set(slug, paragraphs.map((p) => [...new Set([...p.matchAll(/<Cite row="(\w+)"/g)].map((m) => m[1]))]));
  }
  return out;
}

/** Each data row's source ids, and each source's address. */
function sourcesOfRows() {
  const byRow = new Map<string, string[]>();
  for (const file of readdirSync('content/data').filter((f) => f.endsWith('.csv'))) {
    for (const { values: row } of parseCsv(readFileSync(`content/data/${file}`, 'utf8')).rows) {
      if (row.id && row.source_ids) byRow.set(row.id, row.source_ids.split(/[;\s]+/).filter(Boolean));
    }
  }
  const urls = new Map(parseCsv(readFileSync('content/data/sources.csv', 'utf8')).rows.map(({ values: r }) => [r.id, r.url]));
  return { byRow, urls };
}

/** A paragraph's listed links hold a source of each row it cites and nothing else: another row's source, a strike it did not cite. */
function expectListed(where: string, rows: string[], hrefs: string[]) {
  const { byRow, urls } = sourcesOfRows();
  const ids = new Set(rows.flatMap((r) => byRow.get(r) ?? []));
  const allowed = new Set([...ids].map((id) => urls.get(id)));
  for (const href of hrefs) {
    const more = /\/sources\/#([\w-]+)$/.exec(href);
    const strike = /\/strikes\/(s\d+)\/$/.exec(href);
    if (more) expect(ids.has(more[1]), `${where}: ${href} is a source of a cited row`).toBe(true);
    else if (strike) expect(rows, `${where}: ${href} is a cited strike`).toContain(strike[1].toUpperCase());
    else expect(allowed.has(href), `${where}: ${href} is a source of ${rows.join(', ')}`).toBe(true);
  }
  for (const row of rows) {
    const own = new Set((byRow.get(row) ?? []).map((id) => urls.get(id)));
    expect(hrefs.some((h) => own.has(h)), `${where}: a source of ${row} is listed`).toBe(true);
    if (/^S\d+$/.test(row)) expect(hrefs.some((h) => h.endsWith(`/strikes/${row.toLowerCase()}/`)), `${where}: ${row} links to its tracker page`).toBe(true);
  }
}

/** Nothing in the running text but the words: no citation and no link in any paragraph the MDX wrote, prose or step. */
async function expectBareText(page: Page) {
  await expect(page.locator('main .cite')).toHaveCount(0);
  const linked = page.locator('section.part > .prose:first-of-type > p a, [data-step] .step__card > p a');
  expect(await linked.evaluateAll((as) => as.map((a) => `${a.closest('p')!.textContent!.slice(0, 60)}… → ${a.getAttribute('href')}`))).toEqual([]);
}

/** Each section's source lists after its prose paragraphs, checked against the MDX: as many, in order, naming what the <Cite> tags named. */
async function expectSourcesAfterParagraphs(page: Page, edition: Lang, check: (list: Locator, where: string) => Promise<void>) {
  let total = 0;
  for (const [slug, expected] of citedParagraphs(edition)) {
    const lists = page.locator(`section#${slug} > .prose:first-of-type > .para-sources`);
    await expect(lists, `#${slug}: one source list per cited paragraph`).toHaveCount(expected.length);
    for (const [i, rows] of expected.entries()) {
      const list = lists.nth(i);
      const where = `#${slug} paragraph ${i + 1} (${rows.join(' ')})`;
      const read = await list.evaluate((l) => ({
        before: l.previousElementSibling?.tagName,
        paragraph: l.previousElementSibling?.textContent?.replace(/\s+/g, ' ') ?? '',
        links: [...l.querySelectorAll('a')].map((a) => ({ name: a.textContent!, href: a.getAttribute('href')! })),
      }));
      // Right after its paragraph, whose text names none of the sources.
      expect(read.before, where).toBe('P');
      for (const { name } of read.links.filter((a) => a.name.includes(','))) expect(read.paragraph, `${where} holds "${name}"`).not.toContain(name);
      await check(list, where);
      expectListed(where, rows, read.links.map((a) => a.href));
      total++;
    }
  }
  expect(total, 'cited prose paragraphs').toBeGreaterThan(15);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("the story's prose carries no citation: each cited paragraph ends in one 'Sources (n)' disclosure that opens, listing what its <Cite> tags named", { tag: '@edition' }, async ({ page, edition, t }) => {
    await page.goto('/');
    await expectBareText(page);
    await expectSourcesAfterParagraphs(page, edition, async (list, where) => {
      expect(await list.evaluate((l) => l.tagName), where).toBe('DETAILS');
      const summary = list.locator('summary');
      await expect(summary, where).toHaveText(new RegExp(`^${t.site.stepSources('\\d+').replace(/[()]/g, '\\$&')}$`));
      // The count is the sources: every link but the strikes' tracker pages, with the "+n more" on the sources page.
      const more = Number(/\d+/.exec((await list.locator('a[href*="/sources/#"]').allTextContents())[0] ?? '0')?.[0] ?? 0);
      const named = await list.locator('li:not(.strike-record) a:not([href*="/sources/#"])').count();
      expect(await summary.textContent(), where).toBe(t.site.stepSources(t.number(named + more)));
      await expect(list.locator('a').first(), `${where}: closed`).toBeHidden();
      await summary.click();
      expect(await list.locator('a').evaluateAll((as) => as.filter((a) => !a.checkVisibility()).length), `${where}: links hidden once open`).toBe(0);
    });
  });

  test('the static edition carries no citation in its text: its sources are numbered notes at the end of each paragraph and step', { tag: '@edition' }, async ({ page, edition, t }) => {
    await page.goto('/static/');
    await expectBareText(page);
    await expect(page.locator('details.source-notes'), 'nothing to open: the notes are shown').toHaveCount(0);
    const numbered = async (list: Locator, where: string) => {
      await expect(list.locator('.source-notes__label'), where).toHaveText(t.site.sourcesCited);
      const notes = await list.locator('li').evaluateAll((lis) => lis.map((li) => ({ mark: getComputedStyle(li, '::before').content, shown: li.querySelector('a')!.checkVisibility() })));
      for (const [i, n] of notes.entries()) expect(n, `${where}, note ${i + 1} shown and numbered`).toEqual({ mark: expect.stringMatching(/counter\(note\)/), shown: true });
    };
    await expectSourcesAfterParagraphs(page, edition, numbered);
    // Each step's text ends with its notes, before its figure.
    const steps = page.locator('.static-step');
    let cited = 0;
    for (let i = 0; i < (await steps.count()); i++) {
      const notes = steps.nth(i).locator('.step__card > .step-sources');
      if (!(await notes.count())) continue;
      cited++;
      expect(await notes.evaluate((n) => n === n.parentElement!.lastElementChild), `step ${i}: notes end its text`).toBe(true);
      await numbered(notes, `step ${i}`);
    }
    expect(cited).toBeGreaterThan(20);
  });
});

test("a paragraph's sources open from the keyboard, with a visible focus ring", { tag: '@edition' }, async ({ page, t }) => {
  await page.goto('/');
  const list = page.locator('#takeaway > .prose > .para-sources').first();
  const summary = list.locator('summary');
  // From the section's heading, the summary is the first stop: no link in the text before it.
  await page.locator('#takeaway h2').evaluate((h) => (h.setAttribute('tabindex', '-1'), (h as HTMLElement).focus()));
  await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await expect(list).toHaveRole('group');
  expect(await summary.evaluate((s) => s.textContent)).toMatch(new RegExp(`^${t.site.stepSources('\\d+').replace(/[()]/g, '\\$&')}$`));
  const ring = await summary.evaluate((s) => ({ style: getComputedStyle(s).outlineStyle, width: parseFloat(getComputedStyle(s).outlineWidth) }));
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  await expect(list).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(list.locator('a').first()).toBeFocused();
});
