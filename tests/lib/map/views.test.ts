import { describe, expect, test } from 'vitest';
import { MAP } from '$lib/map/geo';
import { fitAspect, NARROW_ASPECT, toFrame, zoomTransform, type ViewBox } from '$lib/map/views';
import { mapViews } from '$lib/map/scene';

describe('views', () => {
  test('a view keeps the frame aspect, so the map is never stretched', () => {
    const v = fitAspect({ x: 10, y: 10, w: 100, h: 100 }, 1.6);
    expect(v.w / v.h).toBeCloseTo(1.6, 2);
    expect(v.w).toBeGreaterThanOrEqual(100);
    const views = mapViews();
    for (const box of Object.values(views.wide)) expect(box.w / box.h).toBeCloseTo(MAP.width / MAP.height, 1);
    for (const box of Object.values(views.narrow)) expect(box.w / box.h).toBeCloseTo(NARROW_ASPECT, 1);
  });

  test('zoomed views are smaller than the whole map, on a phone smaller still', () => {
    const { wide, narrow } = mapViews();
    expect(wide.caribbean.w).toBeLessThan(wide.all.w);
    expect(narrow.caribbean.w).toBeLessThan(wide.caribbean.w);
  });

  test('toFrame turns map units into percentages of the view', () => {
    const view: ViewBox = { x: 100, y: 50, w: 200, h: 100 };
    expect(toFrame(200, 100, view)).toEqual({ left: 50, top: 50 });
  });
});

describe('zoom', () => {
  const drawn: ViewBox = { x: 0, y: 0, w: 800, h: 500 };
  const shown: ViewBox = { x: 240, y: 90, w: 376, h: 235 };
  // Applies "translate(tx%, ty%) scale(kx, ky)" (origin 0 0) to a point given in percent of the frame.
  const apply = (css: string, left: number, top: number) => {
    const [tx, ty, kx, ky] = css.match(/-?\d+(\.\d+)?/g)!.map(Number);
    return { left: left * kx + tx, top: top * ky + ty };
  };

  test('a frame drawn for one view, transformed, shows every point where the other view puts it', () => {
    for (const [a, b] of [[drawn, shown], [shown, drawn]]) {
      const css = zoomTransform(a, b)!;
      for (const [x, y] of [[300, 120], [610, 300], [0, 0], [800, 500]]) {
        const moved = apply(css, toFrame(x, y, a).left, toFrame(x, y, a).top);
        const want = toFrame(x, y, b);
        expect(moved.left).toBeCloseTo(want.left, 2);
        expect(moved.top).toBeCloseTo(want.top, 2);
      }
    }
  });

  test('zooming in scales the drawing up; at rest there is no transform at all', () => {
    expect(zoomTransform(drawn, shown)).toMatch(/scale\(2\.12\d*, 2\.12\d*\)/);
    expect(zoomTransform(shown, { ...shown })).toBeNull();
  });
});
