import type { FigureSpec, StoryFacts } from '../../lib/story/checkStory';
import { checkCasualtiesState } from './casualties/check';
import { casualtiesState } from './casualties/state';

/** Every figure a <Scrolly figure="…"> can name, with what its steps may say. */
export const FIGURES: Record<string, FigureSpec<StoryFacts>> = {
  casualties: { schema: casualtiesState, check: checkCasualtiesState },
};
