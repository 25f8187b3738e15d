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
  const [{ hydrate, followedProps }, { default: Component }, props, { t, figures }] = await Promise.all([
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
 * How far ahead a figure starts: two screens above and below the view. A reader at a fling
 * covers a screen in about half a second; loading and drawing a figure takes well under that.
 */
export const APPROACH = '200% 0px';

/** What must come near the view for an island to hydrate: its scrolly section (steps and figure), or the island's own box. */
export const approachTarget = (island: HTMLElement): Element => island.closest('[data-scrolly]') ?? island.parentElement ?? island;

/** How far a box is from the view, in px: 0 when any of it is in view. */
const away = (r: DOMRectReadOnly) => (r.bottom < 0 ? -r.bottom : Math.max(0, r.top - window.innerHeight));

/**
 * Each figure hydrates when its section comes within two screens of the view, not all of them
 * at load: hydrating every figure at once was most of the story's blocking time on a phone
 * (tests/bench/HISTORY.md). The first view is text and a server-rendered first state that needs
 * no script; a figure a reader lands on (a deep link, a reload mid-page) is in view, so it
 * hydrates first, once the browser is idle, and takes the engine's step as it does (followHost.ts). One at a time, in
 * the order they come near, each load and each hydration in a task of its own.
 */
export function hydrateIslands(root: ParentNode) {
  const islands = [...root.querySelectorAll<HTMLElement>('[data-island]:not([data-hydrated]):not([data-hydrating])')];
  if (!islands.length) return;
  const queue: HTMLElement[] = [];
  let running = false;
  const drain = async () => {
    if (running) return;
    running = true;
    while (queue.length) {
      // The nearest waiting figure first: a reader who jumped ahead does not wait for those passed over.
      queue.sort((a, b) => away(approachTarget(a).getBoundingClientRect()) - away(approachTarget(b).getBoundingClientRect()));
      const island = queue.shift()!;
      // Starting a load preloads its modules, which the browser may compile on the spot (up to
      // 20 ms for the first, with Svelte's runtime): a task of its own, before and after.
      await nextTask();
      const hydrateNow = await load(island).catch((error: unknown) => {
        // One figure that fails to load stays in its server-drawn state; the others still come.
        console.error(error);
        return null;
      });
      if (!hydrateNow) continue;
      await nextTask();
      hydrateNow();
      // The first render skipped the pinned figures far from view (content-visibility in
      // global.css); each is drawn now, in a frame of its own, before a reader scrolls to it.
      const figure = island.closest<HTMLElement>('.scrolly__figure');
      if (figure) {
        await nextFrame();
        figure.dataset.drawn = '';
        await nextFrame();
      }
    }
    running = false;
  };
  const enqueue = (island: HTMLElement) => {
    if ('hydrating' in island.dataset) return;
    island.dataset.hydrating = '';
    queue.push(island);
    void drain();
  };
  if (!('IntersectionObserver' in window)) {
    setTimeout(() => islands.forEach(enqueue), 200);
    return;
  }
  const byTarget = new Map<Element, HTMLElement[]>();
  for (const island of islands) {
    const target = approachTarget(island);
    byTarget.set(target, [...(byTarget.get(target) ?? []), island]);
  }
  const observer = new IntersectionObserver(
    (entries) => {
      // The figure in view first, then the nearest: a deep link's figure does not wait for those above it.
      entries.sort((a, b) => away(a.boundingClientRect) - away(b.boundingClientRect));
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        byTarget.get(entry.target)?.forEach(enqueue);
      }
    },
    { rootMargin: APPROACH },
  );
  // Watching starts once the browser is idle, as Astro's `client:idle`: the parser and the first
  // layout of the rest of the page come first, then the figure in view (hydrating it straight
  // away made a long task of a load, with the page still parsing).
  const watch = () => {
    for (const target of byTarget.keys()) observer.observe(target);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(watch, { timeout: 2000 });
  else setTimeout(watch, 200);
}
