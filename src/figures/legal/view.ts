import type { LegalProps } from './index';
import type { LegalState } from './state';

/** What one step of the legal figure shows, shared by the component and its text alternative. */

/** The data writes straight quotes; the page sets type: "a" -> “a”. */
export const curly = (s: string) => s.replace(/"([^"]*)"/g, '“$1”');

/** The part of a row's quote after its speaker ("Kaine: …" -> "…"). */
export const spoken = (quote: string) => quote.replace(/^[^:"«]+:\s*/, '');

/** The strikes and votes a step shows: announced, or held, by its `through` date. */
export function shown(data: LegalProps, state: LegalState) {
  const strikes = data.strikes.filter((s) => s.date <= state.through);
  const focusVote = data.votes.find((v) => v.id === state.focus);
  return {
    strikes,
    voices: data.voices.filter((v) => v.date <= state.through),
    votes: data.votes.filter((v) => v.date <= state.through),
    /** The vote bars: up to the focused vote. */
    tallies: focusVote ? data.votes.filter((v) => v.date <= focusVote.date) : [],
    named: strikes.filter((s) => s.named),
    disputed: strikes.filter((s) => s.disputed),
  };
}

/** The groups named, with how many announcements named each: "Tren de Aragua 2, ELN 1". */
export function groupsOf(named: { named: string | null }[], n: (x: number) => string): string {
  const counts = new Map<string, number>();
  for (const s of named) if (s.named) counts.set(s.named, (counts.get(s.named) ?? 0) + 1);
  return [...counts].map(([g, c]) => `${g} ${n(c)}`).join(', ');
}
