import { describe, expect, test } from 'vitest';
import { figure } from '$figures/registry';
import { strings } from '$lib/i18n';
import { builtWords } from '$figures/words';
import type { CasualtyData } from '$figures/casualties/data';
import { AS_OF, fixtureTables } from '../../fixtures/tables';

// Fixture strikes after the as-of date: S020 (announced Nov. 14), S032 (Dec. 31) and S051 (first
// reported 2026-05-06). The update's chart carries every row to the last, but never past its
// section's last step: rows added beyond it (a table grown since, or 5,000 generated ones) are
// not strikes the story shows.
const t = fixtureTables();
const casualties = figure('casualties');
const dataOf = (states: { through: string }[], section?: { through: string }[]) =>
  casualties.props(t, AS_OF, states, strings('en'), builtWords('casualties', 'en'), section).data as CasualtyData;

describe('the update’s casualty chart', () => {
  test('runs to the last row when its last step is later', () => {
    const data = dataOf([{ through: '2025-12-31' }, { through: '2026-06-22' }]);
    expect(data.end).toBe('2026-05-06');
    expect(data.points.map((p) => p.id)).toContain('S051');
  });

  test('stops at its last step when the table runs further', () => {
    const data = dataOf([{ through: '2025-11-20' }, { through: '2025-12-31' }]);
    expect(data.end).toBe('2025-12-31');
    expect(data.points.map((p) => p.id)).not.toContain('S051');
  });

  test('a step drawn alone, for readers without JavaScript, spans the dates of its whole section', () => {
    const section = [{ through: '2025-12-31' }, { through: '2026-06-22' }];
    expect(dataOf([section[0]], section).end).toBe(dataOf(section).end);
  });

  test('the story before the as-of date is untouched', () => {
    expect(dataOf([{ through: AS_OF }]).end).toBe(AS_OF);
  });
});
