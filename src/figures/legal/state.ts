import { z } from 'astro/zod';
import { isoDate } from '$lib/data/fields';

const LEGAL_PANELS = ['zones', 'frames', 'target', 'congress'] as const;
const list = (v: readonly string[]) => ({ error: `expected one of ${v.map((x) => `"${x}"`).join(', ')}` });

/** What a <Step> may ask of the legal figure: which question it shows, up to which day. */
export const legalState = z.object({
  panel: z.enum(LEGAL_PANELS, list(LEGAL_PANELS)),
  through: isoDate,
  /** One event row (E…) whose claim the frames panel brings forward. */
  focus: z.string().regex(/^E\d{3}$/, { error: 'expected an event id like E014' }).optional(),
});
export type LegalState = z.output<typeof legalState>;
