import type { StoryFacts } from '$lib/story/checkStory';
import { STORY_START } from '$lib/dates';

/** Rules shared by figures whose steps carry a `through` date and may focus on one row. */
export function checkThrough(state: Record<string, unknown>, facts: StoryFacts): string[] {
  const through = String(state.through);
  const problems: string[] = [];
  if (facts.kind !== 'update' && through > facts.asOf) {
    problems.push(`prop "through": expected a date on or before the story's as-of date (${facts.asOf}), got "${through}"`);
  }
  if (through < STORY_START) problems.push(`prop "through": expected a date from ${STORY_START} on, got "${through}"`);
  return problems;
}

/** `focus` names a row that exists and is already on the figure at this step. */
export function checkFocus(state: Record<string, unknown>, facts: StoryFacts, table: string): string[] {
  if (typeof state.focus !== 'string') return [];
  const row = facts.rows.get(state.focus);
  if (!row) return [`prop "focus": "${state.focus}" is not in content/data/${table}`];
  const on = row.announced ?? row.date;
  if (!on) return [`prop "focus": "${state.focus}" has no date, so it is never on the figure`];
  if (on > String(state.through)) {
    return [`prop "focus": "${state.focus}" was made public on ${on}, after this step's through="${state.through}", so it is not on the figure yet`];
  }
  return [];
}

