import { describe, expect, test } from 'vitest';
import { DataError, validateTable } from '$lib/data/validate';
import { sourceSchema, type Source } from '$lib/data/schemas';
import { onlyWeak, publisherNames, sourceIndex, strongestFirst } from '$lib/data/sources';

const HEADER = 'id,outlet,read_at,kind,title,published,url';
const row = (id: string, outlet: string, readAt: string, kind: string) => `${id},${outlet},${readAt},${kind},A title,2025-10-22,https://example.org/${id}`;

function problemsOf(...rows: string[]): string[] {
  try {
    validateTable('content/data/sources.csv', [HEADER, ...rows].join('\n'), sourceSchema);
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  return [];
}

const table = (...rows: [string, string, string, string][]): Map<string, Source> =>
  sourceIndex(rows.map(([id, outlet, read_at, kind]) => ({ id, outlet, read_at, kind, title: 't', published: null, url: 'https://example.org' }) as Source));

describe('the sources table names publishers', () => {
  test('a publisher read on another site validates', () => {
    expect(problemsOf(row('src-001', 'CNN', 'KVIA', 'outlet'), row('b-001', 'AP', '', 'wire'))).toEqual([]);
  });

  test('an unknown kind fails the build with file, row and field', () => {
    expect(problemsOf(row('src-001', 'CNN', '', 'newspaper'))).toEqual([
      expect.stringMatching(/^content\/data\/sources\.csv, row 1 \(line 2, id src-001\), field "kind": expected one of "official", "wire", "outlet", "other", got "newspaper"/),
    ]);
  });

  test('a copy named in the publisher column fails, pointing to read_at', () => {
    expect(problemsOf(row('src-001', 'CNN (via KVIA)', '', 'outlet'))).toEqual([expect.stringMatching(/field "outlet": .*put the site where the copy was read in read_at/)]);
  });

  test('a site that republishes other outlets’ stories is refused as a publisher, and welcome as where a copy was read', () => {
    for (const mirror of ['DNYUZ', 'eFinder', 'MSN', 'Yahoo News', 'NewsBreak', 'Particle News', 'nito-mag.blogspot.com'])
      expect(problemsOf(row('src-001', mirror, '', 'other')), mirror).toEqual([expect.stringMatching(/field "outlet": names a site that republishes other outlets' stories; write the newsroom/)]);
    expect(problemsOf(row('src-001', 'The New York Times', 'DNYUZ', 'outlet'), row('src-002', 'AP', 'eFinder', 'wire'))).toEqual([]);
  });
});

describe('a reader sees the strongest sources first', () => {
  const byId = table(['s1', 'Particle News', '', 'other'], ['s2', 'CNN', 'KVIA', 'outlet'], ['s3', 'AP', 'WHIO', 'wire'], ['s4', 'OHCHR', 'Mirage News', 'official']);

  test('official, then wire, then outlet, then the rest', () => {
    expect(strongestFirst(['s1', 's2', 's3', 's4'], byId).map((s) => s.outlet)).toEqual(['OHCHR', 'AP', 'CNN', 'Particle News']);
    expect(publisherNames(['s1', 's2', 's3'], byId)).toEqual(['AP', 'CNN']);
  });

  test('a fact is weak only when every source is of kind other', () => {
    expect(onlyWeak(['s1'], byId)).toBe(true);
    expect(onlyWeak(['s1', 's2'], byId)).toBe(false);
  });
});
