import { followHost } from './followHost';

// Svelte's hydrate comes through here, named: a dynamic import('svelte') keeps every export of
// its index (mount, unmount, tick…) in the bundle, since a bundler cannot see which one is used.
export { hydrate } from 'svelte';

type Props = Record<string, unknown> & { states?: unknown[] };

/**
 * The one place a figure meets the scroll engine: the props a hydrated figure reads, its build-time
 * props plus the active step's `state`, `index` and `instant`, kept current as the engine moves
 * (followHost.ts). The engine says only which step; the state is the figure's own, from the
 * `states` its props file lists once. Figures only render what they are given.
 */
export function followedProps(island: Element, { states = [], ...props }: Props): Props {
  let index = $state(Number(props.index ?? 0));
  let instant = $state(true);
  followHost(island, (at, jump) => {
    index = at;
    instant = jump;
    // One frame without transitions is enough to land on the new state.
    if (jump) requestAnimationFrame(() => requestAnimationFrame(() => (instant = false)));
  });
  return {
    ...props,
    get state() {
      return states[index];
    },
    get index() {
      return index;
    },
    get instant() {
      return instant;
    },
  };
}
