import type { StoryFacts } from '$lib/story/checkStory';
import { checkFocus, checkThrough } from '../checks';
import { LEGAL_CLAIMS } from './claims';

/** What only the data can say of a legal step: its date, and that its focus is something its panel draws. */
export function checkLegal(state: Record<string, unknown>, facts: StoryFacts): string[] {
  const problems = checkThrough(state, facts);
  const focus = state.focus;
  const voices = LEGAL_CLAIMS.voices.map((v) => `"${v}"`).join(', ');
  if (state.panel === 'frames') {
    if (typeof focus !== 'string') return [...problems, `prop "focus": the frames panel writes one voice on the strike area; expected one of ${voices}`];
    if (!LEGAL_CLAIMS.voices.includes(focus)) return [...problems, `prop "focus": "${focus}" is not a voice the figure quotes; expected one of ${voices}`];
  } else if (state.panel === 'congress') {
    if (typeof focus !== 'string' || !focus.startsWith('V')) return [...problems, 'prop "focus": the congress panel draws one Senate vote; expected a vote id like V01 (content/data/votes.csv)'];
  } else if (focus !== undefined) {
    return [...problems, `prop "focus": the ${String(state.panel)} panel brings nothing forward; remove it`];
  }
  return [...problems, ...checkFocus(state, facts, String(focus).startsWith('V') ? 'votes.csv' : 'events.csv')];
}
