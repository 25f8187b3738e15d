import type { Component } from 'svelte';

/**
 * Every figure that can stand in a scrolly section, by id: the one registry the server render
 * (FigureIsland.astro) and the hydration (islands.ts) both read. Loaded on demand, so a page's
 * script fetches only the figures it shows. Adding a figure: one line here, its data in figureData.ts.
 */
export const FIGURE_COMPONENTS: Record<string, () => Promise<{ default: Component<never> }>> = {
  casualties: () => import('../figures/casualties/Casualties.svelte'),
  strikemap: () => import('../figures/strikemap/StrikeMap.svelte'),
  buildup: () => import('../figures/buildup/Buildup.svelte'),
  legal: () => import('../figures/legal/Legal.svelte'),
  timeline: () => import('../figures/timeline/Timeline.svelte'),
  union: () => import('../figures/union/Union.svelte'),
};
