import type { Strings } from '$lib/i18n/en';
import type { UnionWords } from './words.en';
import type { UnionData } from './data';
import type { UnionState } from './state';

/** The union map's text alternative: what each step draws, with its numbers. */
export function describeUnion(data: UnionData, state: UnionState, t: Strings, words: UnionWords): string {
  const d = words.describe;
  const n = data.numbers;
  switch (state.reason) {
    case 'message':
      return d.message(t.date(n.proposed));
    case 'border':
      return d.border(t.number(n.borderKm), t.number(n.land), t.number(n.river));
    case 'stance':
      return d.stance(t.number(n.strikes), t.number(n.killed), t.date(n.strikesThrough));
    case 'depth':
      return d.depth(t.number(n.coTroops), t.number(n.veTroops));
    case 'triangle':
      return d.triangle;
  }
}
