import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import sharp from 'sharp';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { parseCsv } from '../../src/lib/data/csv';
import { typeset } from '../../src/lib/text/typeset';
import { expect, test } from './fixtures';

/**
 * The strike tracker: every strike of content/data/strikes.csv on /strikes/ and on a page of its
 * own, in both editions, without JavaScript; filters kept in the address; feeds that validate.
 */
const { rows } = parseCsv(readFileSync('content/data/strikes.csv', 'utf8'), 'strikes.csv');
const strikes = rows.map((r) => r.values);
const killedOf = (xs: typeof strikes) => xs.reduce((n, s) => n + Number(s.killed), 0);

test('without JavaScript, /strikes/ lists every strike, newest first, each linking to its own page', { tag: '@edition' }, async ({ browser, edition, t }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${edition === 'en' ? '' : `/${edition}`}/strikes/`);
  const items = page.locator('[data-tracker-list] > tr');
  await expect(items).toHaveCount(strikes.length);
  await expect(page.locator('[data-tracker-count]')).toHaveText(t.tracker.count(t.number(strikes.length), t.number(killedOf(strikes))));
  const when = await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.when!));
  expect(when).toEqual([...when].sort().reverse());
  for (const s of strikes) {
    await expect(page.locator(`[data-tracker-list] > tr[data-id="${s.id}"] th a`)).toHaveAttribute('href', new RegExp(`/strikes/${s.id.toLowerCase()}/$`));
  }
  await context.close();
});

test('the counts in dispute: our count, the same with survivors never found, and every published tally as a dot', { tag: '@edition' }, async ({ page, t }) => {
  const tallies = parseCsv(readFileSync('content/data/tallies.csv', 'utf8'), 'tallies.csv').rows.map((r) => r.values);
  const presumed = strikes.reduce((n, s) => n + Number(s.presumed_dead || 0), 0);
  expect(presumed).toBeGreaterThan(0);
  await page.goto('/strikes/');
  const figure = page.locator('figure.dispute');
  await expect(figure.locator('.tally')).toHaveCount(tallies.length);
  const label = await figure.locator('[role="img"]').getAttribute('aria-label');
  expect(label).toContain(t.number(killedOf(strikes)));
  expect(label).toContain(t.number(killedOf(strikes) + presumed));
  await expect(figure.locator('.parts li')).toHaveCount(strikes.filter((s) => Number(s.presumed_dead || 0) > 0).length);
});

test('the story, the methodology and /strikes/ print one gap between the latest published tally and our count', { tag: '@edition' }, async ({ page }) => {
  await page.goto('/');
  const inStory = page.locator('#since [data-gap]').first();
  const inMethodology = page.locator('#sources [data-gap]').first();
  const gap = await inStory.getAttribute('data-gap');
  expect(Number(gap)).toBeGreaterThan(0);
  const words = (await inStory.textContent())!.trim();
  expect(await inMethodology.getAttribute('data-gap')).toBe(gap);
  expect((await inMethodology.textContent())!.trim()).toBe(words);
  await page.goto('/strikes/');
  // The tracker says its age as the story does.
  await expect(page.locator('.masthead .dateline time')).toHaveCount(2);
  const onTracker = page.locator('.dispute [data-gap]');
  expect(await onTracker.getAttribute('data-gap')).toBe(gap);
  expect((await onTracker.textContent())!.trim()).toBe(words);
});

test('a filtered address opens filtered, the count follows, and changing a filter rewrites the address', { tag: '@edition' }, async ({ page, t }) => {
  await page.goto('/strikes/?sea=eastern_pacific&survivors=1');
  const pacificWithSurvivors = strikes.filter((s) => s.region === 'eastern_pacific' && Number(s.survivors || 0) > 0);
  expect(pacificWithSurvivors.length).toBeGreaterThan(0);
  const shown = page.locator('[data-tracker-list] > tr:not([hidden])');
  await expect(shown).toHaveCount(pacificWithSurvivors.length);
  await expect(page.locator('[data-tracker-count]')).toHaveText(t.tracker.count(t.number(pacificWithSurvivors.length), t.number(killedOf(pacificWithSurvivors))));
  await expect(page.locator('select[name="sea"]')).toHaveValue('eastern_pacific');
  await expect(page.locator('input[name="survivors"]')).toBeChecked();

  // The reader widens it: the list, the count and the address follow.
  await page.locator('input[name="survivors"]').uncheck();
  const pacific = strikes.filter((s) => s.region === 'eastern_pacific');
  await expect(shown).toHaveCount(pacific.length);
  await expect(page).toHaveURL(/\/strikes\/\?sea=eastern_pacific$/);
  await expect(page.locator('[data-tracker-count]')).toHaveText(t.tracker.count(t.number(pacific.length), t.number(killedOf(pacific))));

  // Most deaths first.
  await page.locator('select[name="sort"]').selectOption('deaths');
  const killed = await shown.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.killed)));
  expect(killed).toEqual([...killed].sort((a, b) => b - a));
  await expect(page).toHaveURL(/sort=deaths/);
});

test('the filters search every strike, fetched once when the reader first filters, and draw each as the page does', async ({ page, t }) => {
  const fetched: string[] = [];
  page.on('request', (r) => /\/strikes\/list\.json$/.test(r.url()) && fetched.push(r.url()));
  await page.goto('/strikes/');
  const items = page.locator('[data-tracker-list] > tr');
  await expect(items).toHaveCount(strikes.length);
  // The first view is the page as served: nothing more is fetched until the reader filters.
  await page.waitForTimeout(300);
  expect(fetched, 'no list.json before a filter is used').toEqual([]);
  // How a served row looks (a table row on a laptop, a block on a phone), to hold the drawn ones to it.
  const look = (id: string) =>
    page.locator(`[data-tracker-list] > tr[data-id="${id}"]`).evaluate((tr) => {
      const [row, cell, sea] = [tr, tr.querySelector('td')!, tr.querySelector('.sea')!].map((e) => getComputedStyle(e));
      return [row.display, row.borderTopStyle, cell.borderBottomStyle, sea.fontWeight];
    });
  const servedLook = await look(strikes[0].id);
  const served = await items.evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).dataset.id, text: e.textContent, links: [...e.querySelectorAll('a')].map((a) => a.getAttribute('href')) })));

  await page.locator('select[name="sea"]').selectOption('caribbean');
  const caribbean = strikes.filter((s) => s.region === 'caribbean');
  await expect(items).toHaveCount(caribbean.length);
  await expect(page.locator('[data-tracker-count]')).toHaveText(t.tracker.count(t.number(caribbean.length), t.number(killedOf(caribbean))));
  expect(fetched).toHaveLength(1);

  // Every strike again, drawn from list.json: the same items, in the same order, with the same words and links.
  await page.locator('[data-tracker-reset]').click();
  await expect(items).toHaveCount(strikes.length);
  await expect(page.locator('[data-tracker-count]')).toHaveText(t.tracker.count(t.number(strikes.length), t.number(killedOf(strikes))));
  const drawn = await items.evaluateAll((els) => els.map((e) => ({ id: (e as HTMLElement).dataset.id, text: e.textContent, links: [...e.querySelectorAll('a')].map((a) => a.getAttribute('href')) })));
  expect(drawn).toEqual(served);
  // Styled as the served ones: the sea in its colour, a rule between items.
  expect(await look(strikes[0].id)).toEqual(servedLook);
  expect(servedLook[3]).toBe('700');
  // Every strike fits on one page: no pages, nothing more to show.
  await expect(page.locator('[data-tracker-more]')).toBeHidden();
  await expect(page.locator('[data-tracker-pages]')).toHaveCount(0);
  expect(fetched).toHaveLength(1);
});

test("a strike's page: its facts, its sources, its place in the campaign, its neighbours and its row as data", { tag: '@edition' }, async ({ page, edition, t, request }) => {
  // S006: the first strike with survivors (two), in the Caribbean.
  const s = strikes.find((x) => x.id === 'S006')!;
  await page.goto('/strikes/s006/');
  await expect(page.locator('h1')).toHaveText(typeset(t.tracker.strikeTitle(t.date(s.strike_date))));
  await expect(page.locator('.facts')).toContainText(t.number(Number(s.killed)));
  await expect(page.locator('.facts')).toContainText(t.tracker.approximate);
  await expect(page.locator('.sources li')).toHaveCount(s.source_ids.split(';').filter((x) => x.trim()).length);
  await expect(page.locator('.toll [role="img"]')).toHaveAttribute('aria-label', /.+/);
  const prefix = edition === 'en' ? '' : `/${edition}`;
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', new RegExp(`${prefix}/strikes/s005/$`));
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', new RegExp(`${prefix}/strikes/s007/$`));
  const csv = await request.get('/strikes/s006/row.csv');
  const parsed = parseCsv(await csv.text(), 'row.csv');
  expect(parsed.rows.map((r) => r.values.id)).toEqual(['S006']);
  expect(parsed.rows[0].values.killed).toBe(s.killed);
  const json = await (await request.get('/strikes/s006/row.json')).json();
  expect(json).toMatchObject({ id: 'S006', killed: Number(s.killed), survivors: Number(s.survivors) });
  expect(json.sources.length).toBeGreaterThan(0);
});

test('the feeds: one item per strike, newest first; JSON Feed 1.1 and Atom both valid, and announced by the pages', { tag: '@edition' }, async ({ page, request, edition }) => {
  const prefix = edition === 'en' ? '' : `/${edition}`;
  await page.goto('/strikes/');
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', `${prefix}/strikes/feed.json`);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `${prefix}/strikes/feed.atom`);

  const json = await request.get(`${prefix}/strikes/feed.json`);
  const feed = await json.json();
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync('tests/fixtures/jsonfeed-1.1.schema.json', 'utf8')));
  expect(validate(feed) ? [] : validate.errors).toEqual([]);
  expect(feed.items).toHaveLength(strikes.length);
  expect(feed.items.map((i: { _strike: { id: string } }) => i._strike.id).sort()).toEqual(strikes.map((s) => s.id).sort());
  for (const item of feed.items) expect(item.url).toMatch(new RegExp(`${prefix}/strikes/s\\d+/$`));

  // Atom (RFC 4287): well-formed, in the Atom namespace, and every element the RFC requires, once.
  const atom = await (await request.get(`${prefix}/strikes/feed.atom`)).text();
  const parser = new SaxesParser({ xmlns: true });
  const path: string[] = [];
  const counts = new Map<string, number>();
  let namespaceOk = true;
  parser.on('opentag', (tag) => {
    if (tag.uri !== 'http://www.w3.org/2005/Atom') namespaceOk = false;
    path.push(tag.local);
    const key = path.join('/');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  parser.on('closetag', () => path.pop());
  parser.write(atom).close();
  expect(namespaceOk).toBe(true);
  for (const el of ['feed/id', 'feed/title', 'feed/updated', 'feed/author']) expect(counts.get(el), el).toBe(1);
  for (const el of ['feed/entry', 'feed/entry/id', 'feed/entry/title', 'feed/entry/updated', 'feed/entry/link', 'feed/entry/summary']) expect(counts.get(el), el).toBe(strikes.length);
  const stamps = [...atom.matchAll(/<(updated|published)>([^<]+)</g)].map((m) => m[2]);
  for (const d of stamps) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
  const ids = [...atom.matchAll(/<entry>\s*<id>([^<]+)</g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(strikes.length);
  for (const id of ids) expect(id).toMatch(/^https?:\/\//);
});

test('the sitemap lists the tracker and every strike page, in both editions', { tag: '@once' }, async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(xml).toContain('/strikes/</loc>');
  expect(xml).toContain('/es/strikes/</loc>');
  expect(xml).toContain('/strikes/changes/</loc>');
  expect(xml).toContain('/es/strikes/changes/</loc>');
  expect(xml).toContain('/strikes/people/</loc>');
  expect(xml).toContain('/es/strikes/people/</loc>');
  for (const s of strikes) {
    expect(xml).toContain(`/strikes/${s.id.toLowerCase()}/</loc>`);
    expect(xml).toContain(`/es/strikes/${s.id.toLowerCase()}/</loc>`);
  }
});

test('/strikes/ is a table on a laptop, with every column in view, and a list on a phone', async ({ page, t }, info) => {
  await page.goto('/strikes/');
  const table = page.locator('[data-tracker-table]');
  const c = t.tracker.table.columns;
  await expect(table.locator('thead th')).toHaveText([c.date, c.sea, c.killed, c.survivors, c.presumed, c.group, c.sources].map((x) => typeset(x)));
  const scroll = page.locator('.tracker .table-scroll');
  const fits = await scroll.evaluate((e) => e.scrollWidth <= e.clientWidth + 1);
  expect(fits, 'no column cut off: the table fits its box').toBe(true);
  const display = await table.locator('tbody tr').first().evaluate((tr) => getComputedStyle(tr).display);
  if (info.project.name.startsWith('phone')) {
    expect(display, 'a phone shows each strike as a block').not.toBe('table-row');
    // Each count says what it counts.
    const before = await table.locator('tbody tr').first().locator('td.killed').evaluate((td) => getComputedStyle(td, '::before').content);
    expect(before).toContain(t.tracker.table.columns.killed);
  } else {
    expect(display).toBe('table-row');
  }
  // Nothing on the page runs past the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test('each column head sorts the table, says which way, and keeps the order in the address', { tag: '@edition' }, async ({ page, t }) => {
  await page.goto('/strikes/');
  const head = (name: string) => page.locator('[data-tracker-table] thead th', { hasText: typeset(name) });
  await expect(head(t.tracker.table.columns.date)).toHaveAttribute('aria-sort', 'descending');
  await head(t.tracker.table.columns.killed).getByRole('button').click();
  await expect(head(t.tracker.table.columns.killed)).toHaveAttribute('aria-sort', 'descending');
  await expect(head(t.tracker.table.columns.date)).not.toHaveAttribute('aria-sort');
  await expect(page).toHaveURL(/\?sort=deaths$/);
  const killed = () => page.locator('[data-tracker-list] > tr').evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.killed)));
  await expect.poll(killed).toEqual([...(await killed())].sort((a, b) => b - a));
  expect((await killed())[0]).toBe(Math.max(...strikes.map((s) => Number(s.killed))));
  // Pressed again, the other way.
  await head(t.tracker.table.columns.killed).getByRole('button').click();
  await expect(head(t.tracker.table.columns.killed)).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/\?sort=deaths&reverse=1$/);
  await expect.poll(killed).toEqual([...(await killed())].sort((a, b) => a - b));
  // A shared address opens sorted, and the filters still narrow it.
  await page.goto('/strikes/?sea=caribbean&sort=date&reverse=1');
  await expect(head(t.tracker.table.columns.date)).toHaveAttribute('aria-sort', 'ascending');
  const when = await page.locator('[data-tracker-list] > tr').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.when!));
  expect(when).toEqual([...when].sort());
  expect(when).toHaveLength(strikes.filter((s) => s.region === 'caribbean').length);
});

test('"download what is shown": the release’s columns, the strikes the filters show, in their order; without JavaScript, the whole release', { tag: '@edition' }, async ({ page, browser, edition, request }) => {
  await page.goto('/strikes/?sea=eastern_pacific&sort=deaths');
  await expect(page.locator('[data-tracker-list] > tr')).toHaveCount(strikes.filter((s) => s.region === 'eastern_pacific').length);
  const shown = await page.locator('[data-tracker-list] > tr').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!));
  const release = parseCsv(await (await request.get('/data/strikes.csv')).text(), 'strikes.csv');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="csv"]').click()]);
  const got = parseCsv(readFileSync((await csv.path())!, 'utf8'), 'shown.csv');
  expect(got.header).toEqual(release.header);
  expect(got.header).toContain('data_version');
  expect(got.rows.map((r) => r.values.id)).toEqual(shown);
  const s031 = got.rows.find((r) => r.values.id === 'S031')!.values;
  expect(s031).toEqual(release.rows.find((r) => r.values.id === 'S031')!.values);
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="json"]').click()]);
  const rows = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { id: string; killed: number; data_version: string }[];
  expect(rows.map((r) => r.id)).toEqual(shown);
  expect(rows[0].data_version).toBe(release.rows[0].values.data_version);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(`${edition === 'en' ? '' : `/${edition}`}/strikes/`);
  for (const [kind, file] of [['csv', '/data/strikes.csv'], ['json', '/data/strikes.json']]) {
    const href = await plain.locator(`[data-download="${kind}"]`).getAttribute('href');
    expect(href).toMatch(new RegExp(`${file.replace(/\./g, '\\.')}$`));
    expect((await request.get(href!)).status()).toBe(200);
  }
  expect(((await (await request.get('/data/strikes.json')).json()) as unknown[]).length).toBe(strikes.length);
  await context.close();
});

test('a strike page opens with what happened and what is disputed, in plain words', { tag: '@edition' }, async ({ page, t }) => {
  const s001 = strikes.find((s) => s.id === 'S001')!;
  await page.goto('/strikes/s001/');
  const note = page.locator('main > section.note');
  await expect(note.locator('h2')).toHaveText(typeset(t.tracker.note.heading));
  // The note comes first in the page's main part.
  expect(await page.locator('main > *').first().evaluate((e) => e.classList.contains('note'))).toBe(true);
  await expect(note).toContainText(t.date(s001.strike_date));
  await expect(note).toContainText(typeset(t.tracker.note.disputed('').replace(/\.$/, '')));
  await expect(note).toContainText('Tren de Aragua');
  // What its own sources reported later: the follow-up strike on the survivors, dated, with its publisher.
  await expect(note).toContainText(`${t.date('2025-11-28')}: The Washington Post`);
  await expect(note).toContainText(`(AP, ${t.date('2025-12-02')})`);
  // S031: 3 announced killed, 8 never found, 11 with them.
  const s031 = strikes.find((s) => s.id === 'S031')!;
  await page.goto('/strikes/s031/');
  const text = (await page.locator('main > section.note').textContent())!;
  expect(Number(s031.killed) + Number(s031.presumed_dead)).toBe(11);
  expect(text).toContain(typeset(t.tracker.note.presumed(t.number(8), t.number(11), 'CNN')));
});

test('how firm the facts are: the place and a released video filter the list in the address, and the download follows', { tag: '@edition' }, async ({ page, t }) => {
  const hidden = strikes.filter((s) => s.where_precision === 'not_disclosed');
  const hiddenOnVideo = hidden.filter((s) => s.video_released === 'yes');
  expect(hiddenOnVideo.length).toBeGreaterThan(0);
  await page.goto('/strikes/?where=not_disclosed&video=1');
  const shown = page.locator('[data-tracker-list] > tr:not([hidden])');
  await expect(shown).toHaveCount(hiddenOnVideo.length);
  await expect(page.locator('[data-tracker-count]')).toHaveText(t.tracker.count(t.number(hiddenOnVideo.length), t.number(killedOf(hiddenOnVideo))));
  await expect(page.locator('select[name="where"]')).toHaveValue('not_disclosed');
  await expect(page.locator('input[name="video"]')).toBeChecked();
  await page.locator('input[name="video"]').uncheck();
  await expect(shown).toHaveCount(hidden.length);
  await expect(page).toHaveURL(/\/strikes\/\?where=not_disclosed$/);
  const ids = await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!));
  expect([...ids].sort()).toEqual(hidden.map((s) => s.id).sort());
  // "Download what is shown" gives those strikes, with how firm each fact is.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="csv"]').click()]);
  const got = parseCsv(readFileSync((await csv.path())!, 'utf8'), 'shown.csv');
  expect(got.rows.map((r) => r.values.id)).toEqual(ids);
  expect(got.rows.every((r) => r.values.where_precision === 'not_disclosed')).toBe(true);
});

test('a strike page says what is known in plain words, and draws no map of a place not disclosed', { tag: '@edition' }, async ({ page, t }) => {
  const k = t.tracker.known;
  await page.goto('/strikes/s002/');
  const known = page.locator('main section.known');
  await expect(known.locator('h2')).toHaveText(typeset(k.heading));
  // The U.S. withheld the place; reports put the strike in the Caribbean, and the page says which is which.
  await expect(known).toContainText(typeset(k.where.notDisclosedSea(t.tracker.seaIn.caribbean)));
  await expect(page.locator('figure.locator')).toHaveCount(0);
  const sea = page.locator('main section.known dl').first();
  await page.goto('/strikes/s013/');
  await expect(sea).toContainText(typeset(k.where.sea_only(t.seas.eastern_pacific)));
  await expect(sea).toContainText(typeset(k.videoIs.yes));
  await expect(page.locator('figure.locator')).toHaveCount(1);
  await page.goto('/strikes/s031/');
  await expect(page.locator('main section.known')).toContainText(/11/);
});

const READER_PAGES = ['/strikes/', '/strikes/s001/', '/strikes/s002/', '/strikes/s005/', '/strikes/s006/', '/strikes/s008/', '/strikes/s031/', '/strikes/s055/', '/strikes/changes/', '/strikes/people/', '/sources/'];
test('no database words on the pages a reader sees: no ids, rows, cells or "blank"', { tag: '@edition' }, async ({ page }) => {
  for (const path of READER_PAGES) {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    for (const pattern of [/\b(src|b)-\d{3}\b/, /\bS\d{3}\b/, /\b(row|rows|cell|cells|blank)\b/i, /\b(fila|filas|celda|celdas)\b/i, / → \S/, /presumed_dead|source_ids/]) {
      expect(text.match(pattern)?.[0], `${path}: ${pattern}`).toBeUndefined();
    }
  }
});

test('the toll chart on a strike page has its axes and labels this strike, nothing overlapping or cut', async ({ page, t }) => {
  for (const id of ['s002', 's031', 's057']) {
    await page.goto(`/strikes/${id}/`);
    const chart = page.locator('figure.toll');
    const a = t.tracker.tollAxis;
    await expect(chart.locator('.y-title')).toHaveText(typeset(a.deaths));
    await expect(chart.locator('.x-axis')).toContainText(typeset(a.first));
    await expect(chart.locator('.x-axis')).toContainText(typeset(a.last));
    await expect(chart.locator('.ytick.bottom')).toHaveText('0');
    const label = chart.locator('[data-this-strike]');
    await expect(label).toHaveText(typeset(a.thisStrike));
    const boxes = await chart.evaluate((f) => {
      // The ink of each: a block's words, not its whole line.
      const r = (s: string) =>
        [...f.querySelectorAll(s)].map((e) => {
          const range = document.createRange();
          range.selectNodeContents(e);
          return (e.matches('.dot') ? e : range).getBoundingClientRect().toJSON() as DOMRect;
        });
      return { label: r('[data-this-strike]')[0], dot: r('.dot')[0], others: [...r('.ytick'), ...r('.y-title'), ...r('.x-axis > span')], figure: f.getBoundingClientRect().toJSON() as DOMRect };
    });
    const overlap = (p: DOMRect, q: DOMRect) => p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;
    for (const o of [boxes.dot, ...boxes.others]) expect(overlap(boxes.label, o), `${id}: the label clear of the dot and the axes`).toBe(false);
    expect(boxes.label.left).toBeGreaterThanOrEqual(boxes.figure.left - 1);
    expect(boxes.label.right).toBeLessThanOrEqual(boxes.figure.right + 1);
  }
});

test('on a phone, a data table wider than the screen shows a shadow at its cut edge, gone at the end', { tag: '@edition' }, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  const details = page.locator('#strikes details.data-table').first();
  await details.locator('summary').click();
  const scroll = details.locator('.table-scroll');
  await scroll.scrollIntoViewIfNeeded();
  expect(await scroll.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
  // The colour at the very edge against the colour a little inside, in a cell's padding row under the caption.
  const edge = async () => {
    const box = (await scroll.boundingBox())!;
    const shot = await page.screenshot({ clip: { x: box.x, y: box.y + 2, width: box.width, height: 1 } });
    const { data, info } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number) => [...data.subarray(x * info.channels, x * info.channels + 3)];
    return { right: at(info.width - 2), inside: at(info.width - 40), left: at(1) };
  };
  const dist = (p: number[], q: number[]) => Math.max(...p.map((v, i) => Math.abs(v - q[i])));
  const start = await edge();
  expect(dist(start.right, start.inside), 'a shadow at the right edge').toBeGreaterThan(12);
  expect(dist(start.left, start.inside), 'none at the left, where nothing is cut').toBeLessThan(6);
  await scroll.evaluate((e) => (e.scrollLeft = e.scrollWidth));
  const end = await edge();
  expect(dist(end.left, end.inside), 'at the end, the shadow moves to the left edge').toBeGreaterThan(12);
  expect(dist(end.right, end.inside), 'and leaves the right').toBeLessThan(6);
});

test('the language switch is the second stop of Tab, after the skip link', { tag: '@edition' }, async ({ page, t, edition }) => {
  for (const path of ['/', '/strikes/', '/strikes/s001/', '/strikes/changes/', '/sources/']) {
    await page.goto(path);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus'), path).toHaveText(typeset(t.site.skipToStory));
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus'), path).toHaveAttribute('data-edition-switch', '');
    await expect(page.locator(':focus')).toHaveAttribute('hreflang', edition === 'en' ? 'es' : 'en');
  }
});
