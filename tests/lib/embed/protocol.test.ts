import { describe, expect, it } from 'vitest';
import { clampStep, resizeMessage, RESIZE_MESSAGE } from '$lib/embed/protocol';

describe('the embed protocol', () => {
  it('an embed asks its host for a whole number of pixels, and never steps outside its figure', () => {
    expect(resizeMessage(612.2, '/embed/casualties/')).toEqual({ type: RESIZE_MESSAGE, height: 613, path: '/embed/casualties/' });
    expect([clampStep(-1, 5), clampStep(2, 5), clampStep(9, 5)]).toEqual([0, 2, 4]);
  });
});
