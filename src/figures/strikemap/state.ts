import { z } from 'astro/zod';
import { isoDate, oneOf, strikeId } from '$lib/data/fields';
import { VIEW_NAMES } from '$lib/map/views';
import { HIGHLIGHTS } from '$lib/casualties';

/** What a <Step> may ask of the strike map. */
export const strikeMapState = z.object({
  through: isoDate,
  highlight: oneOf(HIGHLIGHTS).optional(),
  focus: strikeId.optional(),
  view: oneOf(VIEW_NAMES).optional(),
});
export type StrikeMapState = z.output<typeof strikeMapState>;
