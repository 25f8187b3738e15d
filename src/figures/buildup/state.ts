import { z } from 'astro/zod';
import { isoDate } from '$lib/data/fields';
import { VIEW_NAMES, type ViewName } from '$lib/map/views';
import { GROUPS } from './layout';

/** What the figure shows: the map of deployments (the default) or the chart of troop totals. */
export const PANELS = ['map', 'troops'] as const;
const GROUP_NAMES = Object.keys(GROUPS);
const oneOf = (values: readonly string[]) => ({ error: `expected one of ${values.map((v) => `"${v}"`).join(', ')}` });

/** What a <Step> may ask of the build-up map. */
export const buildupState = z.object({
  /** Assets first reported on or before this day are on the map. */
  through: isoDate,
  highlight: z.enum(GROUP_NAMES as [string, ...string[]], oneOf(GROUP_NAMES)).optional(),
  focus: z.string().regex(/^D\d{3}$/, { error: 'expected a deployment id like D019' }).optional(),
  view: z.enum(VIEW_NAMES as [ViewName, ...ViewName[]], oneOf(VIEW_NAMES)).optional(),
  /** `troops`: the troop totals chart, full size, in place of the map (the steps about troops). */
  panel: z.enum(PANELS, oneOf(PANELS)).optional(),
});
export type BuildupState = z.output<typeof buildupState>;
