import { describe, expect, test } from 'vitest';
import { lastModified } from '$lib/tracker/modified';
import { decodeList, encodeList, type ListItem } from '$lib/tracker/compact';
import type { Change, Release } from '$lib/data/schemas';

const release = (date: string, rows: number): Release => ({ id: `R${date}`, date, table: 'strikes', rows, fingerprint: '0'.repeat(12), note: 'x' });
const change = (id: string, row: string, date: string): Change => ({ id, date, table: 'strikes', row, field: 'killed', old: '2', new: '3', why: 'x', source_ids: ['src-001'] });

describe('the day each strike last changed', () => {
  const releases = [release('2026-06-22', 2), release('2026-12-02', 3)];
  test('its latest logged change; else the first release that held it; a row no release holds has none', () => {
    const m = lastModified(['S001', 'S002', 'S003', 'S004'], [change('CH001', 'S002', '2026-12-02'), change('CH002', 'S002', '2026-10-01')], releases, []);
    expect(Object.fromEntries(m)).toEqual({ S001: '2026-06-22', S002: '2026-12-02', S003: '2026-12-02' });
  });

  test('columns added to published records change them on that day; a record published with them is unchanged', () => {
    const grown = [{ table: 'strikes', column: 'video_released', added: '2026-12-07' }];
    const three = [...releases, release('2026-12-07', 3), release('2026-12-08', 4)];
    const m = lastModified(['S001', 'S002', 'S003', 'S004'], [change('CH001', 'S002', '2026-12-08')], three, grown);
    expect(Object.fromEntries(m)).toEqual({ S001: '2026-12-07', S002: '2026-12-08', S003: '2026-12-07', S004: '2026-12-08' });
  });

  test('list.json carries it, and reads it back', () => {
    const item: ListItem = { id: 'S001', when: '2025-09-02', region: 'caribbean', killed: 11, survivors: 0, presumed: null, group: '', disputed: false, date: 'Sept. 2, 2025', announced: '', cited: [], more: '', where: 'sea_only', video: false, changed: '2026-06-22' };
    const list = encodeList([item]);
    expect(list.rows[0].at(-1)).toBe('2026-06-22');
    expect(decodeList(JSON.parse(JSON.stringify(list)))[0].changed).toBe('2026-06-22');
  });
});
