import { FIRMNESS_COLUMNS } from './firmness';

/**
 * The day each column was added to a versioned table, declared beside its schema (a column cannot
 * be added without one). A release made before that day did not have the column, so rebuilding it
 * drops the column (src/lib/data/versions.ts) and the release keeps its fingerprint. Columns the
 * first release already had are not listed.
 */
export interface ColumnAdded {
  table: string;
  column: string;
  /** YYYY-MM-DD: the releases dated before it are rebuilt without the column. */
  added: string;
}

export const COLUMNS_ADDED: readonly ColumnAdded[] = [
  // Issue 26: how firm each fact is (src/lib/data/firmness.ts); released in R04.
  ...FIRMNESS_COLUMNS.map((column) => ({ table: 'strikes', column, added: '2026-12-07' })),
];
