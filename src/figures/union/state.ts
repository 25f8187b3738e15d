import { z } from 'astro/zod';
import { isoDate, oneOf } from '$lib/data/fields';

/** The four reasons of the union logic, and the closing triangle. */
const UNION_VIEWS = ['depth', 'message', 'border', 'stance', 'triangle'] as const;

export const unionState = z.object({
  reason: oneOf(UNION_VIEWS),
  through: isoDate,
});
export type UnionState = z.output<typeof unionState>;
