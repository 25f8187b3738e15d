import { describe, expect, test } from 'vitest';
import { parseCsv } from '$lib/data/csv';

describe('parseCsv', () => {
  test('reads quoted cells with commas, doubled quotes and line breaks, and keeps line numbers', () => {
    const t = parseCsv('id,note\nA,"one, two"\nB,"say ""hi""\nnext line"\nC,plain\n');
    expect(t.header).toEqual(['id', 'note']);
    expect(t.rows.map((r) => r.values.note)).toEqual(['one, two', 'say "hi"\nnext line', 'plain']);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3, 5]);
  });

  test('accepts Windows line endings and a byte-order mark, as spreadsheets save them', () => {
    const t = parseCsv('\uFEFFid,n\r\nA,1\r\nB,2\r\n');
    expect(t.rows.map((r) => r.values)).toEqual([{ id: 'A', n: '1' }, { id: 'B', n: '2' }]);
  });

  test('names the file and line of a row with the wrong number of cells', () => {
    expect(() => parseCsv('id,a,b\nX,1,2\nY,1,2,3\n', 'content/data/x.csv')).toThrow(
      /content\/data\/x\.csv, line 3: expected 3 cells \(id, a, b\), found 4/,
    );
  });

  test('names the line of a quote that is never closed', () => {
    expect(() => parseCsv('id,a\nX,"open\n', 'f.csv')).toThrow(/f\.csv, line 2: a quoted cell is never closed/);
  });
});
