import { STATE_EVENT, type StateDetail } from '../../../src/components/scrolly/followHost';

/** A figure's host element as the engine leaves it: data-active-step, and the event it dispatches. Only an index travels. */
export class FakeHost extends EventTarget {
  constructor(public attrs: Record<string, string> = {}) {
    super();
  }
  getAttribute(name: string): string | null {
    return this.attrs[name] ?? null;
  }
  closest(selector: string): FakeHost | null {
    return selector === '[data-figure]' ? this : null;
  }
  move(detail: StateDetail) {
    this.dispatchEvent(new CustomEvent(STATE_EVENT, { detail }));
  }
}
