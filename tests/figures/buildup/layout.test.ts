import { describe, expect, it, test } from 'vitest';
import { ANCHOR_KIND, ANCHOR_LABEL, anchorOf, placeAssets, SYMBOL_OF, type AnchorId } from '$figures/buildup/layout';
import { mapLabels } from '$lib/map/scene';
import { buildupData } from '$figures/buildup/data';
import { reportedBy } from '$lib/deployments';
import { AS_OF, fixtureTables } from '../../fixtures/tables';

const t = fixtureTables();
const byId = (id: string) => t.deployments.find((d) => d.id === id)!;

describe('build-up map: placed only where a place was reported', () => {
  const data = buildupData(t.deployments, t.troopLevels, AS_OF, t.sources);

  test('every asset of the Caribbean steps is whole inside the Caribbean view, on a laptop and a phone', () => {
    const inCaribbean = new Set(['puerto_rico', 'trinidad', 'off_venezuela', 'caribbean_sea', 'en_route']);
    // The symbol's radius in map units (MARK_R in Figure.svelte).
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
    ['D009', 'puerto_rico'], // F-35s ordered to Puerto Rico: the region says so, no base named
    ['D020', 'trinidad'], // USS Gravely's port call
    ['D025', 'el_salvador'], // AC-130J at San Salvador airport
    ['D016', 'off_venezuela'], // B-52s flown from Barksdale: the departure base is not where they were
    ['D019', 'en_route'], // the Ford: ordered Oct. 24, in the Caribbean only from Nov. 16
    ['D001', 'caribbean_sea'], // ships at sea, sailed from Norfolk: an approximate area
  ])('%s goes to %s', (id, anchor) => {
    expect(anchorOf(byId(id))).toBe(anchor);
  });

  test('a mark is placed by cells no edition translates: other words in location_as_reported move nothing', () => {
    for (const d of t.deployments) expect(anchorOf({ ...d, location_as_reported: 'en el mar Caribe, frente a Puerto Rico y Trinidad' }), d.id).toBe(anchorOf(d));
  });

  test('marks in a group do not overlap, and areas are drawn as approximate', () => {
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
  });

  test('only what was reported by the end date: marks, and troop totals in date order', () => {
    expect(data.marks.map((m) => m.id).sort()).toEqual(reportedBy(t.deployments, AS_OF).map((d) => d.id).sort());
    expect(data.marks.some((m) => m.id === 'D025')).toBe(false); // Nov. 12
    expect(data.troops.points.map((r) => r.id)).toEqual(['T01', 'T03', 'T05', 'T10', 'T11']);
  });

  test('the legend lists the kinds of asset on the map, no more', () => {
    expect(data.symbols).toEqual(['large_ship', 'ship', 'submarine', 'aircraft', 'drone']);
  });
});

describe('the troop chart: an axis from zero, so 4,500 to 16,000 reads as the rise it is', () => {
  const { points, yTicks, xTicks, floor } = buildupData(t.deployments, t.troopLevels, AS_OF, t.sources).troops;
  const at = Object.fromEntries(points.map((p) => [p.id, p]));

  test('heights are proportional to the totals, from a zero baseline at the bottom', () => {
    expect(yTicks[0]).toEqual({ value: 0, y: 100 });
    // 4,500 of an axis to 20,000: its dot is 22.5% of the way up, not squeezed near the top of a cut axis.
    expect(100 - at.T01.y).toBeCloseTo((4500 / 20000) * 100, 0);
    expect(100 - at.T11.y).toBeCloseTo((16000 / 20000) * 100, 0);
  });

  test('the scale holds the data: the largest total, 16,000, sits under the top gridline, not in the header', () => {
    expect(yTicks.map((k) => k.value)).toEqual([0, 5000, 10000, 15000, 20000]);
    expect(yTicks.at(-1)).toEqual({ value: 20000, y: 0 });
    for (const p of points) expect(p.troops, p.id).toBeLessThanOrEqual(yTicks.at(-1)!.value);
    expect(at.T11.y).toBeGreaterThan(0);
  });

  test('time runs left to right from the story start to the end date, with a tick at each month', () => {
    expect(points.map((p) => p.x)).toEqual([...points.map((p) => p.x)].sort((a, b) => a - b));
    for (const p of points) expect(p.x).toBeGreaterThan(0), expect(p.x).toBeLessThanOrEqual(100);
    expect(xTicks.map((k) => k.iso)).toEqual(['2025-08-01', '2025-09-01', '2025-10-01', '2025-11-01']);
    expect(xTicks[0].x).toBe(0);
  });

  test('each total names who published it, and the band under the lowest is free for a label', () => {
    expect(at.T01.sources).toEqual(['Task & Purpose']);
    expect(at.T10.sources).toEqual(['The New York Times']);
    // The Post's count, read in two reports of it: the chart names the Post once.
    expect(at.T11.sources).toEqual(['The Washington Post']);
    expect(floor).toBe(at.T01.y); // 4,500 is the lowest dated total in the fixture
    for (const p of points) expect(p.y).toBeLessThanOrEqual(floor);
  });
});

describe('placeAssets', () => {
  const anchors = { puerto_rico: [100, 100], trinidad: [0, 0], el_salvador: [0, 0], off_venezuela: [0, 0], caribbean_sea: [300, 300], eastern_pacific: [0, 0], en_route: [0, 0] } as Record<AnchorId, [number, number]>;
  const rows = reportedBy(t.deployments, AS_OF);

  test('beside a named place: every mark right of and below its pin', () => {
    const { marks } = placeAssets(rows, anchors);
    const pr = marks.filter((m) => m.anchor === 'puerto_rico');
    expect(pr.map((m) => m.id)).toEqual(['D009', 'D010', 'D011']);
    for (const m of pr) expect(m.x > 100 && m.y > 100, m.id).toBe(true);
  });

  test("Trinidad's port call sits above its pin, at sea, leaving the space below for its name", () => {
    const { marks } = placeAssets(rows, { ...anchors, trinidad: [500, 500] });
    const tt = marks.filter((m) => m.anchor === 'trinidad');
    expect(tt.map((m) => m.id)).toEqual(['D020']);
    for (const m of tt) expect(m.x > 500 && m.y < 500, m.id).toBe(true);
  });

  test('in an approximate area: the marks centred on it, inside its ring', () => {
    const { marks, groups } = placeAssets(rows, anchors);
    const sea = marks.filter((m) => m.anchor === 'caribbean_sea');
    const ring = groups.find((g) => g.id === 'caribbean_sea')!;
    expect(sea.reduce((s, m) => s + m.x, 0) / sea.length).toBeCloseTo(300, 0);
    for (const m of sea) expect(Math.hypot(m.x - ring.x, m.y - ring.y), m.id).toBeLessThan(ring.r);
  });

  test('symbols follow the asset type', () => {
    const { marks } = placeAssets(rows, anchors);
    for (const m of marks) expect(m.symbol).toBe(SYMBOL_OF[byId(m.id).asset_type]);
  });
});

describe('a named place shows once', () => {
  it("each place anchor replaces a map label that exists (by the label's id), so the place is not named twice", () => {
    const ids = new Set(mapLabels().map((l) => l.id));
    for (const [anchor, label] of Object.entries(ANCHOR_LABEL)) {
      expect(ANCHOR_KIND[anchor as keyof typeof ANCHOR_KIND], anchor).toBe('place');
      expect(ids.has(label!), label).toBe(true);
    }
  });
});
