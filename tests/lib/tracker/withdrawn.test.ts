import { describe, expect, test } from 'vitest';
import { atomFeed, jsonFeed, type FeedItem } from '$lib/tracker/feedFormats';
import { withdrawnItem } from '$lib/tracker/withdrawn';
import { changesByDay } from '$lib/tracker/changes';
import { strings } from '$lib/i18n';
import { fixtureTable } from '../../fixtures/tables';

const item: FeedItem = {
  id: 'https://example.org/strikes/s013/',
  url: 'https://example.org/strikes/s013/',
  title: 'Oct. 27, 2025: a strike in the eastern Pacific, 4 killed',
  summary: 'A U.S. strike on a boat in the eastern Pacific killed 4.',
  published: '2025-10-28',
  updated: '2026-12-02',
  strike: { id: 'S013', struck: '2025-10-27', announced: '2025-10-28', sea: 'eastern_pacific', vessels: 1, killed: 4, survivors: 1 },
};
const withdrawal = { id: 'W01', date: '2026-12-08', strike_id: 'S013', merged_into: 'S011', why: 'Two reports of one strike.', source_ids: ['src-001'] };

describe('a withdrawn strike in the feeds', () => {
  test('stays under its own address, titled withdrawn, saying why, dated the day it was withdrawn', () => {
    const gone = withdrawnItem(item, withdrawal, strings('en').tracker.withdrawn);
    expect(gone.url).toBe(item.url);
    expect(gone.title).toBe('Withdrawn: Oct. 27, 2025: a strike in the eastern Pacific, 4 killed');
    expect(gone.summary).toBe('Why: Two reports of one strike.');
    expect(gone.updated).toBe('2026-12-08');
    const feed = { title: 'T', description: 'D', language: 'en', home: 'https://example.org/strikes/', jsonUrl: 'j', atomUrl: 'a', author: 'A', items: [gone] };
    const json = JSON.parse(jsonFeed(feed));
    expect(json.items[0]).toMatchObject({ date_modified: '2026-12-08T00:00:00Z', _strike: { id: 'S013', withdrawn: '2026-12-08' } });
    expect(atomFeed(feed)).toContain('<title>Withdrawn: Oct. 27, 2025');
  });

  test('in Spanish too', () => {
    expect(withdrawnItem(item, withdrawal, strings('es').tracker.withdrawn).title).toMatch(/^Retirado: /);
  });
});

describe('a withdrawn strike in the log', () => {
  test('is listed on the day it was withdrawn, with the day’s changes, newest day first', () => {
    const changes = fixtureTable('changes');
    const days = changesByDay(changes, [withdrawal]);
    expect(days[0]).toMatchObject({ date: '2026-12-08', withdrawn: [withdrawal], rows: [] });
    expect(days.slice(1).map((d) => d.date)).toEqual(changesByDay(changes).map((d) => d.date));
    // A day with changes and a withdrawal holds both.
    const same = changesByDay(changes, [{ ...withdrawal, date: changes[0].date }]).find((d) => d.date === changes[0].date)!;
    expect(same.withdrawn).toHaveLength(1);
    expect(same.rows.length).toBeGreaterThan(0);
  });
});
