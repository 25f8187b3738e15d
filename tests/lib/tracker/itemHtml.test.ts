import { describe, expect, test } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import { itemHtml, type ItemWords } from '$lib/tracker/itemHtml';
import type { ListItem } from '$lib/tracker/compact';

const words: ItemWords = { zone: { caribbean: 'Caribbean' }, killed: 'killed', survivors: 'Survivors', disputed: 'Disputed', announced: 'Announced', sources: 'Sources' };
const item: ListItem = {
  id: 'S006', when: '2025-10-16', region: 'caribbean', killed: 2, survivors: 2, disputed: true,
  title: 'Strike of Oct. 16, 2025', announced: 'Oct. 18, 2025', location: 'Off "La Guajira" <approx.>',
  cited: [{ outlet: 'AP', url: 'https://apnews.com/a?b=1&c=2', published: 'Oct. 17, 2025' }], more: '+3 more',
};

// One template draws the page's items and the browser's (filterList.ts), so both read the same.
describe('a tracker list item', () => {
  const doc = parseDocument(itemHtml(item, words, '/strikes/s006/', (n) => n.toLocaleString('en-US')));
  const text = DomUtils.textContent(doc).replace(/\s+/g, ' ');
  const links = DomUtils.findAll((e) => e.name === 'a', doc.children).map((a) => [DomUtils.textContent(a), a.attribs.href]);

  test('says the sea, the dead, the survivors, the dispute and the announcement day', () => {
    expect(text).toContain('Strike of Oct. 16, 2025');
    expect(text).toContain('Caribbean2 killedSurvivors: 2DisputedAnnounced Oct. 18, 2025');
    expect(text).toContain('Off "La Guajira" <approx.>');
  });

  test('links the strike page, each source and the rest of them', () => {
    expect(links).toEqual([
      ['Strike of Oct. 16, 2025', '/strikes/s006/'],
      ['AP, Oct. 17, 2025', 'https://apnews.com/a?b=1&c=2'],
      ['+3 more', '/strikes/s006/'],
    ]);
  });

  test('carries what the filters read, and no survivors line when none are known', () => {
    const li = DomUtils.findAll((e) => e.name === 'li', doc.children)[0];
    expect(li.attribs).toMatchObject({ 'data-id': 'S006', 'data-region': 'caribbean', 'data-killed': '2', 'data-survivors': '2', 'data-disputed': '1' });
    const none = itemHtml({ ...item, survivors: null, disputed: false, announced: '', more: '' }, words, '/s/', String);
    expect(none).not.toMatch(/Survivors|Disputed|Announced|\+3/);
    expect(none).toContain('data-survivors=""');
  });
});
