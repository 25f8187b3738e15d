import { happenedOn, type IsoDate } from '../casualties';
import type { Change, Correction, Release, Strike } from '../data/schemas';

/**
 * How old the page is, computed from the content so it can never be forgotten: when the story
 * was published, when anything a reader sees last changed (a correction, a logged change to a
 * strike, a release of the data), how far our search of the records reaches, and the latest
 * strike in them.
 */
export interface PageAge {
  published: IsoDate;
  updated: IsoDate;
  checked: IsoDate;
  latestStrike: IsoDate;
}

const latest = (dates: readonly string[]) => dates.reduce((a, b) => (b > a ? b : a), '');

export function pageAge(
  story: { published: IsoDate; checked: IsoDate },
  t: { corrections: readonly Correction[]; changes: readonly Change[]; releases: readonly Release[]; strikes: readonly Strike[] },
): PageAge {
  const updated = latest([story.published, ...t.corrections.map((c) => c.date), ...t.changes.map((c) => c.date), ...t.releases.map((r) => r.date)]);
  const latestStrike = latest(t.strikes.map(happenedOn));
  if (story.checked < latestStrike) throw new Error(`content/story.yaml: "checked" (${story.checked}) is before the latest strike in the table (${latestStrike}); give the day the records were last searched`);
  return { published: story.published, updated, checked: story.checked, latestStrike };
}

/**
 * The line on what changed most since publication, written once per edition in story.yaml with
 * {tokens} the build fills from sourced rows: {strikes} and {killed} since the story's date,
 * {latest} (the latest strike), and {E060}, the date of an event row.
 */
export function fillSince(
  template: string,
  values: { strikes: string; killed: string; latest: string },
  eventDate: (id: string) => string | undefined,
): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, key: string) => {
    if (key in values) return values[key as keyof typeof values];
    const date = /^E\d{3}$/.test(key) ? eventDate(key) : undefined;
    if (date === undefined) throw new Error(`content/story.yaml "since": ${whole} is neither {strikes}, {killed}, {latest} nor the id of a row of content/data/events.csv`);
    return date;
  });
}
