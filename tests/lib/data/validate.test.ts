import { describe, expect, test } from 'vitest';
import { DataError, validateTable } from '$lib/data/validate';
import { eventSchema, sourceSchema, strikeSchema } from '$lib/data/schemas';
import { loadTables } from '$lib/data/load';
import { fixtureTable, fixtureText } from '../../fixtures/tables';

// The fixture copy of the strikes table (rows S001–S005 first, one line each), checked under the name the build gives it.
const FILE = 'content/data/strikes.csv';
const real = fixtureText('strikes');
const sourceIds = new Set(fixtureTable('sources').map((s) => s.id));

/** Replace one cell of the strikes table, as a writer's slip would. */
function corrupt(id: string, field: string, value: string): string {
  const lines = real.split('\n');
  const header = lines[0].split(',');
  const col = header.indexOf(field);
  const i = lines.findIndex((l) => l.startsWith(`${id},`));
  const cells = lines[i].split(',');
  cells[col] = value;
  lines[i] = cells.join(',');
  return lines.join('\n');
}

function problemsOf(csv: string): string[] {
  try {
    validateTable(FILE, csv, strikeSchema, { sourceIds });
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  return [];
}

describe('the strikes table', () => {
  test('validates untouched (so each problem below is the slip made in it)', () => {
    expect(problemsOf(real)).toEqual([]);
  });

  test.each([
    ['strike_date', '2025-13-02', /row 3 \(line 4, id S003\), field "strike_date": expected a date written YYYY-MM-DD, or an empty cell if unknown, got "2025-13-02"/],
    ['strike_date', 'Sept 19', /field "strike_date": expected a date written YYYY-MM-DD/],
    ['region', 'atlantic', /id S003\), field "region": expected one of "caribbean", "eastern_pacific", "unknown", got "atlantic"/],
    ['killed', '-3', /id S003\), field "killed": expected a whole number of 0 or more, got "-3"/],
    ['killed', 'three', /field "killed": expected a whole number of 0 or more, got "three"/],
    ['killed', '', /field "killed": expected a whole number of 0 or more, but the cell is empty/],
    ['vessels', '1.5', /field "vessels": expected a whole number/],
    ['source_ids', 'src-999', /id S003\), field "source_ids": expected ids listed in content\/data\/sources.csv, but "src-999" is not there/],
    ['source_ids', '', /field "source_ids": expected at least one source id/],
    ['announced_date', '2025-09-01', /field "announced_date": expected a date on or after strike_date \(2025-09-19\)/],
    // How firm each fact is: fixed codes, and no code that says something without its sources.
    ['where_precision', 'near_venezuela', /id S003\), field "where_precision": expected one of "coordinates", "distance", "country_waters", "sea_only", "not_disclosed", got "near_venezuela"/],
    ['when_precision', '', /field "when_precision": expected one of "stated", "inferred", "announcement_day", "not_reported", but the cell is empty/],
    ['video_released', 'Yes', /field "video_released": expected one of "yes", "no", "not_reported", got "Yes"/],
    ['released_source_ids', '', /id S003\), field "released_source_ids": expected the source ids of the place, the day and what was released/],
    ['released_source_ids', 'src-998', /id S003\), field "released_source_ids": expected ids listed in content\/data\/sources.csv, but "src-998" is not there/],
    ['independent_confirmation', 'confirmed', /id S003\), field "established_source_ids": expected the source ids of what others established/],
    ['group_named', 'named', /id S003\), field "group_name": expected the group's name, since group_named is "named"/],
  ])('rejects %s = "%s" with a message naming file, row and field', (field, value, message) => {
    const problems = problemsOf(corrupt('S003', field, value));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/data\/strikes\.csv, row 3 \(line 4, id S003\)/);
    expect(problems[0]).toMatch(message);
  });

  test('rejects a duplicated id', () => {
    const problems = problemsOf(real.replace('\nS004,', '\nS003,'));
    expect(problems).toEqual([expect.stringMatching(/id S003\), field "id": expected a unique id, but "S003" is also on row 3/)]);
  });

  test('reports every bad cell at once, so a writer fixes them in one pass', () => {
    const csv = corrupt('S003', 'killed', 'x').replace('\nS005,2025-10-14,', '\nS005,2025-10-41,');
    expect(problemsOf(csv)).toHaveLength(2);
  });
});

describe('other tables', () => {
  test('an event with an unknown actor names the field and the allowed values', () => {
    const csv = 'id,date,label,actor,kind,summary,quote,source_ids\nE001,2025-07-17,,nato,union_talk,Something,,b-085\n';
    expect(() => validateTable('content/data/events.csv', csv, eventSchema)).toThrow(
      /content\/data\/events\.csv, row 1 \(line 2, id E001\), field "actor": expected one of "united_states",/,
    );
  });

  test('an event tied to a strike by something that is not a strike id names the field', () => {
    const csv = 'id,date,label,actor,kind,summary,quote,source_ids,strike_ids\nE001,2025-07-17,,united_states,strike_policy,Something,,b-085,Sept. 2\n';
    expect(() => validateTable('content/data/events.csv', csv, eventSchema)).toThrow(
      /content\/data\/events\.csv, row 1 \(line 2, id E001\), field "strike_ids": expected strike ids like S004/,
    );
    const ok = validateTable('content/data/events.csv', csv.replace('Sept. 2', 'S001; S004'), eventSchema);
    expect(ok[0].strike_ids).toEqual(['S001', 'S004']);
  });

  test('a source without a web address is rejected', () => {
    const csv = 'id,outlet,title,published,url\nsrc-001,AP,Title,2025-09-02,not a link\n';
    expect(() => validateTable('content/data/sources.csv', csv, sourceSchema)).toThrow(/field "url": expected a web address/);
  });

  // Live data: the committed tables themselves are the subject.
  test('every table in content/data validates and every cited source exists', () => {
    const t = loadTables();
    expect(t.strikes.length).toBeGreaterThan(50);
    expect(t.events.length).toBeGreaterThan(50);
    const ids = new Set(t.sources.map((s) => s.id));
    for (const rows of [t.strikes, t.deployments, t.troopLevels, t.events]) {
      for (const r of rows) for (const s of r.source_ids) expect(ids.has(s), `${r.id} cites ${s}`).toBe(true);
    }
  });
});
