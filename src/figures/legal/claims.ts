/** The event rows (content/data/events.csv) the legal figure quotes, by role. */
export const LEGAL_CLAIMS = {
  /** Stop and board (the Carmen Rosa, Sept. 12); detention and prosecution (the Oct. 16 survivors). */
  enforcement: ['E012', 'E033'],
  /** The notice to Congress: a "non-international armed conflict". */
  conflict: ['E022'],
  /** Who says what: the administration, U.N. experts, the U.N. rights chief, the Senate. */
  voices: ['E022', 'E014', 'E041', 'E043'],
};
