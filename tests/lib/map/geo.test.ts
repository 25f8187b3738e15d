import { describe, expect, test } from 'vitest';
import { basemap, countryAnchor, EXTENT, MAP, project } from '$lib/map/geo';
import { fitAspect, NARROW_ASPECT, toFrame, viewDuring, zoomFrom, type ViewBox } from '$lib/map/views';
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

  // The zoom: a frame drawn for `to`, moved by translate(dx%, dy%) scale(s) from its top left.
  const shownAt = (x: number, y: number, to: ViewBox, z: { dx: number; dy: number; s: number }) => {
    const drawn = toFrame(x, y, to);
    return { left: drawn.left * z.s + z.dx, top: drawn.top * z.s + z.dy };
  };
  const from: ViewBox = { x: 0, y: 0, w: 400, h: 250 };
  const to: ViewBox = { x: 120, y: 60, w: 160, h: 100 };

  test('a frame drawn for the new view, transformed, shows every point where the old view had it', () => {
    const z = zoomFrom(to, from);
    for (const [x, y] of [[0, 0], [200, 125], [390, 20], [130, 70]]) {
      const a = shownAt(x, y, to, z);
      const b = toFrame(x, y, from);
      expect(a.left).toBeCloseTo(b.left, 6);
      expect(a.top).toBeCloseTo(b.top, 6);
    }
  });

  test('mid-zoom, the view on screen is what the interpolated transform shows, from the old view to the new', () => {
    expect(viewDuring(to, from, 0)).toEqual(from);
    const end = viewDuring(to, from, 1);
    for (const k of ['x', 'y', 'w', 'h'] as const) expect(end[k]).toBeCloseTo(to[k], 9);
    // Halfway, CSS has each number of the transform halfway: a point sits where that view puts it.
    const z0 = zoomFrom(to, from);
    const half = { dx: z0.dx / 2, dy: z0.dy / 2, s: (z0.s + 1) / 2 };
    const mid = viewDuring(to, from, 0.5);
    const a = shownAt(250, 90, to, half);
    const b = toFrame(250, 90, mid);
    expect(a.left).toBeCloseTo(b.left, 6);
    expect(a.top).toBeCloseTo(b.top, 6);
    expect(mid.w).toBeGreaterThan(to.w);
    expect(mid.w).toBeLessThan(from.w);
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
