import { z } from 'astro/zod';
import { isoDate, oneOf } from '$lib/data/fields';

export const LEGAL_PANELS = ['zones', 'frames', 'target', 'congress'] as const;

/**
 * What a <Step> may ask of the legal figure: which question it puts on the sea-zone drawing,
 * with the timeline up to which day, and one row to bring forward: a voice (E…) on `frames`,
 * a Senate vote (V…) on `congress`.
 */
export const legalState = z.object({
  panel: oneOf(LEGAL_PANELS),
  through: isoDate,
  focus: z.string().regex(/^(E\d{3}|V\d{2})$/, { error: 'expected an event id like E014 or a vote id like V01' }).optional(),
});
export type LegalState = z.output<typeof legalState>;
