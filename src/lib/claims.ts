import type { Strike } from './data/schemas';

/**
 * Who the government said was aboard a struck boat, and who disputed it: read from a strike row's
 * `attribution_claims` cell ("official: …; counter-claim: …").
 */

/** Rows whose attribution carries a counter-claim (a government or relatives disputing who was aboard). */
export function contested(s: Strike): boolean {
  return /counter-claim|denied|said (the )?victim|fishermen/i.test(s.attribution_claims);
}

/** Who was aboard, as disputed: the counter-claims and denials in the row's words, without the official claim (not the death counts in dispute: src/lib/tracker/dispute.ts). */
export function aboardCounterClaims(s: Pick<Strike, 'attribution_claims'>): string {
  return s.attribution_claims
    .split(';')
    .filter((p) => /counter-claim|denied|said/i.test(p))
    .map((p) => p.replace(/^\s*counter-claim:\s*/i, '').trim())
    .join('; ');
}

/** The groups an announcement may name as aboard; any other announcement named none ("a Designated Terrorist Organization"). */
export const NAMED_GROUPS = ['Tren de Aragua', 'ELN'] as const;

/** The group a strike's announcement named, if any: read from the English row. */
export const namedGroup = (s: Pick<Strike, 'attribution_claims'>): string | null => NAMED_GROUPS.find((g) => s.attribution_claims.includes(g)) ?? null;
