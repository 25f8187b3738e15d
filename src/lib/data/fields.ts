import { z } from 'astro/zod';

/** Field types for CSV cells. Each says, in words a writer understands, what it expects. */

export function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const isoDate = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isCalendarDate(v), { error: 'expected a date written YYYY-MM-DD' });

/** Empty means unknown (research/README.md), so it becomes null rather than a guess. */
export const optionalDate = z
  .string()
  .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isCalendarDate(v)), {
    error: 'expected a date written YYYY-MM-DD, or an empty cell if unknown',
  })
  .transform((v) => v || null);

export const count = z
  .string()
  .regex(/^\d+$/, { error: 'expected a whole number of 0 or more' })
  .transform(Number);

export const optionalCount = z
  .string()
  .regex(/^\d*$/, { error: 'expected a whole number of 0 or more, or an empty cell if unknown' })
  .transform((v) => (v === '' ? null : Number(v)));

export const text = z.string();
export const requiredText = z.string().min(1, { error: 'expected some text' });

/** One of a fixed list, and the error names the list: for CSV cells and <Step> props alike. */
export function oneOf<const T extends string>(values: readonly T[]) {
  return z.enum(values as [T, ...T[]], { error: `expected one of ${values.map((v) => `"${v}"`).join(', ')}` });
}

/** `orMore`: the table may grow past its digits (S999, then S1000), as the strike table does. */
export function idLike(prefix: string, digits: number, orMore = false) {
  const re = new RegExp(`^${prefix}\\d{${digits}${orMore ? ',' : ''}}$`);
  return z.string().regex(re, { error: `expected an id like ${prefix}${'0'.repeat(digits - 1)}1` });
}

/** A strike's row id: S001 to S999, then S1000 and on as the table grows. Schema, props and checks share it. */
export const STRIKE_ID = /^S\d{3,}$/;
export const strikeId = z.string().regex(STRIKE_ID, { error: 'expected a strike id like S004' });

/** "S001" or "S001;S004": the strikes a row is about; empty when it is about none. */
export const strikeIds = z
  .string()
  .transform((s) => s.split(';').map((t) => t.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(STRIKE_ID, { error: 'expected strike ids like S004, separated by ;, or an empty cell' })));

export const SOURCE_ID = /^(src|b)-\d{3}$/;

/** "src-001;src-002" or "b-002; b-007": one or more ids, separated by semicolons. */
export const sourceIds = z
  .string()
  .transform((s) => s.split(';').map((t) => t.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.string().regex(SOURCE_ID, { error: 'expected source ids like src-001 or b-001, separated by ;' }))
      .min(1, { error: 'expected at least one source id (every row needs a source)' }),
  );

export const url = z.url({ protocol: /^https?$/, error: 'expected a web address starting with https://' });
