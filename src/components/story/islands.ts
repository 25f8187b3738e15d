import type { Component } from 'svelte';
import type { FigureWords } from '$lib/i18n/en';

/**
 * Hydrates the figures. Astro's own islands serialize every prop into the page, which for our
 * figures (their data and per-step layouts) was a quarter of the story's HTML: bytes every
 * reader downloaded before the first line of text could paint. Here the page carries only the
 * server-rendered first state; the props wait in a JSON file the build writes for each island
 * (src/pages/props/[file].ts), fetched alongside the component.
 */

// Each figure's component is its folder's Figure.svelte (src/figures/registry.ts lists the
// figures); each its own chunk, so a page fetches only the figures it shows.
const COMPONENTS = import.meta.glob<{ default: Component<never> }>('../../figures/*/Figure.svelte');
// Only the edition's own words: the English page downloads no Spanish, and the other way round.
// (Its formats and what each figure shows, in one file, words/<lang>.ts; the page's own chrome
// was rendered on the server, and what only the build writes never ships.)
const EDITIONS: Record<string, () => Promise<{ t: FigureWords; figures: Record<string, unknown> }>> = {
  en: () => import('./words/en'),
  es: () => import('./words/es'),
};

async function propsOf(island: HTMLElement): Promise<Record<string, unknown>> {
  const ref = island.dataset.props ?? '';
  const response = await fetch(ref);
  if (!response.ok) throw new Error(`${ref}: ${response.status}`);
  return response.json();
}

async function load(island: HTMLElement) {
  const component = COMPONENTS[`../../figures/${island.dataset.island}/Figure.svelte`];
  if (!component) throw new Error(`No figure component "${island.dataset.island}"`);
  const lang = island.dataset.lang ?? 'en';
  const words = EDITIONS[lang] ?? EDITIONS.en;
  // Svelte's runtime comes with the first component: pages without islands (the static edition) load none of it.
  const [{ hydrate }, { followedProps }, { default: Component }, props, { t, figures }] = await Promise.all([
    import('svelte'),
    import('../scrolly/figureHost.svelte'),
    component(),
    propsOf(island),
    words(),
  ]);
  const figureWords = figures[`../../../figures/${island.dataset.island}/words.${lang}.ts`];
  return () => {
    hydrate(Component, { target: island, props: followedProps(island, { ...props, t, words: figureWords }) as never });
    island.dataset.hydrated = '';
  };
}

/** A task of its own for each figure: hydrating six at once would hold the main thread past 50 ms on a phone. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * When the browser is idle, as Astro's `client:idle`: the first view is text and a first state
 * that needs no script. Everything loads in parallel; the figures hydrate one by one, in page order.
 * (Skipped for the reduced first render, they are drawn one per frame as they hydrate.)
 */
export function hydrateIslands(root: ParentNode) {
  const islands = [...root.querySelectorAll<HTMLElement>('[data-island]:not([data-hydrated])')];
  if (!islands.length) return;
  const run = async () => {
    // Each load starts in a task of its own: starting one preloads its modules, which the browser
    // may compile on the spot (up to 20 ms for the first, with Svelte's runtime); six at once made
    // a long task. The requests still overlap: the next starts a task later, not a response later.
    const loading: ReturnType<typeof load>[] = [];
    for (const island of islands) {
      loading.push(load(island));
      await nextTask();
    }
    for (const [i, ready] of loading.entries()) {
      const hydrateNow = await ready;
      await nextTask();
      hydrateNow();
      // The first render skipped the pinned figures far from view (content-visibility in
      // global.css); each is drawn now, in a frame of its own, before a reader scrolls to it.
      const figure = islands[i].closest<HTMLElement>('.scrolly__figure');
      if (figure) {
        await nextFrame();
        figure.dataset.drawn = '';
        await nextFrame();
      }
    }
  };
  if ('requestIdleCallback' in window) requestIdleCallback(() => void run(), { timeout: 2000 });
  else setTimeout(() => void run(), 200);
}
