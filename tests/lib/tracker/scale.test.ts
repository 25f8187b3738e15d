import { describe, expect, test } from 'vitest';
import { strings } from '$lib/i18n';
import { sourceIndex } from '$lib/data/sources';
import { decodeList, encodeList, type ListItem } from '$lib/tracker/compact';
import { applyFilters, parseFilters, tallyOf } from '$lib/tracker/filters';
import { listItems } from '$lib/tracker/listItems';
import { laterPages, pageCount, pageHref, pageOf, PAGE_SIZE } from '$lib/tracker/pages';
import { trackerRows } from '$lib/tracker/rows';
import { tollChart, tollOf } from '$lib/tracker/toll';
import { fixtureTables } from '../../fixtures/tables';

// The tracker when the table is 100 times larger: pages without JavaScript, every row for the filters.
const t = fixtureTables();
const rows = trackerRows(t.strikes, t.strikes, sourceIndex(t.sources));

describe('the list in pages', () => {
  test('a table that fits on one page has no other pages', () => {
    expect(PAGE_SIZE).toBeGreaterThanOrEqual(57);
    expect(pageCount(57)).toBe(1);
    expect(laterPages(57)).toEqual([]);
    expect(pageCount(0)).toBe(1);
  });

  test('5,057 strikes make 51 pages of 100, the last holding the 57 oldest', () => {
    const ids = Array.from({ length: 5057 }, (_, i) => i);
    expect(pageCount(ids.length)).toBe(51);
    expect(laterPages(ids.length)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
    expect(pageOf(ids, 1)).toEqual(ids.slice(0, 100));
    expect(pageOf(ids, 51)).toHaveLength(57);
    expect(pageOf(ids, 51).at(-1)).toBe(5056);
    // Every strike on exactly one page.
    expect(laterPages(ids.length).reduce((n, p) => n + pageOf(ids, p).length, pageOf(ids, 1).length)).toBe(5057);
  });

  test('the first page is the tracker itself; the others sit under page/', () => {
    expect(pageHref('/strikes/', 1)).toBe('/strikes/');
    expect(pageHref('/es/strikes/', 2)).toBe('/es/strikes/page/2/');
  });
});

describe('every strike for the filters, in one compact file', () => {
  const items = listItems(rows, strings('en'));

  test('what the list shows comes written in the edition’s words', () => {
    const s006 = items.find((i) => i.id === 'S006')!;
    expect(s006.date).toBe('Oct. 16, 2025');
    expect(s006.cited.length).toBeLessThanOrEqual(2);
    const es = listItems(rows, strings('es')).find((i) => i.id === 'S006')!;
    expect(es.date).toBe('16 de octubre de 2025');
    expect(es.killed).toBe(s006.killed);
  });

  test('it decodes to the same items, each source written once', () => {
    const list = encodeList(items);
    expect(decodeList(JSON.parse(JSON.stringify(list)))).toEqual(items);
    const cited = new Set(items.flatMap((i) => i.cited.map((c) => c.url)));
    expect(list.sources).toHaveLength(cited.size);
  });

  test('a file of another shape is no strikes, not a guess', () => {
    expect(decodeList(null)).toEqual([]);
    expect(decodeList({ v: 1, rows: [], sources: [] })).toEqual([]);
  });

  test('filters over the decoded file cover every row, not one page', () => {
    const many: ListItem[] = Array.from({ length: 5000 }, (_, i) => ({
      ...items[0],
      id: `S${1000 + i}`,
      when: `2026-0${6 + (i % 3)}-01`,
      region: i % 2 ? 'caribbean' : 'eastern_pacific',
      killed: 1 + (i % 5),
    }));
    const all = decodeList(encodeList([...items, ...many]));
    const caribbean = applyFilters(all, parseFilters('sea=caribbean'));
    expect(caribbean.length).toBe(2500 + items.filter((i) => i.region === 'caribbean').length);
    expect(tallyOf(caribbean).killed).toBe(caribbean.reduce((n, r) => n + r.killed, 0));
    expect(applyFilters(all, parseFilters('from=2026-08'))[0].id).toBe('S5997');
    // On one day, the later id first: S1000 after S999, as numbers, not as text.
    const sameDay = [{ ...items[0], id: 'S999' }, { ...items[0], id: 'S1000' }];
    expect(applyFilters(sameDay, parseFilters(''))[0].id).toBe('S1000');
  });
});

describe('the running toll on each strike page, at scale', () => {
  test('computed once, the same step as for one strike', () => {
    const inOrder = [{ id: 'A', killed: 11 }, { id: 'B', killed: 3 }, { id: 'C', killed: 6 }];
    expect(tollOf(inOrder)('B')).toEqual(tollChart(inOrder, 'B'));
    expect(tollOf(inOrder)('Z')).toBeNull();
  });

  test('5,000 strikes draw a path of about a thousand steps, not five thousand, ending at the full toll', () => {
    const inOrder = Array.from({ length: 5000 }, (_, i) => ({ id: `S${1000 + i}`, killed: 1 + (i % 5) }));
    const toll = tollOf(inOrder);
    const last = toll('S5999')!;
    expect(last.after).toBe(last.total);
    expect(last.total).toBe(15000);
    expect(last.path.endsWith('V0H100')).toBe(true);
    expect(last.path.match(/H/g)!.length).toBeLessThanOrEqual(1002);
    expect(toll('S1000')!.order).toBe(1);
  });
});
