import { describe, expect, it } from 'vitest';
import { downloadCsv, downloadRows } from '../../../src/lib/data/download';
import { parseCsv } from '../../../src/lib/data/csv';

const sources = new Map([
  ['src-001', { id: 'src-001', outlet: 'AP', title: 'Strike, "again"', published: '2025-09-03', url: 'https://example.org/a' }],
  ['b-002', { id: 'b-002', outlet: 'Reuters', title: 'Boats', published: '', url: 'https://example.org/b' }],
]);

describe('downloadCsv: a table that stands on its own once downloaded', () => {
  it('adds every row’s sources in full and the as-of date, and still parses as CSV', () => {
    const csv = downloadCsv('id,killed,source_ids\nS001,11,src-001; b-002\n', 'strikes.csv', sources, '2025-11-10');
    const { header, rows } = parseCsv(csv);
    expect(header).toEqual(['id', 'killed', 'source_ids', 'sources', 'story_as_of']);
    expect(rows[0].values.sources).toBe('AP, "Strike, ""again""" (2025-09-03) https://example.org/a | Reuters, "Boats" (undated) https://example.org/b'.replace(/""/g, '"'));
    expect(rows[0].values.story_as_of).toBe('2025-11-10');
  });

  it('refuses a row that cites a source we do not have', () => {
    expect(() => downloadCsv('id,source_ids\nS002,src-999\n', 'strikes.csv', sources, '2025-11-10')).toThrow(/S002 cites unknown source src-999/);
  });

  it('one strike’s row.csv is its line of the whole download, a quoted line break included', () => {
    const text = 'id,killed,notes,source_ids\nS001,11,"two\nlines",src-001\nS1000,2,,b-002\n';
    const { header, rows } = downloadRows(text, 'strikes.csv', sources, '2025-11-10');
    expect(rows.map(([id]) => id)).toEqual(['S001', 'S1000']);
    expect(header + rows[1][1]).toBe(downloadCsv(text, 'strikes.csv', sources, '2025-11-10', { only: (id) => id === 'S1000' }));
    expect(header + rows.map(([, line]) => line).join('')).toBe(downloadCsv(text, 'strikes.csv', sources, '2025-11-10'));
    expect(parseCsv(header + rows[0][1]).rows[0].values.notes).toBe('two\nlines');
  });

  it('a versioned copy says on every row which release it is', () => {
    const csv = downloadCsv('id,killed,source_ids\nS001,11,src-001\n', 'strikes.csv', sources, '2025-11-10', { version: '2026-06-22' });
    const { header, rows } = parseCsv(csv);
    expect(header.at(-1)).toBe('data_version');
    expect(rows[0].values.data_version).toBe('2026-06-22');
  });
});
