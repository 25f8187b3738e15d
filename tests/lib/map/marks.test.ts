import { describe, expect, test } from 'vitest';
import { anchorOf, placeAssets, reportedBy, SYMBOL_OF } from '$lib/buildup';
import { buildupData } from '$lib/buildupData';
import { clusterDots, DOT_MAX_R } from '$lib/strikeMap';
import { strikeMapData } from '$lib/strikeMapData';
import { loadTables } from '$lib/data/load';

const t = loadTables();
const byId = (id: string) => t.deployments.find((d) => d.id === id)!;

describe('strike map: strikes grouped by sea area, never placed', () => {
  const data = strikeMapData(t.strikes, '2025-11-10');

  test('every strike of the story has a dot in its own sea area', () => {
    expect(data.dots).toHaveLength(19);
    for (const d of data.dots) {
      const z = data.zones.find((zone) => zone.region === d.region)!;
      // Inside the dashed ellipse of its zone.
      expect(((d.x - z.cx) / z.rx) ** 2 + ((d.y - z.cy) / z.ry) ** 2).toBeLessThan(1);
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

  test('clusters are stable: a dot sits in the same place whatever the step', () => {
    const a = clusterDots(data.points, { caribbean: [0, 0], eastern_pacific: [100, 0], unknown: [200, 0] });
    const b = clusterDots(data.points, { caribbean: [0, 0], eastern_pacific: [100, 0], unknown: [200, 0] });
    expect(a).toEqual(b);
  });
});

describe('build-up map: placed only where a place was reported', () => {
  test('every asset of the Caribbean steps is whole inside the Caribbean view, on a laptop and a phone', () => {
    const data = buildupData(t.deployments, t.troopLevels, '2025-11-10');
    const inCaribbean = new Set(['puerto_rico', 'trinidad', 'off_venezuela', 'caribbean_sea', 'en_route']);
    // The symbol's radius in map units (MARK_R in Buildup.svelte).
    const r = 8;
    for (const frame of ['wide', 'narrow'] as const) {
      const v = data.views[frame].caribbean;
      for (const m of data.marks.filter((mark) => inCaribbean.has(mark.anchor))) {
        expect({ frame, id: m.id, inside: m.x - r >= v.x && m.x + r <= v.x + v.w && m.y - r >= v.y && m.y + r <= v.y + v.h }).toEqual({ frame, id: m.id, inside: true });
      }
    }
  });

  test.each([
    ['D011', 'puerto_rico'], // F-35Bs seen at Roosevelt Roads, Ceiba
    ['D010', 'puerto_rico'], // Reapers at Aguadilla
    ['D020', 'trinidad'], // USS Gravely's port call
    ['D025', 'el_salvador'], // AC-130J at San Salvador airport
    ['D016', 'off_venezuela'], // B-52s flown from Barksdale: the departure base is not where they were
    ['D019', 'en_route'], // the Ford: ordered Oct. 24, in the Caribbean only from Nov. 16
    ['D001', 'caribbean_sea'], // ships at sea: an approximate area
  ])('%s goes to %s', (id, anchor) => {
    expect(anchorOf(byId(id))).toBe(anchor);
  });

  test('an asset with no reported date never appears on the map', () => {
    expect(reportedBy(t.deployments, '2026-12-31').some((d) => d.id === 'D034')).toBe(false);
  });

  test('every asset type has a symbol, told apart by shape', () => {
    for (const d of t.deployments) expect(SYMBOL_OF[d.asset_type]).toBeTruthy();
  });

  test('marks in a group do not overlap, and areas are drawn as approximate', () => {
    const data = buildupData(t.deployments, t.troopLevels, '2025-11-10');
    for (const g of data.anchors) {
      const members = data.marks.filter((m) => m.anchor === g.id);
      expect(members.length, g.id).toBeGreaterThan(0);
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          expect(Math.hypot(members[i].x - members[j].x, members[i].y - members[j].y)).toBeGreaterThanOrEqual(16);
        }
      }
    }
    expect(data.anchors.find((a) => a.id === 'caribbean_sea')?.kind).toBe('area');
    expect(data.anchors.find((a) => a.id === 'puerto_rico')?.kind).toBe('place');
    expect(data.troops.every((r) => r.date <= '2025-11-10')).toBe(true);
  });

  test('placement is stable: the same rows give the same marks', () => {
    const anchors = { puerto_rico: [0, 0], trinidad: [1, 1], el_salvador: [2, 2], off_venezuela: [3, 3], caribbean_sea: [4, 4], eastern_pacific: [5, 5], en_route: [6, 6] } as const;
    const rows = reportedBy(t.deployments, '2025-11-10');
    expect(placeAssets(rows, anchors as never)).toEqual(placeAssets(rows, anchors as never));
  });
});
