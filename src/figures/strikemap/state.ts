import { z } from 'astro/zod';
import { isoDate } from '$lib/data/fields';
import { VIEW_NAMES, type ViewName } from '$lib/map/views';
import { HIGHLIGHTS } from '../casualties/state';

const oneOf = (values: readonly string[]) => ({ error: `expected one of ${values.map((v) => `"${v}"`).join(', ')}` });

/** What a <Step> may ask of the strike map. */
export const strikeMapState = z.object({
  through: isoDate,
  highlight: z.enum(HIGHLIGHTS, oneOf(HIGHLIGHTS)).optional(),
  focus: z.string().regex(/^S\d{3}$/, { error: 'expected a strike id like S004' }).optional(),
  view: z.enum(VIEW_NAMES as [ViewName, ...ViewName[]], oneOf(VIEW_NAMES)).optional(),
});
export type StrikeMapState = z.output<typeof strikeMapState>;
