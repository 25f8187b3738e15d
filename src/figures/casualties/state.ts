import { z } from 'astro/zod';
import { HIGHLIGHTS } from '$lib/casualties';
import { isoDate, oneOf, strikeId } from '$lib/data/fields';

/** What a <Step> may ask of the casualty figure. Every prop is a string in MDX. */
export const casualtiesState = z.object({
  /** Strikes announced on or before this day are shown; the toll line runs to it. */
  through: isoDate,
  highlight: oneOf(HIGHLIGHTS).optional(),
  /** One strike to call out, by its row id in content/data/strikes.csv. */
  focus: strikeId.optional(),
  /** The strike that ended a pause, by its row id: the days since the strike before it are shaded and named. */
  pause: strikeId.optional(),
  /** One event (E…) or deployment (D…) row, drawn as a labelled line at its date. */
  /** "dispute": the counts in dispute too: the toll with the survivors never found (dashed) and each tally an outlet published (a dot). */
  counts: z.literal('dispute', { error: 'expected "dispute" (draw the toll with survivors never found, and the published tallies)' }).optional(),
  marker: z.string().regex(/^[ED]\d{3}$/, { error: 'expected an event id like E024 or a deployment id like D019' }).optional(),
});

export type CasualtiesState = z.output<typeof casualtiesState>;
