import { describe, expect, it } from 'vitest';
import { downloadCsv } from '../../../src/lib/data/download';
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
});
