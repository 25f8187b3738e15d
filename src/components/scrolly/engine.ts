// scrollama's own ES module, not the UMD build its "browser" field names: no CommonJS wrapper and
// interop helpers in every reader's JavaScript.
import scrollama, { type DecimalType } from 'scrollama/index.js';
import { activeStep, neighbourStep, TRIGGER_LINE, triggerLine } from '$lib/scrolly/activeStep';
import { STATE_EVENT, type StateDetail } from './followHost';

/**
 * Client side of <Scrolly>. The active step is always recomputed from geometry (activeStep.ts):
 * scrollama, scroll, scrollend, resize and navigation events only say "look again". Step
 * positions are measured on resize and load, never inside the scroll handler.
 */

interface Section {
  host: HTMLElement;
  steps: HTMLElement[];
  tops: number[];
  index: number;
}

/** The small viewport height in px: the trigger line must not move when a phone's toolbar hides. */
function smallViewportHeight(probe: HTMLElement): number {
  return probe.getBoundingClientRect().height || window.innerHeight;
}

export function startScrollies(doc: Document): void {
  const roots = [...doc.querySelectorAll<HTMLElement>('[data-scrolly]')];
  if (roots.length === 0 || (doc.documentElement as HTMLElement & { scrolly?: boolean }).scrolly) return;
  (doc.documentElement as HTMLElement & { scrolly?: boolean }).scrolly = true;

  const sections: Section[] = roots.map((root) => ({
    host: root.querySelector<HTMLElement>('[data-figure]')!,
    steps: [...root.querySelectorAll<HTMLElement>('[data-step]')],
    tops: [],
    index: -1,
  }));

  const probe = doc.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:fixed;top:0;left:0;width:0;height:100svh;visibility:hidden;pointer-events:none';
  doc.body.append(probe);
  let svh = smallViewportHeight(probe);
  let trigger = triggerLine(doc.documentElement.clientWidth);

  const measure = () => {
    svh = smallViewportHeight(probe);
    trigger = triggerLine(doc.documentElement.clientWidth);
    const y = window.scrollY;
    for (const s of sections) s.tops = s.steps.map((el) => el.getBoundingClientRect().top + y);
  };

  const apply = (s: Section, index: number, instant: boolean) => {
    if (index === s.index || index < 0) return;
    const previous = s.index;
    s.index = index;
    s.steps.forEach((step, i) => step.classList.toggle('is-active', i === index));
    // Only the index: the figure holds its states (followHost.ts).
    s.host.dataset.activeStep = String(index);
    const detail: StateDetail = {
      index,
      // A jump over steps shows where the reader landed, not a replay of the way there.
      instant: instant || previous < 0 || Math.abs(index - previous) > 1,
    };
    s.host.dispatchEvent(new CustomEvent(STATE_EVENT, { detail }));
  };

  const update = (instant = false) => {
    const line = window.scrollY + trigger * svh;
    for (const s of sections) apply(s, activeStep(s.tops, line), instant);
  };

  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  const remeasure = (instant = false) => {
    measure();
    update(instant);
  };

  measure();
  update(true);

  window.addEventListener('scroll', schedule, { passive: true });
  // A jump (scrollbar drag, End key, anchor) can outrun every observer: settle once it stops.
  window.addEventListener('scrollend', () => update());
  window.addEventListener('resize', () => remeasure());
  window.addEventListener('orientationchange', () => remeasure());
  // Back/forward from the page cache and in-page anchors restore a scroll position without a load.
  window.addEventListener('pageshow', () => remeasure(true));
  window.addEventListener('hashchange', () => remeasure(true));
  window.addEventListener('popstate', () => remeasure(true));
  window.addEventListener('load', () => remeasure(true));
  // Fonts arriving, a <details> opening or text reflowing move the steps without a resize.
  new ResizeObserver(() => remeasure()).observe(doc.body);

  // J / K (and . / ,) step through the story: the next step is brought to the trigger line and
  // focused, so a screen reader reads it. Typing in a field or using a modifier is left alone.
  const allSteps = sections.flatMap((s) => s.steps);
  doc.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    const direction = e.key === 'j' || e.key === '.' ? 1 : e.key === 'k' || e.key === ',' ? -1 : 0;
    if (!direction) return;
    e.preventDefault();
    measure();
    const line = window.scrollY + trigger * svh;
    const tops = allSteps.map((el) => el.getBoundingClientRect().top + window.scrollY);
    const here = activeStep(tops, line);
    // Before the first step, J goes to the first; otherwise one step on.
    const next = tops[0] > line && direction > 0 ? 0 : neighbourStep(here, allSteps.length, direction);
    const el = allSteps[next];
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: tops[next] - trigger * svh + 2, behavior: reduce ? 'instant' : 'smooth' });
    el.tabIndex = -1;
    el.focus({ preventScroll: true });
  });
  doc.documentElement.dataset.keys = '';

  const scroller = scrollama();
  scroller
    // scrollama takes tenths; it only wakes the engine up, so the nearest tenth is close enough.
    .setup({ step: sections.flatMap((s) => s.steps), offset: (Math.round(TRIGGER_LINE * 10) / 10) as DecimalType })
    .onStepEnter(() => schedule())
    .onStepExit(() => schedule());
}
