import { describe, expect, test } from 'vitest';
import { WHERE_PRECISION } from '$lib/data/firmness';
import { REGIONS } from '$lib/data/regions';
import { drawnPlace } from '$lib/map/precision';
import { strikeMapData } from '../../../src/figures/strikemap/data';
import { fixtureTable } from '../../fixtures/tables';

// A map never draws a strike's place more precisely than its code allows.
describe('what a map may draw of a strike', () => {
  test('a sea given alone is shaded whole, never drawn as a point', () => {
    expect(drawnPlace({ region: 'eastern_pacific', where_precision: 'sea_only' })).toEqual({ kind: 'area', region: 'eastern_pacific' });
  });

  test('a place not disclosed gets no map, even where reporters named a sea', () => {
    expect(drawnPlace({ region: 'caribbean', where_precision: 'not_disclosed' })).toEqual({ kind: 'none' });
    expect(drawnPlace({ region: 'unknown', where_precision: 'sea_only' })).toEqual({ kind: 'none' });
  });

  test('no code draws a point: the table holds no coordinates', () => {
    for (const where_precision of WHERE_PRECISION)
      for (const region of REGIONS) expect(['area', 'none']).toContain(drawnPlace({ region, where_precision }).kind);
  });

  test('the story’s strike map carries no position for any strike, only its sea', () => {
    const strikes = fixtureTable('strikes');
    const { points } = strikeMapData(strikes, '2026-12-31');
    expect(points.length).toBe(strikes.length);
    for (const p of points) for (const key of ['x', 'y', 'lon', 'lat', 'at', 'position']) expect(p).not.toHaveProperty(key);
  });
});
