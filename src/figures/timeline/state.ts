import { z } from 'astro/zod';
import { isoDate } from '$lib/data/fields';

/** What a <Step> may ask of the escalation timeline. */
export const timelineState = z.object({
  /** Events and strikes up to this day are on the timeline. */
  through: isoDate,
  /** The event the step is about (E…): brought forward with its words. */
  focus: z.string().regex(/^E\d{3}$/, { error: 'expected an event id like E025' }).optional(),
});
export type TimelineState = z.output<typeof timelineState>;
