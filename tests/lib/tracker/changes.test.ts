import { describe, expect, test } from 'vitest';
import { codeWords, kindOf, sourcesMoved } from '$lib/tracker/changes';
import { strings } from '$lib/i18n';
import { loadTable } from '$lib/data/load';

// The log shows a changed cell as the strike page shows that field, never as the table's codes.
describe('a logged change, in the reader’s words', () => {
  test('a coded cell reads as words in both editions', () => {
    expect(kindOf('video_released')).toBe('code');
    expect(codeWords('video_released', 'not_reported', strings('en'))).toBe('not reported');
    expect(codeWords('video_released', 'yes', strings('en'))).toBe('released');
    expect(codeWords('video_released', 'yes', strings('es'))).toBe('se publicaron');
    expect(codeWords('identities_published', 'yes', strings('en'))).toBe('yes (see the sources)');
    expect(codeWords('where_precision', 'not_disclosed', strings('es'))).not.toMatch(/_/);
  });

  test('every source column is shown as what it added and dropped, by publisher', () => {
    expect(kindOf('released_source_ids')).toBe('sources');
    expect(kindOf('established_source_ids')).toBe('sources');
    expect(sourcesMoved({ old: 'src-009;src-039', new: 'src-009;src-216;src-039' })).toEqual({ added: ['src-216'], dropped: [] });
  });

  test('every column a change can name has a label in both editions', () => {
    // The live log is the subject: a column first changed without its label would show as a code.
    const logged = new Set(loadTable('changes').map((c) => c.field));
    for (const field of [...logged, 'where_precision', 'when_precision']) {
      expect(strings('en').tracker.changes.field[field], field).toBeTruthy();
      expect(strings('es').tracker.changes.field[field], field).toBeTruthy();
    }
  });
});
