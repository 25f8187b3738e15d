/**
 * The event rows (content/data/events.csv) the legal figure quotes, by role. Each voice's key
 * term (the words written on the strike area) lives in the edition's words (`legal.terms`);
 * tests/figures/legal/terms.test.ts fails on a term its row's summary does not contain, in
 * either edition: the figure repeats the row's words, never paraphrases them.
 */
export const LEGAL_CLAIMS = {
  /** The one disclosed distance: Venezuela's protest of U.S. F-35 flights, Oct. 2 (fact G13). */
  flights: 'E023',
  /** Who called the strikes what, in date order; a step's `focus` brings one forward. */
  voices: ['E014', 'E022', 'E041', 'E042'],
  /** Voices a focused one brings along, because its step speaks of both. */
  together: { E041: ['E042'] } as Record<string, string[]>,
};
