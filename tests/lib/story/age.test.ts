import { describe, expect, test } from 'vitest';
import { fillSince, pageAge } from '$lib/story/age';
import { fixtureTables } from '../../fixtures/tables';

const t = fixtureTables();
const story = { published: '2025-11-10', checked: '2026-11-25' };

describe('the page says its age, from the content', () => {
  test('updated is the latest correction, logged change or release, never before publication', () => {
    const age = pageAge(story, { ...t, corrections: [{ ...t.corrections[0], date: '2026-03-01' }], changes: [], releases: [{ ...t.releases[0], date: '2026-06-22' }] });
    expect(age).toMatchObject({ published: '2025-11-10', updated: '2026-06-22', checked: '2026-11-25' });
    expect(pageAge(story, { ...t, corrections: [], changes: [], releases: [] }).updated).toBe('2025-11-10');
  });

  test('the latest strike is the latest day a strike happened or was first reported', () => {
    expect(pageAge(story, t).latestStrike).toBe('2026-05-06');
  });

  test('a "checked" date before the latest strike is a writer’s error, named', () => {
    expect(() => pageAge({ ...story, checked: '2026-01-01' }, t)).toThrow(/story\.yaml: "checked" \(2026-01-01\) is before the latest strike in the table \(2026-05-06\)/);
  });
});

describe('the line on what changed since publication', () => {
  const dates = new Map([['E060', 'Jan. 3, 2026']]);
  test('fills counts, the latest strike and event dates from the rows', () => {
    expect(fillSince('{strikes} more, {killed} dead, through {latest}; Maduro captured {E060}.', { strikes: '38', killed: '110', latest: 'June 22, 2026' }, (id) => dates.get(id))).toBe(
      '38 more, 110 dead, through June 22, 2026; Maduro captured Jan. 3, 2026.',
    );
  });
  test('a token that is no count and no event row stops the build, named', () => {
    expect(() => fillSince('Petro left on {E999}.', { strikes: '', killed: '', latest: '' }, (id) => dates.get(id))).toThrow(/\{E999\} is neither/);
    expect(() => fillSince('{deaths}', { strikes: '', killed: '', latest: '' }, () => undefined)).toThrow(/\{deaths\}/);
  });
});
