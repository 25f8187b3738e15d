import { describe, expect, test } from 'vitest';
import { aboardCounterClaims, contested } from '$lib/claims';
import { sourceIndex } from '$lib/data/sources';
import { strings } from '$lib/i18n';
import { strikeNote } from '$lib/tracker/note';
import { eventsOfStrike } from '$lib/tracker/events';
import { validateTable } from '$lib/data/validate';
import { eventSchema } from '$lib/data/schemas';
import type { StoryEvent } from '$lib/data/schemas';
import { trackerRows } from '$lib/tracker/rows';
import { fixtureTables } from '../../fixtures/tables';

// The note that opens a strike's page, from the fixture tables: what happened, what is disputed, what changed.
const t = fixtureTables();
const sources = sourceIndex(t.sources);
const rows = trackerRows(t.strikes, t.strikes, sources);
const note = (id: string, lang: 'en' | 'es' = 'en') => {
  const row = rows.find((r) => r.id === id)!;
  const en = t.strikes.find((s) => s.id === id)!;
  const changes = t.changes.filter((c) => c.row === id);
  return strikeNote({ row, dispute: contested(en) ? aboardCounterClaims(en) : '', changes, sources }, strings(lang)).join(' ');
};

describe('a strike page’s note', () => {
  test('says what happened, in plain words, from the row', () => {
    expect(note('S001')).toMatch(/^On Sept\. 2, 2025, a U\.S\. strike on a boat in the Caribbean killed 11 people; the announcement reported no survivors\./);
    expect(note('S001')).toContain('The announcement named the group aboard: Tren de Aragua.');
    expect(note('S006')).toContain('killed 2 people; 2 survived.');
    expect(note('S051')).toContain('the announcement gave no number of survivors');
  });

  test('says who disputed who was aboard', () => {
    expect(note('S001')).toContain('Who was aboard is disputed: Venezuelan officials denied the dead were gang members and called it murder.');
  });

  test('counts the survivors never found as the source that logged them does, and tells the revision', () => {
    const s013 = note('S013');
    expect(s013).toContain('1 survivor was never found; counting that person among the dead, as CNN does, this strike killed 3.');
    expect(s013).toContain('They were added to our records on Dec. 2, 2026 (CNN, Feb. 21, 2026).');
  });

  test('tells a logged change of a date in words, with the source by publisher and date', () => {
    expect(note('S008')).toContain('On Dec. 2, 2026 we changed the date it was announced: it was Oct. 21, 2025 and is now Oct. 22, 2025.');
    expect(note('S008')).toContain('(AP, Oct. 22, 2025).');
  });

  test('no database words: no ids, no "row", "cell" or "blank"', () => {
    for (const r of rows) {
      for (const lang of ['en', 'es'] as const) {
        const words = note(r.id, lang);
        expect(words, `${r.id} ${lang}`).not.toMatch(/\b(src|b)-\d+|\bS\d{3}\b|\brow\b|\bcell\b|\bblank\b|\bfila\b|\bcelda\b|→/i);
      }
    }
  });

  test('tells what was reported about the strike since, dated, with its publisher, oldest first', () => {
    const event = (id: string, date: string, summary: string, strike_ids: string[]): StoryEvent =>
      ({ id, date, label: '', actor: 'united_states', kind: 'strike_policy', summary, quote: '', source_ids: [t.sources[0].id], strike_ids }) as StoryEvent;
    const events = [
      event('E902', '2025-12-04', 'An admiral showed the committees the video.', ['S001']),
      event('E901', '2025-11-28', 'A newspaper reported a second strike on the boat', ['S001']),
      event('E903', '2025-11-29', 'Something about another strike.', ['S006']),
    ];
    const row = rows.find((r) => r.id === 'S001')!;
    const later = eventsOfStrike(events, 'S001');
    expect(later.map((e) => e.id)).toEqual(['E901', 'E902']);
    const words = strikeNote({ row, dispute: '', changes: [], sources, later }, strings('en')).join(' ');
    const s0 = t.sources[0];
    expect(words).toContain(`Nov. 28, 2025: A newspaper reported a second strike on the boat (${s0.outlet}`);
    expect(words.indexOf('Nov. 28, 2025')).toBeLessThan(words.indexOf('Dec. 4, 2025'));
    expect(words).not.toContain('another strike');
    expect(strikeNote({ row, dispute: '', changes: [], sources, later }, strings('es')).join(' ')).toContain('28 de noviembre de 2025: A newspaper');
  });

  test('an event tied to a strike the table does not hold stops the build, naming file, id and field', () => {
    const csv = 'id,date,label,actor,kind,summary,quote,source_ids,strike_ids\nE900,2025-11-28,,united_states,strike_policy,Something,,b-085,S001;S999\n';
    expect(() => validateTable('content/data/events.csv', csv, eventSchema, { strikeIds: new Set(['S001']) })).toThrow(
      'content/data/events.csv, row 1 (line 2, id E900), field "strike_ids": expected a strike listed in content/data/strikes.csv, but "S999" is not there',
    );
  });

  test('the Spanish edition says it in Spanish', () => {
    expect(note('S001', 'es')).toMatch(/^El 2 de septiembre de 2025, un ataque de EE\. UU\. contra una lancha en el Caribe mató a 11 personas/);
  });
});
