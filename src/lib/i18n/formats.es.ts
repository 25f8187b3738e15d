// How the Spanish edition writes dates, numbers and counts, for its chrome and for each figure's words.

// "1.234", "25.000", "12,5". Plain 'es' leaves four-digit numbers ungrouped ("1234", as the RAE
// recommends); this edition groups every number, so grouping is forced ('always': Node 20+,
// current browsers).
export const NUMBER = new Intl.NumberFormat('es', { useGrouping: 'always' });
// "2 de septiembre de 2025", "2 de septiembre".
export const DATE = new Intl.DateTimeFormat('es', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
export const DAY_MONTH = new Intl.DateTimeFormat('es', { timeZone: 'UTC', day: 'numeric', month: 'long' });
export const MONTH_LONG = new Intl.DateTimeFormat('es', { timeZone: 'UTC', month: 'long' });
export const MONTH_SHORT = new Intl.DateTimeFormat('es', { timeZone: 'UTC', month: 'short' });
export const YEAR = new Intl.DateTimeFormat('es', { timeZone: 'UTC', year: 'numeric' });

export const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * "sept.", "ene.": the month as Intl abbreviates it, always with the abbreviation's period. ICU
 * versions disagree on the period ("sept." in older CLDR data, "sept" in newer), and the
 * server's Node and the reader's browser must write the same label.
 */
export const shortMonth = (iso: string) => `${MONTH_SHORT.format(utc(iso)).toLocaleLowerCase('es').replace(/\.$/, '')}.`;

/** A formatted count and its noun, singular for exactly one: "1 muerto", "75 muertos". */
export const count = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;
export const killed = (n: string) => count(n, 'muerto', 'muertos');
export const strikesOf = (n: string) => count(n, 'ataque', 'ataques');
export const survivorsOf = (n: string) => count(n, 'sobreviviente', 'sobrevivientes');
/** Whether a phrase such as "1 ataque" counts exactly one. */
export const isOne = (phrase: string) => /^1(\s|$)/.test(phrase);

export const strikesWord = (n: number): string => (n === 1 ? 'ataque' : 'ataques');
