import type { FigureSpec, StoryFacts } from '../../lib/story/checkStory';
import { checkCasualtiesState } from './casualties/check';
import { casualtiesState } from './casualties/state';
import { strikeMapState } from './strikemap/state';
import { buildupState } from './buildup/state';
import { checkFocus, checkThrough } from './checks';
import { legalState } from './legal/state';
import { timelineState } from './timeline/state';
import { unionState } from './union/state';

/** Every figure a <Scrolly figure="…"> can name, with what its steps may say. */
export const FIGURES: Record<string, FigureSpec<StoryFacts>> = {
  casualties: { schema: casualtiesState, check: checkCasualtiesState },
  strikemap: { schema: strikeMapState, check: (s, f) => [...checkThrough(s, f), ...checkFocus(s, f, 'strikes.csv')] },
  buildup: { schema: buildupState, check: (s, f) => [...checkThrough(s, f), ...checkFocus(s, f, 'deployments.csv')] },
  legal: { schema: legalState, check: (s, f) => [...checkThrough(s, f), ...checkFocus(s, f, 'events.csv')] },
  timeline: { schema: timelineState, check: (s, f) => [...checkThrough(s, f), ...checkFocus(s, f, 'events.csv')] },
  union: { schema: unionState, check: checkThrough },
};
