import { describe, expect, test } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import { itemHtml, type ItemWords } from '$lib/tracker/itemHtml';
import type { ListItem } from '$lib/tracker/compact';

const words: ItemWords = {
  zone: { caribbean: 'Caribbean' },
  columns: { killed: 'Killed', survivors: 'Survivors', presumed: 'Never found', group: 'Named group', sources: 'Sources' },
  notDisclosed: 'not disclosed', none: 'none', noGroup: 'none named', disputed: 'disputed', announced: 'announced',
};
const item: ListItem = {
  id: 'S006', when: '2025-10-16', region: 'caribbean', killed: 2, survivors: 2, presumed: 1, group: 'Tren de "TdA" <x>', disputed: true,
  date: 'Oct. 16, 2025', announced: 'Oct. 18, 2025',
  cited: [{ outlet: 'AP', url: 'https://apnews.com/a?b=1&c=2', published: 'Oct. 17, 2025' }], more: '+3 more', where: 'sea_only', video: true,
};
const cells = (html: string) => {
  const doc = parseDocument(`<table><tbody>${html}</tbody></table>`);
  return DomUtils.findAll((e) => e.name === 'th' || e.name === 'td', doc.children).map((c) => DomUtils.textContent(c));
};

// One template draws the page's rows and the browser's (filterList.ts), so both read the same.
describe('a row of the tracker table', () => {
  const html = itemHtml(item, words, '/strikes/s006/', (n) => n.toLocaleString('en-US'));
  const doc = parseDocument(`<table><tbody>${html}</tbody></table>`);
  const links = DomUtils.findAll((e) => e.name === 'a', doc.children).map((a) => [DomUtils.textContent(a), a.attribs.href]);

  test('one cell per column: date, sea, killed, survivors, never found, named group, sources', () => {
    expect(cells(html)).toEqual(['Oct. 16, 2025announced Oct. 18, 2025', 'Caribbean', '2', '2', '1', 'Tren de "TdA" <x> disputed', 'AP, Oct. 17, 2025; +3 more']);
  });

  test('each count carries its column’s name, for a phone that shows the table as a list', () => {
    const labels = DomUtils.findAll((e) => e.name === 'td' && 'data-label' in e.attribs, doc.children).map((c) => c.attribs['data-label']);
    expect(labels).toEqual(['Killed', 'Survivors', 'Never found', 'Named group', 'Sources']);
  });

  test('links the strike page, each source and the rest of them', () => {
    expect(links).toEqual([
      ['Oct. 16, 2025', '/strikes/s006/'],
      ['AP, Oct. 17, 2025', 'https://apnews.com/a?b=1&c=2'],
      ['+3 more', '/strikes/s006/'],
    ]);
  });

  test('says "not disclosed", "none" and "none named" in words, and carries what the filters read', () => {
    const tr = DomUtils.findAll((e) => e.name === 'tr', doc.children)[0];
    expect(tr.attribs).toMatchObject({ 'data-id': 'S006', 'data-region': 'caribbean', 'data-killed': '2', 'data-survivors': '2', 'data-disputed': '1', 'data-presumed': '1' });
    const none = itemHtml({ ...item, survivors: null, presumed: null, group: '', disputed: false, announced: '', more: '' }, words, '/s/', String);
    expect(cells(none)).toEqual(['Oct. 16, 2025', 'Caribbean', '2', 'not disclosed', '–none', 'none named', 'AP, Oct. 17, 2025']);
    expect(none).toContain('data-survivors=""');
  });
});
