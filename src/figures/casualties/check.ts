import type { StoryFacts } from '$lib/story/checkStory';
import { AXIS_START } from './data';
import { checkFocus, checkThrough } from '../checks';

/** Rules for a casualty step that only the data can check. */
export function checkCasualtiesState(state: Record<string, unknown>, facts: StoryFacts): string[] {
  const problems = checkThrough(state, facts);
  const through = String(state.through);
  if (through < AXIS_START) problems.push(`prop "through": expected a date on or after ${AXIS_START}, when the chart starts, got "${through}"`);
  problems.push(...checkFocus(state, facts, 'strikes.csv'));
  // A pause is named by the strike that ended it, which must be on the chart already.
  if (typeof state.pause === 'string') {
    problems.push(...checkFocus({ through: state.through, focus: state.pause }, facts, 'strikes.csv').map((p) => p.replace('prop "focus"', 'prop "pause"')));
  }
  if (typeof state.marker === 'string') {
    const row = facts.rows.get(state.marker);
    if (!row) problems.push(`prop "marker": row "${state.marker}" is not in content/data/events.csv or deployments.csv`);
    else {
      if (!row.label) problems.push(`prop "marker": row "${state.marker}" needs a short text in its "label" column to show on the chart`);
      if (!row.date || row.date < AXIS_START || (facts.kind !== 'update' && row.date > facts.asOf)) {
        problems.push(`prop "marker": row "${state.marker}" is dated ${row.date ?? '(no date)'}, outside the chart (${AXIS_START} to ${facts.asOf})`);
      }
    }
  }
  return problems;
}
