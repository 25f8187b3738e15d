import { followHost } from './followHost';

/**
 * A figure's view of the scroll engine, as reactive state: the state of the step it shows, that
 * step's index, and whether to land on it without animating (a first paint, a jump, a reload).
 * Use it with `{@attach follow.attach}` on the figure's root element.
 */
export class FollowedStep<S> {
  live: S | null = $state(null);
  index = $state(0);
  instant = $state(true);
  #initial: () => S;

  constructor(initial: () => S) {
    this.#initial = initial;
  }

  /** The server-rendered first step until the engine says otherwise. */
  get current(): S {
    return this.live ?? this.#initial();
  }

  attach = (node: Element) =>
    followHost(node, (state, instant, index) => {
      this.live = state as S;
      this.index = index;
      this.instant = instant;
      // One frame without transitions is enough to land on the new state.
      if (instant) requestAnimationFrame(() => requestAnimationFrame(() => (this.instant = false)));
    });
}
