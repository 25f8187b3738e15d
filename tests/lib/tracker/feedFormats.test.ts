import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { atomFeed, jsonFeed, lastChanged, type Feed } from '$lib/tracker/feedFormats';

const feed: Feed = {
  title: 'Strikes & counts',
  description: 'Every strike <in our records>',
  language: 'en-US',
  home: 'https://example.org/strikes/',
  jsonUrl: 'https://example.org/strikes/feed.json',
  atomUrl: 'https://example.org/strikes/feed.atom',
  author: 'Desk',
  items: [
    { id: 'https://example.org/strikes/s002/', url: 'https://example.org/strikes/s002/', title: 'Sept. 15, 2025: a strike in the Caribbean, 3 killed', summary: 'A "strike".', published: '2025-09-15', updated: '2025-09-15', strike: { id: 'S002', struck: '2025-09-15', announced: '2025-09-15', sea: 'caribbean', vessels: 1, killed: 3, survivors: 0 } },
    { id: 'https://example.org/strikes/s001/', url: 'https://example.org/strikes/s001/', title: 'Sept. 2, 2025', summary: 'Eleven.', published: '2025-09-02', updated: '2026-12-02', strike: { id: 'S001', struck: '2025-09-02', announced: '2025-09-02', sea: 'caribbean', vessels: 1, killed: 11, survivors: null } },
  ],
};

describe('the feeds', () => {
  test('JSON Feed 1.1: valid against the spec, the items in the order given, each with its numbers', () => {
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('tests/fixtures/jsonfeed-1.1.schema.json', 'utf8')));
    const out = JSON.parse(jsonFeed(feed));
    expect(validate(out) ? [] : validate.errors).toEqual([]);
    expect(out.items.map((i: { _strike: { id: string } }) => i._strike.id)).toEqual(['S002', 'S001']);
    expect(out.items[0].date_published).toBe('2025-09-15T00:00:00Z');
    // A strike corrected after it was announced is dated by its correction, so readers see it again.
    expect(out.items[1]).toMatchObject({ date_published: '2025-09-02T00:00:00Z', date_modified: '2026-12-02T00:00:00Z' });
    // The data's licence travels with it.
    expect(out._license).toEqual({ name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' });
    // The schema catches what the spec forbids: an item without content.
    expect(validate({ ...out, items: [{ id: 'x' }] })).toBe(false);
  });

  test('Atom: the text escaped, the feed dated by its latest change, each entry dated and linked', () => {
    const xml = atomFeed(feed);
    expect(xml).toContain('<title>Strikes &amp; counts</title>');
    expect(xml).toContain('<subtitle>Every strike &lt;in our records&gt;</subtitle>');
    expect(xml).toContain('<summary>A &quot;strike&quot;.</summary>');
    expect(xml.match(/<updated>[^<]+<\/updated>/)![0]).toBe('<updated>2026-12-02T00:00:00Z</updated>');
    expect(xml).toContain('<published>2025-09-02T00:00:00Z</published>\n    <updated>2026-12-02T00:00:00Z</updated>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<rights>Creative Commons Attribution 4.0 International (CC-BY-4.0): https://creativecommons.org/licenses/by/4.0/</rights>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/strikes/s001/"/>');
  });

  test('a strike is dated by the latest change logged to its row; other tables and other rows do not move it', () => {
    const changes = [
      { table: 'strikes', row: 'S008', date: '2026-12-02' },
      { table: 'strikes', row: 'S008', date: '2026-11-20' },
      { table: 'strikes', row: 'S003', date: '2026-10-01' },
      { table: 'deployments', row: 'S008', date: '2026-12-05' },
    ] as const;
    expect(Object.fromEntries(lastChanged(changes))).toEqual({ S008: '2026-12-02', S003: '2026-10-01' });
  });
});
