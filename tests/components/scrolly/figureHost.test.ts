import { beforeAll, describe, expect, test, vi } from 'vitest';
import { followedProps } from '../../../src/components/scrolly/figureHost.svelte';
import { FakeHost } from './fakeHost';

// A jump lands without transitions for a frame; no frames here, so that frame never ends.
beforeAll(() => vi.stubGlobal('requestAnimationFrame', () => 0));

const states = [{ through: '2025-09-02' }, { through: '2025-10-03' }, { through: '2025-11-10' }];

describe('followedProps: the engine says which step, the figure knows the state', () => {
  test("a figure that hydrates mid-story shows its own states' entry for the step the engine chose", () => {
    const props = followedProps(new FakeHost({ 'data-active-step': '2' }) as unknown as Element, { data: 1, states, index: 0 });
    expect([props.state, props.index, props.instant]).toEqual([states[2], 2, true]);
    expect(props).not.toHaveProperty('states');
    expect(props.data).toBe(1);
  });

  test('each index the engine sends becomes that state', () => {
    const host = new FakeHost();
    const props = followedProps(host as unknown as Element, { states, index: 0 });
    expect(props.state).toEqual(states[0]);
    host.move({ index: 1, instant: false });
    expect([props.state, props.index, props.instant]).toEqual([states[1], 1, false]);
  });
});
