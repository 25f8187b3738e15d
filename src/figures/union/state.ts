import { z } from 'astro/zod';
import { isoDate } from '$lib/data/fields';

/** The four reasons of the union logic, and the closing triangle. */
const UNION_VIEWS = ['depth', 'message', 'border', 'stance', 'triangle'] as const;
const list = (v: readonly string[]) => ({ error: `expected one of ${v.map((x) => `"${x}"`).join(', ')}` });

export const unionState = z.object({
  reason: z.enum(UNION_VIEWS, list(UNION_VIEWS)),
  through: isoDate,
});
export type UnionState = z.output<typeof unionState>;
