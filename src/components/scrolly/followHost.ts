/**
 * The contract between the scroll engine and any figure, through the DOM only (the engine
 * never imports a figure, a figure never imports the engine): the engine keeps the active
 * step's props as JSON in `data-state` on the `[data-figure]` element and dispatches
 * STATE_EVENT there on every change.
 */
export const STATE_EVENT = 'scrolly:state';

export interface StateDetail {
  index: number;
  state: unknown;
  /** True on a first paint, a reload or a long jump: show the state without animating. */
  instant: boolean;
}

/** Call `apply` with the host's current state (and step index) now, and with every new one. Returns the unsubscribe. */
export function followHost(node: Element, apply: (state: unknown, instant: boolean, index: number) => void): () => void {
  const host = node.closest('[data-figure]');
  if (!host) return () => {};
  const current = host.getAttribute('data-state');
  if (current) apply(JSON.parse(current), true, Number(host.getAttribute('data-active-step') ?? 0));
  const listener = (e: Event) => {
    const { state, instant, index } = (e as CustomEvent<StateDetail>).detail;
    apply(state, instant, index);
  };
  host.addEventListener(STATE_EVENT, listener);
  return () => host.removeEventListener(STATE_EVENT, listener);
}
