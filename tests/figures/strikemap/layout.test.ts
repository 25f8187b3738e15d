import { describe, expect, test } from 'vitest';
import type { CasualtyPoint } from '$lib/casualties';
import { clusterDots, DOT_MAX_R, DOT_SPACING } from '$figures/strikemap/layout';
import { strikeMapData } from '$figures/strikemap/data';
import { latestAnnounced } from '$lib/casualties';
import { AS_OF, fixtureTable } from '../../fixtures/tables';

// Fixture rows by Nov. 10: 7 Caribbean strikes (S001–S007), 2 eastern Pacific (S008, S013); S032, sea area not disclosed, on Dec. 31.
const strikes = fixtureTable('strikes');

describe('strike map: strikes grouped by sea area, never placed', () => {
  const data = strikeMapData(strikes, AS_OF);

  test('every strike of the story has a dot in its own sea area', () => {
    expect(data.dots.map((d) => d.id).sort()).toEqual(['S001', 'S002', 'S003', 'S004', 'S005', 'S006', 'S007', 'S008', 'S013']);
    for (const d of data.dots) {
      const z = data.zones.find((zone) => zone.region === d.region)!;
      // Inside the dashed ellipse of its zone.
      expect(((d.x - z.cx) / z.rx) ** 2 + ((d.y - z.cy) / z.ry) ** 2).toBeLessThan(1);
    }
  });

  test('a sea area with no strike yet has no zone drawn', () => {
    expect(data.zones.map((z) => z.region)).toEqual(['caribbean', 'eastern_pacific']);
  });

  test('a strike whose sea area was not disclosed sits in a zone of its own, apart from both seas', () => {
    const all = strikeMapData(strikes, latestAnnounced(strikes));
    const unknown = all.zones.find((z) => z.region === 'unknown')!;
    expect(all.dots.find((d) => d.id === 'S032')!.region).toBe('unknown');
    for (const z of all.zones.filter((zone) => zone.region !== 'unknown')) {
      expect(Math.hypot(z.cx - unknown.cx, z.cy - unknown.cy)).toBeGreaterThan(z.rx + unknown.rx);
    }
  });

  test('dots do not overlap, and the largest strike has the largest dot', () => {
    for (let i = 0; i < data.dots.length; i++) {
      for (let j = i + 1; j < data.dots.length; j++) {
        const [a, b] = [data.dots[i], data.dots[j]];
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
      }
    }
    expect(data.dots.find((d) => d.id === 'S001')!.r).toBe(DOT_MAX_R);
    // Area follows deaths: S005 killed 6, S004 killed 4.
    const r = (id: string) => data.dots.find((d) => d.id === id)!.r;
    expect(r('S005') / r('S004')).toBeCloseTo(Math.sqrt(6 / 4), 1);
  });

  test('the island gets numbers and names, no geometry', () => {
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/"arcs"|"coordinates"|"type":"Feature/);
    expect(json.length).toBeLessThan(20_000);
  });

  test('a zoomed view shows its whole sea: every dot, at its full size, inside the frame on a laptop and a phone', () => {
    const seas = { caribbean: 'caribbean', pacific: 'eastern_pacific' } as const;
    for (const [view, region] of Object.entries(seas)) {
      for (const frame of ['wide', 'narrow'] as const) {
        const v = data.views[frame][view as keyof typeof seas];
        for (const d of data.dots.filter((dot) => dot.region === region)) {
          const r = Math.max(d.r, 3);
          expect({ view, frame, id: d.id, inside: d.x - r >= v.x && d.x + r <= v.x + v.w && d.y - r >= v.y && d.y + r <= v.y + v.h }).toEqual({ view, frame, id: d.id, inside: true });
        }
      }
    }
  });
});

describe('clusterDots', () => {
  const point = (id: string, region: CasualtyPoint['region'], killed: number): CasualtyPoint => ({
    id, region, killed, date: '2025-10-01', announced: '2025-10-01', approx: false, vessels: 1, survivors: 0,
  });
  const centres = { caribbean: [0, 0], eastern_pacific: [1000, 0], unknown: [2000, 0] } as Record<CasualtyPoint['region'], [number, number]>;

  test('dots of a sea sit a finger-width apart, in the order the strikes happened, around its centre', () => {
    const { dots, zones } = clusterDots([point('A', 'caribbean', 2), point('B', 'caribbean', 2), point('C', 'caribbean', 2)], centres);
    expect(dots.map((d) => d.id)).toEqual(['A', 'B', 'C']);
    expect(Math.hypot(dots[1].x - dots[0].x, dots[1].y - dots[0].y)).toBe(DOT_SPACING);
    const cx = dots.reduce((s, d) => s + d.x, 0) / dots.length;
    expect(Math.abs(cx - zones[0].cx)).toBeLessThan(DOT_SPACING);
  });

  test("a sea's dots do not move when strikes are added to another sea", () => {
    const carib = [point('A', 'caribbean', 3), point('B', 'caribbean', 3)];
    const before = clusterDots(carib, centres).dots;
    const after = clusterDots([...carib, point('P', 'eastern_pacific', 1), point('Q', 'eastern_pacific', 2)], centres).dots;
    expect(after.filter((d) => d.region === 'caribbean').map(({ x, y }) => [x, y])).toEqual(before.map(({ x, y }) => [x, y]));
  });
});
