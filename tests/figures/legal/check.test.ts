import { describe, expect, test } from 'vitest';
import { checkLegal } from '$figures/legal/check';
import { legalState } from '$figures/legal/state';
import type { StoryFacts } from '$lib/story/checkStory';

const facts: StoryFacts = {
  asOf: '2025-11-10',
  kind: 'section',
  rows: new Map([
    ['E014', { date: '2025-09-16' }],
    ['E022', { date: '2025-10-01' }],
    ['E024', { date: '2025-10-08' }],
    ['V01', { date: '2025-10-08' }],
    ['V02', { date: '2025-11-06' }],
  ]),
};
const check = (s: Record<string, string>) => checkLegal(s, facts);

describe('legal step check', () => {
  test('a step that says what its panel draws passes', () => {
    expect(check({ panel: 'zones', through: '2025-11-10' })).toEqual([]);
    expect(check({ panel: 'frames', through: '2025-11-10', focus: 'E014' })).toEqual([]);
    expect(check({ panel: 'congress', through: '2025-11-10', focus: 'V02' })).toEqual([]);
  });

  test('frames must name a voice the figure quotes', () => {
    expect(check({ panel: 'frames', through: '2025-11-10' })[0]).toMatch(/writes one voice on the strike area; expected one of "E014", "E022", "E041", "E042"/);
    expect(check({ panel: 'frames', through: '2025-11-10', focus: 'E024' })[0]).toMatch(/"E024" is not a voice the figure quotes/);
  });

  test('congress must name a Senate vote held by the step', () => {
    expect(check({ panel: 'congress', through: '2025-11-10', focus: 'E024' })[0]).toMatch(/expected a vote id like V01/);
    expect(check({ panel: 'congress', through: '2025-10-31', focus: 'V02' })[0]).toMatch(/"V02" was made public on 2025-11-06, after this step's through="2025-10-31"/);
  });

  test('zones and target bring nothing forward, and say so', () => {
    expect(check({ panel: 'target', through: '2025-11-10', focus: 'E014' })).toEqual(['prop "focus": the target panel brings nothing forward; remove it']);
  });

  test('a step past the as-of date is refused', () => {
    expect(check({ panel: 'zones', through: '2025-12-01' })[0]).toMatch(/on or before the story's as-of date \(2025-11-10\)/);
  });

  test('the schema takes event and vote ids only', () => {
    expect(legalState.safeParse({ panel: 'congress', through: '2025-11-10', focus: 'V01' }).success).toBe(true);
    expect(legalState.safeParse({ panel: 'congress', through: '2025-11-10', focus: 'S001' }).success).toBe(false);
  });
});
