import type { Fate, Person, Rescue, Strike } from '../data/schemas';
import { FATES } from '../data/schemas';

/**
 * Who was aboard, shaped for the tracker's pages: per strike, the people sources name and how
 * many of the announced dead and survivors remain unnamed ("6 killed, 2 named"); across the
 * table, the people counted by fate and by the nationality reported. Only rows of people.csv
 * are counted here: a person no source said anything specific about is in a strike's announced
 * numbers, never in a row.
 */

export interface StrikePeople {
  /** The strike's rows of people.csv, named first, in the file's order. */
  people: Person[];
  /** The announced dead, and how many of them a source named. */
  killed: number;
  killedNamed: number;
  /** The announced survivors (null: not disclosed), and how many of them a source named. */
  survivors: number | null;
  survivorsNamed: number;
}

const named = (p: Person) => p.name !== '';
const survived = (p: Person) => p.fate !== 'killed';

export function peopleOf(strike: Pick<Strike, 'id' | 'killed' | 'survivors'>, people: readonly Person[]): StrikePeople {
  const mine = people.filter((p) => p.strike_id === strike.id);
  return {
    people: [...mine.filter(named), ...mine.filter((p) => !named(p))],
    killed: strike.killed,
    killedNamed: mine.filter((p) => named(p) && !survived(p)).length,
    survivors: strike.survivors,
    survivorsNamed: mine.filter((p) => named(p) && survived(p)).length,
  };
}

export interface PeopleCounts {
  total: number;
  named: number;
  /** Every fate, in FATES order, with how many rows have it (zeros kept, so both editions list the same lines). */
  byFate: { fate: Fate; n: number }[];
  /** Each nationality as reported (the edition's words), most first; `null`: none reported. */
  byNationality: { nationality: string | null; n: number }[];
}

export function peopleCounts(people: readonly Person[]): PeopleCounts {
  const nat = new Map<string | null, number>();
  for (const p of people) nat.set(p.nationality || null, (nat.get(p.nationality || null) ?? 0) + 1);
  return {
    total: people.length,
    named: people.filter(named).length,
    byFate: FATES.map((fate) => ({ fate, n: people.filter((p) => p.fate === fate).length })),
    // Most first; "not reported" last whatever its size, as the rest of the tracker lists unknowns.
    byNationality: [...nat.entries()]
      .map(([nationality, n]) => ({ nationality, n }))
      .sort((a, b) => Number(a.nationality === null) - Number(b.nationality === null) || b.n - a.n || String(a.nationality).localeCompare(String(b.nationality))),
  };
}

/** The named, in the order of their strikes (by the given order of strike ids, newest first on the tracker), then the file's. */
export function namedPeople(people: readonly Person[], strikeOrder: readonly string[]): Person[] {
  const at = new Map(strikeOrder.map((id, i) => [id, i]));
  return people
    .filter(named)
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (at.get(a.p.strike_id) ?? Infinity) - (at.get(b.p.strike_id) ?? Infinity) || a.i - b.i)
    .map(({ p }) => p);
}

/** One strike's search-and-rescue steps, in the order the file gives them (the sequence a writer set down). */
export function rescueSteps(strikeId: string, rescues: readonly Rescue[]): Rescue[] {
  return rescues.filter((r) => r.strike_id === strikeId);
}
