import { dataTables, edition, recordTables } from '../../data';
import { strings, type Lang } from '$lib/i18n';
import { absolute, feedHref, strikeHref, strikesHref } from '$lib/paths';
import { sourceIndex } from '$lib/data/sources';
import { trackerRows } from '$lib/tracker/rows';
import type { Feed } from '$lib/tracker/feedFormats';
import { lastModified } from '$lib/tracker/modified';
import { standingStrikes, withdrawalsByStrike } from '$lib/data/withdrawals';
import { withdrawnItem } from '$lib/tracker/withdrawn';

/** One edition's feed: every strike, newest first, in that edition's words; a withdrawn one stays, marked withdrawn. */
export async function trackerFeed(lang: Lang): Promise<Feed> {
  const t = strings(lang);
  const w = t.tracker;
  const local = await recordTables(lang);
  const data = await dataTables();
  const rows = trackerRows(data.strikes, local.strikes, sourceIndex(local.sources));
  const withdrawn = withdrawalsByStrike(local.withdrawals);
  const counted = standingStrikes(data.strikes, data.withdrawals).length;
  const newest = rows.find((r) => !withdrawn.has(r.id));
  const modified = lastModified(data.strikes.map((s) => s.id), data.changes, data.releases);
  const story = await edition(lang);
  return {
    title: w.feedTitle,
    description: w.intro(t.number(counted), t.date(newest?.struck ?? newest?.reported ?? story.as_of)),
    language: t.locale,
    home: absolute(strikesHref(lang)),
    jsonUrl: absolute(feedHref('json', lang)),
    atomUrl: absolute(feedHref('atom', lang)),
    author: story.byline,
    items: rows.map((r) => {
      const url = absolute(strikeHref(r.id, lang));
      const day = r.struck ?? r.reported;
      const item = {
        id: url,
        url,
        title: w.feedItem(t.date(day), w.seaIn[r.region], t.number(r.killed)),
        summary: [w.feedSummary(t.number(r.killed), r.survivors ? t.number(r.survivors) : null, w.seaIn[r.region], r.vessels), r.location && `${w.location}: ${r.location}`.replace(/\.?$/, '.')].filter(Boolean).join(' '),
        published: r.announced ?? r.reported,
        // When its record last changed (else was first released); never before it was announced.
        updated: [r.announced ?? r.reported, modified.get(r.id) ?? ''].sort().at(-1)!,
        strike: { id: r.id, struck: r.struck, announced: r.announced, sea: r.region, vessels: r.vessels, killed: r.killed, survivors: r.survivors },
      };
      const gone = withdrawn.get(r.id);
      return gone ? withdrawnItem(item, gone, w.withdrawn) : item;
    }),
  };
}
