import { untrack } from 'svelte';
import { lerpView, type ViewBox } from '$lib/map/views';

/**
 * A map view eased toward its target, one animation frame at a time. Svelte's `Tween` did this
 * with a general interpolator and a reduced-motion store: 0.6 KB gzip of every reader's
 * JavaScript for the one thing the maps need.
 */
export class ViewTween {
  // Raw: a view is replaced, never changed in place, and "landed" is current === target.
  current: ViewBox = $state.raw()!;
  target: ViewBox = $state.raw()!;
  #frame = 0;

  constructor(view: ViewBox) {
    this.current = this.target = view;
  }

  /** Ease to `view` over `duration` ms (0: at once); a new target starts from where the map is. */
  set(view: ViewBox, duration: number) {
    cancelAnimationFrame(this.#frame);
    this.target = view;
    if (duration <= 0) {
      this.current = view;
      return;
    }
    // Read untracked: an effect that sets the view must not rerun on every frame of the ease.
    const from = untrack(() => this.current);
    let start = -1;
    const tick = (now: number) => {
      if (start < 0) start = now;
      const t = Math.min(1, (now - start) / duration);
      // Cubic ease-out: fast off the mark, settling into place.
      this.current = t === 1 ? view : lerpView(from, view, 1 - (1 - t) ** 3);
      if (t < 1) this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }
}
