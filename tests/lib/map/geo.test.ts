import { describe, expect, test } from 'vitest';
import { basemap, countryAnchor, EXTENT, MAP, project } from '$lib/map/geo';

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
