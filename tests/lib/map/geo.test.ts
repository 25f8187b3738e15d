import { describe, expect, test } from 'vitest';
import { basemap, countryAnchor, EXTENT, MAP, project } from '$lib/map/geo';
import { fitAspect, NARROW_ASPECT, toFrame, zoomTransform, type ViewBox } from '$lib/map/views';
import { mapLabels, mapViews } from '$lib/map/scene';
import { fittingLabels, GLYPH_WIDTH } from '$lib/map/labels';
import { en } from '$lib/i18n/en';

describe('projection and basemap', () => {
  test('the region fills the frame: its corners land on the frame edges', () => {
    const [x0, y1] = project(EXTENT[0][0], EXTENT[0][1]);
    const [x1, y0] = project(EXTENT[1][0], EXTENT[1][1]);
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(-1);
    expect(x1).toBeLessThanOrEqual(MAP.width + 1);
    expect(y1).toBeLessThanOrEqual(MAP.height + 1);
    // One of the two dimensions is filled edge to edge.
    expect(Math.max(x1 - x0 - MAP.width, y1 - y0 - MAP.height)).toBeGreaterThan(-2);
  });

  test('the countries of the story are drawn, and nothing from the other side of the world', () => {
    const names = basemap().map((c) => c.name);
    for (const n of ['Venezuela', 'Colombia', 'Ecuador', 'Panama', 'Mexico', 'Puerto Rico', 'Trinidad and Tobago', 'Cuba']) expect(names).toContain(n);
    expect(names).not.toContain('Zimbabwe');
    expect(names).not.toContain('China');
  });

  test('clipped to the frame and small: every coordinate within it, under 40 KB of markup', () => {
    const paths = basemap();
    const numbers = paths.flatMap((p) => p.d.match(/-?\d+(\.\d+)?/g)!.map(Number));
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(MAP.width + 2);
    expect(paths.reduce((n, p) => n + p.d.length, 0)).toBeLessThan(40_000);
  });

  test('country anchors sit inside the frame, Puerto Rico north-east of Venezuela', () => {
    const pr = countryAnchor('Puerto Rico');
    const ve = countryAnchor('Venezuela');
    for (const [x, y] of [pr, ve]) {
      expect(x).toBeGreaterThan(0);
      expect(y).toBeGreaterThan(0);
    }
    expect(pr[1]).toBeLessThan(ve[1]);
  });
});

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

describe('label placement', () => {
  const labels = mapLabels();
  const name = (l: (typeof labels)[number]) => en.places[l.name] ?? l.name;
  const { wide, narrow } = mapViews();

  test.each([
    ['phone', 360, 12, narrow],
    ['laptop', 720, 13, wide],
  ] as const)('on a %s, no two labels collide in any view', (_, width, font, views) => {
    for (const view of Object.values(views)) {
      const kept = labels.filter((l) => fittingLabels(labels, name, view, width, font).has(l.id));
      const scale = width / view.w;
      const boxes = kept.map((l) => {
        const cx = (l.x - view.x) * scale;
        const cy = (l.y - view.y) * scale;
        const w = name(l).length * GLYPH_WIDTH * font + 4;
        const h = font * 1.2 + 2;
        return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
      });
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
          expect(overlap, `${kept[i].id} / ${kept[j].id}`).toBe(false);
        }
      }
    }
  });

  test('the countries the story is about are labelled on the whole map, even on a phone', () => {
    const kept = fittingLabels(labels, name, narrow.all, 360, 12);
    expect(kept.has('Venezuela')).toBe(true);
    expect(kept.has('Colombia')).toBe(true);
  });

  test('a label gives way to a mark it would cover', () => {
    const ve = labels.find((l) => l.id === 'Venezuela')!;
    const kept = fittingLabels(labels, name, wide.all, 720, 13, [{ x: ve.x, y: ve.y, r: 10 }]);
    expect(kept.has('Venezuela')).toBe(false);
  });
});
