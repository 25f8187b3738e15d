import { describe, expect, test } from 'vitest';
import { namedPeople, peopleCounts, peopleOf, rescueSteps } from '$lib/tracker/people';
import { strings } from '$lib/i18n';
import { fixtureTable } from '../../fixtures/tables';

const people = fixtureTable('people');
const strikes = new Map(fixtureTable('strikes').map((s) => [s.id, s]));
const w = strings('en').people;
const es = strings('es').people;

/** The line a strike page prints above its people. */
function line(id: string, words = w) {
  const a = peopleOf(strikes.get(id)!, people);
  const n = (x: number) => String(x);
  return [words.killedCount(n(a.killed), n(a.killedNamed)), a.survivors ? words.survivorsCount(n(a.survivors), n(a.survivorsNamed)) : ''].filter(Boolean).join(' ');
}

describe('who was aboard, per strike', () => {
  test('the Oct. 14 strike: six killed, two named', () => {
    expect(line('S005')).toBe('6 killed, 2 named.');
    expect(line('S005', es)).toBe('6 muertos, 2 con nombre.');
  });

  test('the Oct. 16 strike: its two survivors named, its two dead not', () => {
    expect(line('S006')).toBe('2 killed, none named. 2 survived the strike, 2 named.');
  });

  test('a strike no source said anything about still counts its dead', () => {
    const a = peopleOf(strikes.get('S001')!, people);
    expect(a.people).toEqual([]);
    expect(line('S001')).toBe('11 killed, none named.');
  });

  test('the named come first', () => {
    expect(peopleOf(strikes.get('S013')!, people).people.map((p) => p.name)).toEqual(['']);
    expect(peopleOf(strikes.get('S006')!, people).people.map((p) => p.name)).toEqual(['Jeison Obando Pérez', 'Andrés Fernando Tufiño Chila']);
  });
});

describe('across the table', () => {
  test('counts by fate and by nationality, "not reported" last', () => {
    const c = peopleCounts(people);
    expect(c.total).toBe(5);
    expect(c.named).toBe(4);
    expect(Object.fromEntries(c.byFate.map((f) => [f.fate, f.n]))).toMatchObject({ killed: 2, repatriated: 2, never_found: 1, handed_over: 0 });
    expect(c.byNationality).toEqual([
      { nationality: 'Trinidad and Tobago', n: 2 },
      { nationality: 'Colombia', n: 1 },
      { nationality: 'Ecuador', n: 1 },
      { nationality: null, n: 1 },
    ]);
  });

  test('the named follow the tracker’s order of strikes', () => {
    expect(namedPeople(people, ['S006', 'S005']).map((p) => p.name)).toEqual(['Jeison Obando Pérez', 'Andrés Fernando Tufiño Chila', 'Chad Joseph', 'Rishi Samaroo']);
  });

  test('a strike’s search, in the order the file gives it', () => {
    expect(rescueSteps('S013', fixtureTable('rescues')).map((r) => r.step)).toEqual(['searched', 'suspended']);
    expect(rescueSteps('S005', fixtureTable('rescues'))).toEqual([]);
  });
});
