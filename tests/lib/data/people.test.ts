import { describe, expect, test } from 'vitest';
import { DataError, validateTable } from '$lib/data/validate';
import { personSchema, rescueSchema } from '$lib/data/schemas';
import { loadTables } from '$lib/data/load';
import { fixtureTable, fixtureText } from '../../fixtures/tables';

// The fixture copies of people.csv and rescues.csv, checked under the names the build gives them.
const sourceIds = new Set(fixtureTable('sources').map((s) => s.id));
const strikeIds = new Set(fixtureTable('strikes').map((s) => s.id));

/** The fixture table with one cell of one row replaced, as a writer's slip would. */
function corrupt(text: string, id: string, field: string, value: string): string {
  const lines = text.split('\n');
  const col = lines[0].split(',').indexOf(field);
  const i = lines.findIndex((l) => l.startsWith(`${id},`));
  // Only cells before `notes` are changed, and none of those holds a comma.
  const cells = lines[i].split(',');
  cells[col] = value;
  lines[i] = cells.join(',');
  return lines.join('\n');
}

function problemsOf(file: string, text: string, schema: typeof personSchema | typeof rescueSchema): string[] {
  try {
    validateTable(file, text, schema as never, { sourceIds, strikeIds });
  } catch (e) {
    if (e instanceof DataError) return e.problems;
    throw e;
  }
  return [];
}

const PEOPLE = 'content/data/people.csv';
const people = fixtureText('people');
const RESCUES = 'content/data/rescues.csv';
const rescues = fixtureText('rescues');

describe('people.csv: what a slip prints', () => {
  test('the fixture rows are valid', () => {
    expect(problemsOf(PEOPLE, people, personSchema)).toEqual([]);
    expect(problemsOf(RESCUES, rescues, rescueSchema)).toEqual([]);
  });

  test('a fate outside the list names the file, row, field and the list', () => {
    expect(problemsOf(PEOPLE, corrupt(people, 'P002', 'fate', 'missing'), personSchema)).toEqual([
      'content/data/people.csv, row 1 (line 2, id P002), field "fate": expected one of "killed", "never_found", "repatriated", "handed_over", "detained", "outcome_not_reported", got "missing"',
    ]);
  });

  test('a strike the strikes table does not hold', () => {
    expect(problemsOf(PEOPLE, corrupt(people, 'P006', 'strike_id', 'S999'), personSchema)).toEqual([
      'content/data/people.csv, row 5 (line 6, id P006), field "strike_id": expected a strike listed in content/data/strikes.csv, but "S999" is not there',
    ]);
  });

  test('a name without the source that published it is held back', () => {
    const [problem] = problemsOf(PEOPLE, corrupt(people, 'P002', 'name_source_id', ''), personSchema);
    expect(problem).toMatch(/^content\/data\/people\.csv, row 1 \(line 2, id P002\), field "name_source_id": expected the source that published this name and tied it to this strike/);
  });

  test('the source of a name must be among the row’s sources', () => {
    expect(problemsOf(PEOPLE, corrupt(people, 'P002', 'name_source_id', 'src-205'), personSchema)).toEqual([
      'content/data/people.csv, row 1 (line 2, id P002), field "name_source_id": expected one of the row\'s source_ids (src-202;src-201), got "src-205"',
    ]);
  });

  test('a nationality with no one reporting it, and a rescue abroad with no country', () => {
    expect(problemsOf(PEOPLE, corrupt(people, 'P002', 'nationality_by', ''), personSchema)[0]).toMatch(/field "nationality_by": expected who reported the nationality/);
    expect(problemsOf(PEOPLE, corrupt(people, 'P004', 'fate_place', ''), personSchema)[0]).toMatch(/id P004\), field "fate_place": expected the country/);
  });

  test('a rescue step outside the list, and one for an unknown strike', () => {
    expect(problemsOf(RESCUES, corrupt(rescues, 'SAR007', 'step', 'found'), rescueSchema)[0]).toMatch(
      /^content\/data\/rescues\.csv, row 7 \(line 8, id SAR007\), field "step": expected one of "alerted", .*got "found"$/,
    );
    expect(problemsOf(RESCUES, corrupt(rescues, 'SAR007', 'strike_id', 'S998'), rescueSchema)).toEqual([
      'content/data/rescues.csv, row 7 (line 8, id SAR007), field "strike_id": expected a strike listed in content/data/strikes.csv, but "S998" is not there',
    ]);
  });
});

describe('the live tables agree with the strikes they name', () => {
  const t = loadTables();
  const strikes = new Map(t.strikes.map((s) => [s.id, s]));

  test('no strike has more people killed or surviving than its announced numbers and those never found', () => {
    const over: string[] = [];
    for (const s of strikes.values()) {
      const mine = t.people.filter((p) => p.strike_id === s.id);
      const killed = mine.filter((p) => p.fate === 'killed').length;
      const survived = mine.length - killed;
      if (killed > s.killed) over.push(`${s.id}: ${killed} killed rows, ${s.killed} announced`);
      const known = Math.max(s.survivors ?? 0, s.presumed_dead ?? 0);
      if (survived > known) over.push(`${s.id}: ${survived} survivor rows, ${known} survivors on record`);
    }
    expect(over).toEqual([]);
  });

  test('every survivor never found in the strikes table has a row, and no more', () => {
    const rows = t.people.filter((p) => p.fate === 'never_found');
    const byStrike = (id: string) => rows.filter((p) => p.strike_id === id).length;
    const mismatched = t.strikes.filter((s) => (s.presumed_dead ?? 0) !== byStrike(s.id)).map((s) => `${s.id}: ${s.presumed_dead ?? 0} vs ${byStrike(s.id)}`);
    expect(mismatched).toEqual([]);
  });
});

describe('the strikes table and people.csv tell one story', () => {
  test('a strike with a named person aboard has had identities published', async () => {
    const { identityProblems } = await import('$lib/data/firmness');
    const strikes = [{ id: 'S006', identities_published: 'not_reported' }, { id: 'S005', identities_published: 'yes' }];
    expect(identityProblems(strikes, [{ id: 'P004', strike_id: 'S006', name: 'Jeison Obando Pérez' }, { id: 'P009', strike_id: 'S006', name: '' }])).toEqual([
      'content/data/strikes.csv S006, field "identities_published": expected "yes", since content/data/people.csv P004 names someone aboard; change it (and log the change in changes.csv)',
    ]);
    expect(identityProblems(strikes, [{ id: 'P002', strike_id: 'S005', name: 'Chad Joseph' }, { id: 'P009', strike_id: 'S006', name: '' }])).toEqual([]);
  });

  test('the live tables agree', async () => {
    const { identityProblems } = await import('$lib/data/firmness');
    const t = loadTables();
    expect(identityProblems(t.strikes, t.people)).toEqual([]);
  });
});
