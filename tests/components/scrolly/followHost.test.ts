import { describe, expect, test } from 'vitest';
import { followHost } from '../../../src/components/scrolly/followHost';
import { FakeHost } from './fakeHost';

const follow = (host: FakeHost) => {
  const calls: [number, boolean][] = [];
  const stop = followHost(host as unknown as Element, (index, instant) => calls.push([index, instant]));
  return { calls, stop };
};

describe('followHost: a figure follows the engine through its host element', () => {
  test('a reload mid-story: a figure that hydrates after the engine chose a step starts on that step, without animating', () => {
    const host = new FakeHost({ 'data-active-step': '3' });
    expect(follow(host).calls).toEqual([[3, true]]);
  });

  test('before the engine has run, nothing is applied: the figure keeps its server-rendered first state', () => {
    expect(follow(new FakeHost()).calls).toEqual([]);
  });

  test('each step the engine moves to arrives as its index and whether to land without animating', () => {
    const host = new FakeHost();
    const { calls } = follow(host);
    host.move({ index: 1, instant: false });
    host.move({ index: 4, instant: true });
    expect(calls).toEqual([
      [1, false],
      [4, true],
    ]);
  });

  test('after unsubscribing, the figure no longer follows', () => {
    const host = new FakeHost();
    const { calls, stop } = follow(host);
    stop();
    host.move({ index: 1, instant: false });
    expect(calls).toEqual([]);
  });

  test('an element outside any figure host follows nothing', () => {
    const lone = { closest: () => null } as unknown as Element;
    const calls: unknown[] = [];
    followHost(lone, (index) => calls.push(index))();
    expect(calls).toEqual([]);
  });
});
