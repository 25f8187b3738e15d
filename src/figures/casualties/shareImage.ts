import type { Tables } from '$lib/data/load';
import type { Edition } from '$lib/data/schemas';
import { announcedBy, casualtyData, latestAnnounced, tally } from '$lib/casualties';
import { pageAge } from '$lib/story/age';
import { layoutCasualties } from './layout';
import type { Strings } from '$lib/i18n/en';
import { shareCardSvg } from './shareCard';
import { rasterize } from '$lib/rasterize';

/**
 * The share picture of one edition, as PNG bytes: every number computed from the rows. Like the
 * page's first screen, it shows the campaign as far as our records go and says the page's age.
 */
export function shareImage(t: Tables, story: Edition, s: Strings): ArrayBuffer {
  const through = latestAnnounced(t.strikes);
  const age = pageAge(story, t);
  const shown = announcedBy(t.strikes, through);
  const total = tally(shown);
  const layout = layoutCasualties(casualtyData(t.strikes, through), { through });
  const svg = shareCardSvg(layout, {
    headline: story.headline,
    total: `${s.casualtiesText.peopleKilled(s.number(total.killed))} ${s.casualtiesText.inStrikes(s.number(total.strikes), total.strikes)}`,
    asOf: s.site.shareDates(s.date(age.latestStrike), s.date(age.published), s.date(age.updated)),
    legend: { caribbean: s.casualties.legendCaribbean, pacific: s.casualties.legendPacific },
  });
  const png = rasterize(svg);
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}

