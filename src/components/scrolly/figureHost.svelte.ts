import { followHost } from './followHost';

type Props = Record<string, unknown>;

/**
 * The one place a figure meets the scroll engine: the props a hydrated figure reads, its build-time
 * props plus the active step's `state`, `index` and `instant`, kept current as the engine moves
 * (followHost.ts). Figures only render what they are given.
 */
export function followedProps(island: Element, props: Props): Props {
  let state = $state.raw(props.state);
  let index = $state(Number(props.index ?? 0));
  let instant = $state(true);
  followHost(island, (next, jump, at) => {
    state = next;
    index = at;
    instant = jump;
    // One frame without transitions is enough to land on the new state.
    if (jump) requestAnimationFrame(() => requestAnimationFrame(() => (instant = false)));
  });
  return {
    ...props,
    get state() {
      return state;
    },
    get index() {
      return index;
    },
    get instant() {
      return instant;
    },
  };
}
