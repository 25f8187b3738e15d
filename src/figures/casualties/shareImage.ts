import type { Tables } from '$lib/data/load';
import type { Edition } from '$lib/data/schemas';
import { announcedBy, casualtyData, tally } from '$lib/casualties';
import { layoutCasualties } from './layout';
import type { Strings } from '$lib/i18n/en';
import { shareCardSvg } from './shareCard';
import { rasterize } from '$lib/rasterize';

/** The share picture of one edition, as PNG bytes: every number computed from the rows. */
export function shareImage(t: Tables, story: Edition, s: Strings): ArrayBuffer {
  const asOf = story.as_of;
  const shown = announcedBy(t.strikes, asOf);
  const total = tally(shown);
  const layout = layoutCasualties(casualtyData(t.strikes, asOf), { through: asOf });
  const svg = shareCardSvg(layout, {
    headline: story.headline,
    total: `${s.casualtiesText.peopleKilled(s.number(total.killed))} ${s.casualtiesText.inStrikes(s.number(total.strikes), total.strikes)}`,
    asOf: `${s.site.asOfLabel} ${s.date(asOf)}`,
    legend: { caribbean: s.casualties.legendCaribbean, pacific: s.casualties.legendPacific },
  });
  const png = rasterize(svg);
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}

