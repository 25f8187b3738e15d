import type { Deployment } from './data/schemas';

/** Deployments reported on or before `through`, in the order they were reported. Undated rows never show on the map. */
export function reportedBy(rows: readonly Deployment[], through: string): Deployment[] {
  return rows
    .filter((d) => d.reported_date !== null && d.reported_date <= through)
    .sort((a, b) => a.reported_date!.localeCompare(b.reported_date!) || a.id.localeCompare(b.id));
}
