import { geoContains } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { strikeMapData } from '$figures/strikemap/data';
import { inRing, SEA_AREAS } from '$lib/map/seas';
import { COUNTRY_LABEL_AT, newSince, SEA_LABEL_AT, UNIT_MAX_PX, UNIT_MIN_PX, unitSize } from '$figures/strikemap/layout';
import { countries } from '$lib/map/geo';
import { AS_OF, fixtureTable } from '../../fixtures/tables';

// Fixture rows by Nov. 10: 7 Caribbean strikes (S001–S007), 2 eastern Pacific (S008, S013); S032, sea area not disclosed, on Dec. 31.
const strikes = fixtureTable('strikes');
const land = countries();
const onLand = (p: [number, number]) => land.features.some((f) => geoContains(f, p));

describe('strike map: the seas shaded, no strike placed', () => {
  const data = strikeMapData(strikes, AS_OF, ['2025-10-18', '2025-10-29', AS_OF]);

  test('no strike mark lies on land: the map is handed no strike position at all, and every name it writes on the water is on water', () => {
    // The island's data carries no coordinate for any strike: the strikes are counted beside the map.
    expect(JSON.stringify(data.points)).not.toMatch(/"(x|y|lon|lat)":/);
    for (const [region, at] of Object.entries(SEA_LABEL_AT)) expect({ region, onLand: onLand(at) }).toEqual({ region, onLand: false });
    for (const [name, at] of Object.entries(COUNTRY_LABEL_AT)) expect({ name, onLand: onLand(at) }).toEqual({ name, onLand: true });
  });

  test('each shaded sea covers its own water and never reaches across an isthmus into the other ocean', () => {
    const caribbean = SEA_AREAS.caribbean!;
    const pacific = SEA_AREAS.eastern_pacific!;
    // Open water of each sea, as reported: off Venezuela, north of Colombia; off Colombia and Central America.
    for (const p of [[-68, 12.5], [-75, 12.5], [-80, 12]] as [number, number][]) expect(inRing(caribbean, p)).toBe(true);
    for (const p of [[-80, 4], [-90, 8], [-95, 0]] as [number, number][]) expect(inRing(pacific, p)).toBe(true);
    // The Gulf of Panama and the sea off Costa Rica's Pacific coast are not Caribbean; the water north of Panama is not Pacific.
    for (const p of [[-79.5, 8.2], [-85.5, 9.2], [-86.5, 11.5]] as [number, number][]) expect(inRing(caribbean, p)).toBe(false);
    for (const p of [[-79.5, 9.6], [-82.5, 10], [-76.5, 9.5]] as [number, number][]) expect(inRing(pacific, p)).toBe(false);
    // Neither reaches the Gulf of Mexico or the open Atlantic.
    for (const p of [[-90, 22], [-58.5, 14]] as [number, number][]) expect(inRing(caribbean, p) || inRing(pacific, p)).toBe(false);
  });

  test('the areas are drawn as outlines in map units, one per sea', () => {
    expect(data.areas.map((a) => a.region)).toEqual(['caribbean', 'eastern_pacific']);
    for (const a of data.areas) expect(a.d).toMatch(/^M[\d.,L-]+Z$/);
  });

  test('one tally mark per strike, its area following the deaths', () => {
    expect(data.points.map((p) => p.id)).toEqual(['S001', 'S002', 'S003', 'S004', 'S005', 'S006', 'S007', 'S008', 'S013']);
    const size = (id: string) => data.points.find((p) => p.id === id)!.size;
    expect(size('S001')).toBe(UNIT_MAX_PX);
    expect(size('S005') / size('S004')).toBeCloseTo(Math.sqrt(6 / 4), 1);
    expect(unitSize(1, 11)).toBe(UNIT_MIN_PX);
  });

  test("a step's new strikes are those announced since the step before", () => {
    expect(newSince(data.points, data.throughs, '2025-10-18').map((p) => p.id)).toEqual(['S001', 'S002', 'S003', 'S004', 'S005', 'S006']);
    expect(newSince(data.points, data.throughs, '2025-10-29').map((p) => p.id)).toEqual(['S007', 'S008', 'S013']);
    expect(newSince(data.points, data.throughs, AS_OF)).toEqual([]);
  });

  test('the island gets numbers and names, no world geometry', () => {
    const json = JSON.stringify(data);
    expect(json).not.toMatch(/"arcs"|"coordinates"|"type":"Feature/);
    expect(json.length).toBeLessThan(20_000);
  });

  test('a strike whose sea was not disclosed gets a name on open water, and no area', () => {
    const all = strikeMapData(strikes, '2026-12-31');
    expect(all.points.find((p) => p.id === 'S032')!.region).toBe('unknown');
    expect(all.seaLabels.map((l) => l.region)).toContain('unknown');
    expect(all.areas.map((a) => a.region)).not.toContain('unknown');
  });
});
