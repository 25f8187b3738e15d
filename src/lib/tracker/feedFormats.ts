import { escapeMarkup as xml } from '../text/escape';
import { LICENCE } from '../data/datapackage';

/**
 * The tracker's feeds, one item per strike, newest first: JSON Feed 1.1 (jsonfeed.org/version/1.1)
 * and Atom (RFC 4287). Pure: the pages give the items in the edition's words and absolute addresses.
 */
export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD: when it was announced (else first reported). */
  published: string;
  /** YYYY-MM-DD: the latest change logged to its row (content/data/changes.csv), else `published`; feed readers show a strike again when it changes. */
  updated: string;
  /** `withdrawn`: the day the record was taken back (src/lib/tracker/withdrawn.ts); it no longer counts. */
  strike: { id: string; struck: string | null; announced: string | null; sea: string; vessels: number; killed: number; survivors: number | null; withdrawn?: string };
}

export interface Feed {
  title: string;
  description: string;
  language: string;
  /** The tracker page, and each feed's own address. */
  home: string;
  jsonUrl: string;
  atomUrl: string;
  author: string;
  items: FeedItem[];
}

/** Each strike's latest logged change, by row id: the day a feed reader should see it again. */
export function lastChanged(changes: readonly { table: string; row: string; date: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of changes) if (c.table === 'strikes' && c.date > (out.get(c.row) ?? '')) out.set(c.row, c.date);
  return out;
}

/** RFC 3339, as both formats require: a day is given as its start, in UTC. */
const stamp = (day: string) => `${day}T00:00:00Z`;

export function jsonFeed(f: Feed): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: f.title,
      home_page_url: f.home,
      feed_url: f.jsonUrl,
      description: f.description,
      language: f.language,
      authors: [{ name: f.author }],
      // The data's licence travels with the feed (JSON Feed has no field for it: an extension).
      _license: { name: LICENCE.title, url: LICENCE.path },
      items: f.items.map((i) => ({
        id: i.id,
        url: i.url,
        title: i.title,
        content_text: i.summary,
        date_published: stamp(i.published),
        date_modified: stamp(i.updated),
        // The numbers, for readers that want more than a sentence (JSON Feed: extensions start with "_").
        _strike: i.strike,
      })),
    },
    null,
    2,
  );
}


export function atomFeed(f: Feed): string {
  const updated = f.items.map((i) => i.updated).sort().at(-1) ?? '1970-01-01';
  const entries = f.items.map(
    (i) => `  <entry>
    <id>${xml(i.id)}</id>
    <title>${xml(i.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(i.url)}"/>
    <published>${stamp(i.published)}</published>
    <updated>${stamp(i.updated)}</updated>
    <summary>${xml(i.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(f.language)}">
  <id>${xml(f.home)}</id>
  <title>${xml(f.title)}</title>
  <subtitle>${xml(f.description)}</subtitle>
  <updated>${stamp(updated)}</updated>
  <author><name>${xml(f.author)}</name></author>
  <rights>${xml(`${LICENCE.title} (${LICENCE.name}): ${LICENCE.path}`)}</rights>
  <link rel="self" type="application/atom+xml" href="${xml(f.atomUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(f.home)}"/>
${entries.join('\n')}
</feed>
`;
}
