import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { FIGURES } from '$figures/registry';
import { exampleStates, figureFolders, propsTable, readmeOf } from './readme';

/**
 * Each figure's README documents its step props for writers; the figure's `state.ts` schema is
 * what the build accepts. This holds one to the other, for every figure registered: the same prop
 * names, the same required ones, and for a prop with a fixed list of values (an enum or a
 * literal), the same values. A prop added, renamed or given another value in state.ts fails here
 * until the README says so too.
 */

/** A prop's schema without its `.optional()`, and whether it had one. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema as z.ZodType & { unwrap?: () => z.ZodType };
  let optional = false;
  while (inner.def.type === 'optional' && inner.unwrap) {
    optional = true;
    inner = inner.unwrap() as typeof inner;
  }
  return { inner, optional };
}

/** The values a prop accepts when they are a fixed list, or null for free text (a date, an id). */
function fixedValues(schema: z.ZodType): string[] | null {
  const def = schema.def as { type: string; entries?: Record<string, string>; values?: unknown[] };
  if (def.type === 'enum' && def.entries) return Object.values(def.entries).map(String).sort();
  if (def.type === 'literal' && def.values) return [...def.values].map(String).sort();
  return null;
}

test('every figure folder is registered and has its README', () => {
  expect(figureFolders()).toEqual(Object.keys(FIGURES).sort());
  for (const id of Object.keys(FIGURES)) expect(() => readmeOf(id), `src/figures/${id}/README.md`).not.toThrow();
});

describe.each(Object.keys(FIGURES))('src/figures/%s/README.md', (id) => {
  const shape = FIGURES[id].schema.shape as Record<string, z.ZodType>;

  test('its props table lists the props of state.ts, no more, no fewer, each once', () => {
    const rows = propsTable(readmeOf(id));
    expect(rows.map((r) => r.prop).sort()).toEqual(Object.keys(shape).sort());
    expect(new Set(rows.map((r) => r.prop)).size).toBe(rows.length);
  });

  test('a prop is "(required)" in the README exactly when state.ts requires it', () => {
    const rows = propsTable(readmeOf(id));
    for (const row of rows) {
      if (!shape[row.prop]) continue;
      expect({ prop: row.prop, required: row.required }).toEqual({ prop: row.prop, required: !unwrap(shape[row.prop]).optional });
    }
  });

  test('a prop with a fixed list of values lists exactly those values', () => {
    const rows = propsTable(readmeOf(id));
    for (const row of rows) {
      if (!shape[row.prop]) continue;
      const values = fixedValues(unwrap(shape[row.prop]).inner);
      if (values) expect({ prop: row.prop, values: [...row.values].sort() }).toEqual({ prop: row.prop, values });
    }
  });

  test('its example steps are ones its schema accepts', () => {
    const states = exampleStates(id);
    expect(states.length, 'the README has no example <Step> in an ```mdx block').toBeGreaterThan(0);
    for (const s of states) expect(FIGURES[id].schema.safeParse(s).success, JSON.stringify(s)).toBe(true);
  });
});
