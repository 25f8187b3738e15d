import type { Tables } from '$lib/data/load';
import type { Edition } from '$lib/data/schemas';
import { announcedBy, latestAnnounced, tally } from '$lib/casualties';
import { casualtyData } from './data';
import { pageAge } from '$lib/story/age';
import { layoutCasualties } from './layout';
import type { Lang } from '$lib/i18n';
import type { Strings } from '$lib/i18n/en';
import { builtWords } from '../words';
import type { CasualtiesWords } from './words.en';
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
  const w = (builtWords('casualties', s.lang as Lang) as CasualtiesWords).text;
  const svg = shareCardSvg(layout, {
    headline: story.headline,
    total: `${w.peopleKilled(s.number(total.killed))} ${w.inStrikes(s.number(total.strikes), total.strikes)}`,
    asOf: s.site.shareDates(s.date(age.latestStrike), s.date(age.published), s.date(age.updated)),
    legend: { caribbean: s.seas.caribbean, pacific: s.seas.eastern_pacific },
  });
  const png = rasterize(svg);
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}

