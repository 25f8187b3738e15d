import { z } from 'astro/zod';
import { isoDate, oneOf, strikeId } from '../data/fields';
import { REGIONS } from '../data/schemas';

/**
 * The tags a writer may use in content/story/*.mdx, and what each accepts. The README's
 * writers' guide shows one example of each. Figures' <Step> props are declared by each
 * figure's own state schema (src/figures/<figure>/state.ts).
 */
// "missing": survivors never found, whom many outlets count as dead (strikes.csv presumed_dead);
// "killed_and_missing": the two together, the count most published tallies keep.
const COUNT_OF = ['killed', 'strikes', 'vessels', 'survivors', 'missing', 'killed_and_missing'] as const;

const countProps = z.object({
  of: oneOf(COUNT_OF),
  through: z.union([isoDate, z.literal('latest')], { error: 'expected a date written YYYY-MM-DD, or "latest"' }).optional(),
  on: isoDate.optional(),
  strike: strikeId.optional(),
  region: oneOf(REGIONS).optional(),
  scope: z.literal('since', { error: 'expected "since" (strikes announced after the as-of date)' }).optional(),
});
export type CountProps = z.output<typeof countProps>;

const citeProps = z.object({
  row: z.string().regex(/^(?:S\d{3,}|[EDTVG]\d{2,3})$/, { error: 'expected a data row id like S004, E024, D019, T13, V01 or G01' }),
});

/** <Value row="T10" />: the number a troop-level (T) or single-fact (G) row reports. */
export const valueProps = z.object({
  row: z.string().regex(/^[TG]\d{2}$/, { error: 'expected a troop-level or fact row id like T10 or G01' }),
});

const dataTableProps = z.object({ figure: z.string() });
const scrollyProps = z.object({ figure: z.string() });
const asOfProps = z.object({});
const gapProps = z.object({});

export const TAGS = {
  Scrolly: scrollyProps,
  Step: null, // the figure's state schema
  Count: countProps,
  Cite: citeProps,
  Value: valueProps,
  AsOf: asOfProps,
  Gap: gapProps,
  DataTable: dataTableProps,
} as const;
export type TagName = keyof typeof TAGS;
