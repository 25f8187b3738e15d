import { describe, expect, test } from 'vitest';
import { parseCsv } from '$lib/data/csv';
import { csvRecords, shownCsv, shownJson } from '$lib/tracker/shown';

// "Download what is shown": the release file cut to the strikes on screen, in their order.
const release = 'id,killed,notes,data_version\r\nS001,11,"two lines,\r\nand a ""quote""",2026-12-06\r\nS002,3,,2026-12-06\r\nS003,3,plain,2026-12-06\r\n';

describe('the download of what is shown', () => {
  test('keeps a quoted cell with a comma and a line break whole', () => {
    expect(csvRecords(release)).toHaveLength(4);
  });

  test('has the release’s header and the strikes shown, in the order shown', () => {
    const cut = shownCsv(release, ['S003', 'S001']);
    const { header, rows } = parseCsv(cut, 'shown.csv');
    expect(header).toEqual(['id', 'killed', 'notes', 'data_version']);
    expect(rows.map((r) => r.values.id)).toEqual(['S003', 'S001']);
    expect(rows[1].values.notes).toBe('two lines,\r\nand a "quote"');
  });

  test('JSON: the same strikes, in the same order', () => {
    expect(JSON.parse(shownJson([{ id: 'S001' }, { id: 'S002' }, { id: 'S003' }], ['S002', 'S009', 'S001'])).map((r: { id: string }) => r.id)).toEqual(['S002', 'S001']);
  });
});
