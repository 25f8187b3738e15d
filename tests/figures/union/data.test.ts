import { describe, expect, test } from 'vitest';
import { unionData } from '$figures/union/data';
import { UNION_EVENTS } from '$figures/union/describe';
import { reportedBy } from '$lib/deployments';
import { AS_OF, fixtureTables } from '../../fixtures/tables';

const t = fixtureTables();

describe('union figure data', () => {
  const data = unionData(t, AS_OF, Object.values(UNION_EVENTS).flat());

  test('the border length with every figure the sources give, the main one first', () => {
    expect(data.border.lengths.map((l) => l.km)).toEqual([2219, 2050, 2200]);
    expect(data.border.lengths[0].sources[0]).toBe('Cancillería de Colombia');
  });

  test('crossings from the sourced facts: 3 by land, 1 by river', () => {
    expect(data.crossings.map((c) => c.n)).toEqual([3, 1]);
  });

  test('the U.S. build-up count is computed from the deployments reported by the as-of date', () => {
    expect(data.deployments).toBe(reportedBy(t.deployments, AS_OF).length);
    expect(data.deployments).toBe(10);
  });

  test('each reason carries the words of the events it stands on', () => {
    expect(data.events.E044).toMatchObject({ date: '2025-11-09', label: 'Petro floats Gran Colombia' });
    expect(Object.keys(data.events).sort()).toEqual([...new Set(Object.values(UNION_EVENTS).flat())].sort());
  });

  test('an event a reason names that is not in the table stops the build, naming the id', () => {
    expect(() => unionData(t, AS_OF, ['E999'])).toThrow(/E999 is not in content\/data\/events.csv/);
  });

  test('the map keeps only the place names the figure is about', () => {
    expect(data.labels.map((l) => l.name)).toContain('Colombia');
    expect(data.labels.map((l) => l.name)).not.toContain('Cuba');
  });
});
