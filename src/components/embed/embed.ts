import { STATE_EVENT, type StateDetail } from '../scrolly/followHost';
import { clampStep, resizeMessage } from '$lib/embed/protocol';

/**
 * The embed page's controls: buttons and a slider drive the figure through the same DOM
 * contract the scroll engine uses (data-state plus an event), and the page reports its height
 * to the frame's host.
 */
export function startEmbed(doc: Document) {
  const root = doc.querySelector<HTMLElement>('[data-embed]');
  const host = root?.querySelector<HTMLElement>('[data-figure]');
  if (!root || !host) return;
  const states = JSON.parse(root.dataset.states ?? '[]') as unknown[];
  const slider = root.querySelector<HTMLInputElement>('input[type="range"]')!;
  const prev = root.querySelector<HTMLButtonElement>('[data-prev]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-next]')!;
  const label = root.querySelector<HTMLElement>('[data-step-label]')!;
  const captions = [...root.querySelectorAll<HTMLElement>('[data-caption]')];
  const format = (i: number) => (label.dataset.template ?? '{i}/{n}').replace('{i}', String(i + 1)).replace('{n}', String(states.length));

  const show = (i: number) => {
    const index = clampStep(i, states.length);
    host.dataset.state = JSON.stringify(states[index]);
    host.dataset.activeStep = String(index);
    host.dispatchEvent(new CustomEvent<StateDetail>(STATE_EVENT, { detail: { index, state: states[index], instant: false } }));
    slider.value = String(index + 1);
    slider.setAttribute('aria-valuetext', format(index));
    label.textContent = format(index);
    prev.disabled = index === 0;
    next.disabled = index === states.length - 1;
    captions.forEach((c, k) => (c.hidden = k !== index));
  };

  root.querySelector<HTMLElement>('[data-controls]')!.hidden = false;
  prev.addEventListener('click', () => show(Number(host.dataset.activeStep) - 1));
  next.addEventListener('click', () => show(Number(host.dataset.activeStep) + 1));
  slider.addEventListener('input', () => show(Number(slider.value) - 1));
  show(0);

  if (window.parent !== window) {
    // The body's own height: the document's would never shrink below the frame's.
    const report = () => window.parent.postMessage(resizeMessage(doc.body.getBoundingClientRect().height, location.pathname), '*');
    new ResizeObserver(report).observe(doc.body);
    report();
  }
}
