import { z } from 'astro/zod';
import { isoDate, oneOf } from '$lib/data/fields';
import { VIEW_NAMES } from '$lib/map/views';
import { GROUPS } from './layout';

/** What the figure shows: the map of deployments (the default) or the chart of troop totals. */
export const PANELS = ['map', 'troops'] as const;
const GROUP_NAMES = Object.keys(GROUPS);

/** What a <Step> may ask of the build-up map. */
export const buildupState = z.object({
  /** Assets first reported on or before this day are on the map. */
  through: isoDate,
  highlight: oneOf(GROUP_NAMES).optional(),
  focus: z.string().regex(/^D\d{3}$/, { error: 'expected a deployment id like D019' }).optional(),
  view: oneOf(VIEW_NAMES).optional(),
  /** `troops`: the troop totals chart, full size, in place of the map (the steps about troops). */
  panel: oneOf(PANELS).optional(),
});
export type BuildupState = z.output<typeof buildupState>;
