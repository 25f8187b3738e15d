import { STATE_EVENT, type StateDetail } from '../scrolly/followHost';
import { clampStep, resizeMessage } from '$lib/embed/protocol';

/** The narrowest a figure is drawn to fit a short frame: below this its words would crowd. */
const MIN_WIDTH = 280;
/** The smallest a figure is drawn when narrowing is not enough (its 12 px words at under 7 px: a last resort, for a frame far too short). */
const MIN_ZOOM = 0.55;

/**
 * The embed page's controls: buttons and a slider drive the figure through the same DOM
 * contract the scroll engine uses (data-active-step plus an event), and the page reports its height
 * to the frame's host. It opens at the last step, where the story leaves the figure.
 */
export function startEmbed(doc: Document) {
  const root = doc.querySelector<HTMLElement>('[data-embed]');
  const host = root?.querySelector<HTMLElement>('[data-figure]');
  if (!root || !host) return;
  const slider = root.querySelector<HTMLInputElement>('input[type="range"]')!;
  // One step per position of the slider: the states themselves are the figure's (its props file).
  const steps = Number(slider.max);
  const prev = root.querySelector<HTMLButtonElement>('[data-prev]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-next]')!;
  const label = root.querySelector<HTMLElement>('[data-step-label]')!;
  const captions = [...root.querySelectorAll<HTMLElement>('[data-caption]')];
  // The headline is dated by the step shown, written for each step at build time.
  const title = root.querySelector<HTMLElement>('[data-headlines]');
  const headlines = title ? (JSON.parse(title.dataset.headlines ?? '[]') as string[]) : [];
  const format = (i: number) => (label.dataset.template ?? '{i}/{n}').replace('{i}', String(i + 1)).replace('{n}', String(steps));

  const show = (i: number) => {
    const index = clampStep(i, steps);
    host.dataset.activeStep = String(index);
    host.dispatchEvent(new CustomEvent<StateDetail>(STATE_EVENT, { detail: { index, instant: false } }));
    slider.value = String(index + 1);
    slider.setAttribute('aria-valuetext', format(index));
    label.textContent = format(index);
    prev.disabled = index === 0;
    next.disabled = index === steps - 1;
    captions.forEach((c, k) => (c.hidden = k !== index));
    if (title && headlines[index]) title.textContent = headlines[index];
  };

  root.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
  prev.addEventListener('click', () => show(Number(host.dataset.activeStep) - 1));
  next.addEventListener('click', () => show(Number(host.dataset.activeStep) + 1));
  slider.addEventListener('input', () => show(Number(slider.value) - 1));
  show(steps - 1);

  // A frame of fixed height (a CMS's 600 px iframe) cuts what does not fit: the figure, whose
  // drawing scales with its width, is narrowed until the page fits. The host that resizes its
  // frame is told the page's natural height, so it never gets a narrowed figure back.
  const framed = window.parent !== window;
  let reported = -1;
  const height = () => doc.body.getBoundingClientRect().height;
  const fits = () => height() - window.innerHeight <= 0.5;
  /** The largest value in [lo, hi] for which `apply(value)` makes the page fit (or lo). */
  const largest = (lo: number, hi: number, apply: (v: number) => void, steps = 8) => {
    for (let i = 0; i < steps; i++) {
      const mid = (lo + hi) / 2;
      apply(mid);
      if (fits()) lo = mid;
      else hi = mid;
    }
    apply(lo);
    return lo;
  };
  const fit = () => {
    host.style.maxWidth = '';
    host.style.zoom = '';
    const natural = height();
    if (framed && Math.ceil(natural) !== reported) {
      reported = Math.ceil(natural);
      window.parent.postMessage(resizeMessage(natural, location.pathname), '*');
    }
    if (fits()) return;
    const full = host.getBoundingClientRect().width;
    const narrow = (w: number) => (host.style.maxWidth = `${Math.floor(w)}px`);
    narrow(Math.min(MIN_WIDTH, full));
    if (fits()) {
      largest(Math.min(MIN_WIDTH, full), full, narrow);
      return;
    }
    // A figure whose height is mostly words (panels, legends) does not shrink with its width:
    // it is drawn smaller instead, whole (its full width, scaled).
    narrow(full);
    largest(MIN_ZOOM, 1, (z) => (host.style.zoom = String(z)), 6);
  };
  let queued = false;
  const refit = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      fit();
    });
  };
  new ResizeObserver(refit).observe(doc.body);
  addEventListener('resize', refit);
  fit();
}
