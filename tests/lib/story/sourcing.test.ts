import { describe, expect, test } from 'vitest';
import type { Source } from '$lib/data/schemas';
import { sourceIndex } from '$lib/data/sources';
import { weaklySourcedRows, weaklySourcedSteps } from '$lib/story/sourcing';

const table = (...rows: [string, string, string, string][]): Map<string, Source> =>
  sourceIndex(rows.map(([id, outlet, read_at, kind]) => ({ id, outlet, read_at, kind, title: 't', published: null, url: 'https://example.org' }) as Source));

describe('weaklySourcedSteps', () => {
  const byId = table(['s1', 'Particle News', '', 'other'], ['s3', 'AP', 'WHIO', 'wire']);

  test('the build names each step that cites only weak sources, at its line', () => {
    const mdx = [
      '<Scrolly figure="casualties">',
      '  <Step through="2025-11-10">',
      '  Weak. <Cite row="S018" />',
      '  </Step>',
      '  <Step through="2025-11-10">',
      '  Strong and weak. <Cite row="S018" /> <Cite row="S019" />',
      '  </Step>',
      '</Scrolly>',
    ].join('\n');
    const rows = new Map([['S018', ['s1']], ['S019', ['s3']]]);
    expect(weaklySourcedSteps('01.mdx', mdx, rows, byId)).toEqual([expect.stringMatching(/^01\.mdx:2:3 <Step>: cites only .* \(S018\)/)]);
  });

  test('a step without a citation, or a section that does not parse, is not listed', () => {
    const rows = new Map([['S018', ['s1']]]);
    expect(weaklySourcedSteps('01.mdx', '<Scrolly figure="casualties">\n<Step through="2025-11-10">\n\nNo cite.\n\n</Step>\n</Scrolly>\n', rows, byId)).toEqual([]);
    expect(weaklySourcedSteps('01.mdx', '<Scrolly figure="casualties">\n<Step through="2025-11-10"><Cite row="S018" />\n', rows, byId)).toEqual([]);
  });
});

describe('weaklySourcedRows', () => {
  const byId = table(['s1', 'Elchi.az', '', 'other'], ['s2', 'Publisher not identified', '8657085.xyz', 'other'], ['s3', 'AP', 'eFinder', 'wire']);

  test('every row a reader sees that rests only on weak sources is listed, by table and id; a wire beside them is enough', () => {
    const rows = {
      strikes: [{ id: 'S057', source_ids: ['s1'] }, { id: 'S050', source_ids: ['s3', 's2'] }],
      events: [{ id: 'E070', source_ids: ['s2'] }],
      tallies: [{ id: 'PT40', source_ids: ['s3'] }],
    };
    expect(weaklySourcedRows(rows, byId)).toEqual([
      expect.stringMatching(/^content\/data\/strikes\.csv S057: rests only on .* \(s1\); add a wire or official source, or say in the row whose report it is$/),
      expect.stringMatching(/^content\/data\/events\.csv E070: /),
    ]);
  });
});
