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
});

// Writers type inch marks and quotes by hand: no stray quote may merge one row into another.
describe('parseCsv with what writers type by hand', () => {
  const twoRows = (t: ReturnType<typeof parseCsv>) => t.rows.map((r) => [r.line, r.values.id, r.values.loc]);

  test('keeps a quote inside an unquoted cell as typed, and every row after it', () => {
    const t = parseCsv('id,loc,n\nS1,12" gun,ok\nS2,a 5" shell,x\nS3,plain,y\n');
    expect(twoRows(t)).toEqual([[2, 'S1', '12" gun'], [3, 'S2', 'a 5" shell'], [4, 'S3', 'plain']]);
  });

  test('stops at a quote that is never closed, naming the row that opened it', () => {
    expect(() => parseCsv('id,loc\nS1,ok\n\nS2,"open\nS3,fine\n', 'content/data/strikes.csv')).toThrow(
      /content\/data\/strikes\.csv, line 4: a cell opens with a double quote \("\) that is never closed/,
    );
  });

  test('stops at text after a closing quote, and says how to quote it', () => {
    expect(() => parseCsv('id,loc\nS1,"12" gun\nS2,x\n', 'f.csv')).toThrow(/f\.csv, line 2: .*double every quote inside it/);
  });

  test('reads a byte-order mark and Windows line ends, keeping line numbers', () => {
    const t = parseCsv('\uFEFFid,loc\r\nS1,"a, b"\r\nS2,c\r\n');
    expect(twoRows(t)).toEqual([[2, 'S1', 'a, b'], [3, 'S2', 'c']]);
  });

  test('names the line that ends with a stray comma', () => {
    expect(() => parseCsv('id,loc\nS1,a\nS2,b,\n', 'f.csv')).toThrow(/f\.csv, line 3: expected 2 cells .*found 3\. The line ends with a comma/);
  });

  test('skips blank lines, in the middle and at the end, without shifting line numbers', () => {
    const t = parseCsv('id,loc\nS1,a\n\n\nS2,"two\nlines"\nS3,c\n\n');
    expect(twoRows(t)).toEqual([[2, 'S1', 'a'], [5, 'S2', 'two\nlines'], [7, 'S3', 'c']]);
  });
});
