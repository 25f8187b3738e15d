import buildup from './buildup';
import casualties from './casualties';
import legal from './legal';
import strikemap from './strikemap';
import timeline from './timeline';
import union from './union';
import type { FigureDefinition } from './types';

/**
 * Every figure a `<Scrolly figure="…">` can name, by its folder's name. Everything that needs a
 * figure reads this: the story check, the islands, `<DataTable>`, embeds, the static edition.
 * Adding a figure is its folder (see README, "Add a figure") and one line here.
 */
export const FIGURES: Record<string, FigureDefinition> = {
  casualties,
  strikemap,
  buildup,
  legal,
  timeline,
  union,
};

/** The figure named `id`, or an error naming the ones there are. */
export function figure(id: string): FigureDefinition {
  const found = FIGURES[id];
  if (!found) throw new Error(`No figure "${id}"; the figures are ${Object.keys(FIGURES).join(', ')} (src/figures/registry.ts)`);
  return found;
}
