import type { Withdrawal } from '$lib/data/schemas';
import type { FeedItem } from './feedFormats';

/**
 * A withdrawn strike in the feeds: the entry stays, under its own address, titled as withdrawn,
 * its summary saying why, and dated the day it was withdrawn, so a reader who followed it sees it
 * again rather than finding it silently gone.
 */
export function withdrawnItem(item: FeedItem, w: Pick<Withdrawal, 'date' | 'why'>, words: { feedItem: (title: string) => string; why: string }): FeedItem {
  return {
    ...item,
    title: words.feedItem(item.title),
    summary: `${words.why} ${w.why}`,
    updated: [item.updated, w.date].sort().at(-1)!,
    strike: { ...item.strike, withdrawn: w.date },
  };
}
