import type { Strike, Withdrawal } from './schemas';

/**
 * A strike record taken back (content/data/withdrawals.csv) keeps its row in strikes.csv, since a
 * released file never loses one, and keeps its page, its place in the feeds and a line in the
 * log, marked withdrawn. It stops counting: the story, the figures, the list and the totals read
 * the standing strikes only.
 */

/** The strikes that count: every row not withdrawn, in the table's order. */
export function standingStrikes<S extends Pick<Strike, 'id'>>(strikes: readonly S[], withdrawals: readonly Pick<Withdrawal, 'strike_id'>[]): S[] {
  const gone = new Set(withdrawals.map((w) => w.strike_id));
  return strikes.filter((s) => !gone.has(s.id));
}

/** Each withdrawn strike's withdrawal, by strike id. */
export const withdrawalsByStrike = <W extends Pick<Withdrawal, 'strike_id'>>(withdrawals: readonly W[]) => new Map(withdrawals.map((w) => [w.strike_id, w]));

/**
 * What the cells alone cannot say is wrong: a record withdrawn twice, or merged into a record
 * that is itself withdrawn (its reader would follow the link to another withdrawn page).
 */
export function withdrawalProblems(withdrawals: readonly Withdrawal[], file = 'content/data/withdrawals.csv'): string[] {
  const problems: string[] = [];
  const first = new Map<string, string>();
  for (const w of withdrawals) {
    const earlier = first.get(w.strike_id);
    if (earlier) problems.push(`${file}, id ${w.id}, field "strike_id": ${w.strike_id} is already withdrawn by ${earlier}; one line per record`);
    else first.set(w.strike_id, w.id);
  }
  for (const w of withdrawals) {
    const target = w.merged_into && first.get(w.merged_into);
    if (target) problems.push(`${file}, id ${w.id}, field "merged_into": ${w.merged_into} is itself withdrawn (${target}); name the strike that stands`);
  }
  return problems;
}
