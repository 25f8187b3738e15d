/**
 * The contract between the scroll engine and any figure, through the DOM only (the engine
 * never imports a figure, a figure never imports the engine): the engine keeps the active
 * step's index in `data-active-step` on the `[data-figure]` element and dispatches
 * STATE_EVENT there on every change. Only the index travels: the figure has its states
 * already, once, in its props (a file the build writes, see src/pages/props/[file].ts).
 */
export const STATE_EVENT = 'scrolly:state';

export interface StateDetail {
  index: number;
  /** True on a first paint, a reload or a long jump: show the state without animating. */
  instant: boolean;
}

/** Call `apply` with the host's current step index now, and with every new one. Returns the unsubscribe. */
export function followHost(node: Element, apply: (index: number, instant: boolean) => void): () => void {
  const host = node.closest('[data-figure]');
  if (!host) return () => {};
  const current = host.getAttribute('data-active-step');
  if (current !== null) apply(Number(current), true);
  const listener = (e: Event) => {
    const { index, instant } = (e as CustomEvent<StateDetail>).detail;
    apply(index, instant);
  };
  host.addEventListener(STATE_EVENT, listener);
  return () => host.removeEventListener(STATE_EVENT, listener);
}
