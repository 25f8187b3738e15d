import { describe, expect, test } from 'vitest';
import { reportedBy } from '$lib/deployments';
import { fixtureTable } from '../fixtures/tables';

const deployments = fixtureTable('deployments');

describe('reportedBy', () => {
  test('the deployments first reported on or before the date, in the order they were reported', () => {
    expect(reportedBy(deployments, '2025-08-26').map((d) => d.id)).toEqual(['D001', 'D002', 'D007', 'D008']);
  });

  test('the same day: by id', () => {
    const shuffled = [...deployments].reverse();
    expect(reportedBy(shuffled, '2025-08-26').map((d) => d.id)).toEqual(['D001', 'D002', 'D007', 'D008']);
  });

  test('an asset with no reported date never appears on the map', () => {
    expect(reportedBy(deployments, '2026-12-31').some((d) => d.id === 'D034')).toBe(false);
    expect(reportedBy(deployments, '2026-12-31')).toHaveLength(deployments.length - 1);
  });
});
