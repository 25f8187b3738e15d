import type { FigureDefinition } from './types';

// Each figure's folder declares it in its index.ts (see types.ts, FigureDefinition).
const folders = import.meta.glob<{ default: FigureDefinition }>('./*/index.ts', { eager: true });

/**
 * The figures a `<Scrolly figure="…">` can name, by folder, in the order the page lists them
 * (embeds, downloads). Everything that needs a figure reads FIGURES: the story check, the
 * islands, `<DataTable>`, embeds, the static edition. Adding a figure is its folder (README,
 * "Add a figure") and its name here.
 */
const REGISTERED = [
  'casualties',
  'strikemap',
  'buildup',
  'legal',
  'timeline',
  'union',
];

export const FIGURES: Record<string, FigureDefinition> = Object.fromEntries(
  REGISTERED.map((id) => {
    const folder = folders[`./${id}/index.ts`];
    if (!folder) throw new Error(`Figure "${id}" is registered in src/figures/registry.ts but has no src/figures/${id}/index.ts`);
    return [id, folder.default];
  }),
);

/** The figure named `id`, or an error naming the ones there are. */
export function figure(id: string): FigureDefinition {
  const found = FIGURES[id];
  if (!found) throw new Error(`No figure "${id}"; the figures are ${Object.keys(FIGURES).join(', ')} (src/figures/registry.ts)`);
  return found;
}
