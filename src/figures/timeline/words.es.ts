import { count, shortMonth } from '$lib/i18n/formats.es';
import type { TimelineShown, TimelineBuilt } from './words.en';

/** What the timeline draws in the browser too: its lanes, key and labels. */
const words: TimelineShown = {
  lanes: { united_states: 'Gobierno y Senado de EE. UU.', colombia: 'Colombia', venezuela: 'Venezuela', un: 'Naciones Unidas' } as Record<string, string>,
  strikesLane: 'Ataques a lanchas',
  intro: 'Cada punto es una acción jurídica, diplomática o militar; la fila inferior, los ataques tal como se anunciaron, por mar.',
  note: 'Ataques según muertos:',
  also: 'Además:',
  /** «9 oct., La Casa Blanca rechaza…» */
  item: (iso: string, label: string) => `${Number(iso.slice(8, 10))} ${shortMonth(iso)}, ${label}`,
};
export default words;

/** Written at build time (the text alternative, the embed's headline), so no reader downloads them. */
export const atBuild: TimelineBuilt = {
  headline: (date: string) => `Cómo escaló la disputa diplomática, hasta el ${date}`,
  describe: {
    lead: (from: string, to: string, lanes: string[], strikes: string) =>
      `Cronología de la escalada del ${from} al ${to}: ${lanes.join(', ')}; ${count(strikes, 'ataque anunciado', 'ataques anunciados')}.`,
    lane: (name: string, n: string) => `${count(n, 'acción', 'acciones')} de ${name}`,
    focus: (date: string, who: string, what: string) => `En primer plano, ${date}, ${who}: ${what}`,
    seas: (parts: string[]) => `Ataques por mar: ${parts.join(', ')}.`,
    also: (items: string[]) => `Se suman además: ${items.join('; ')}.`,
  },
};
