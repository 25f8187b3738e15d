import { describe, expect, test } from 'vitest';
import { monthStarts, STORY_START } from '$lib/dates';

describe('monthStarts (the ticks of every time axis)', () => {
  test('starts at the first whole month and ends on or before the last day', () => {
    expect(monthStarts('2025-09-01', '2025-11-10')).toEqual(['2025-09-01', '2025-10-01', '2025-11-01']);
    expect(monthStarts('2025-09-15', '2026-01-02')).toEqual(['2025-10-01', '2025-11-01', '2025-12-01', '2026-01-01']);
  });

  test('turns the year, and gives nothing for a span inside one month', () => {
    expect(monthStarts('2025-12-01', '2026-02-01')).toEqual(['2025-12-01', '2026-01-01', '2026-02-01']);
    expect(monthStarts('2025-10-02', '2025-10-30')).toEqual([]);
  });

  test('the story axes open in August 2025, a month before the first strike', () => {
    expect(STORY_START).toBe('2025-08-01');
  });
});
