import { count } from '$lib/i18n/formats.es';
import type { LegalShown, LegalBuilt } from './words.en';

/** The legal figure draws nothing in words of its own in the browser: its words are laid out at build time (view.ts). */
const words: LegalShown = {};
export default words;

/** Written at build time: every label of each step (view.ts), the text alternative, the embed's headline; none of them ships as code. */
export const atBuild: LegalBuilt = {
  headline: () => 'Las cuestiones jurídicas de los ataques contra lanchas',
  view: {
    titles: {
      zones: 'Zonas marítimas y ataques',
      frames: 'Qué dijo cada parte',
      target: '¿Quién iba a bordo?',
      congress: 'Votaciones en el Senado',
    } as Record<string, string>,
    zones: { territorial: 'Mar territorial', contiguous: 'Zona contigua', eez: 'Zona económica exclusiva', high: 'Alta mar' } as Record<string, string>,
    upTo: (nm: string) => `${nm} millas náuticas`,
    high: ['Alta', 'mar'],
    coast: 'Costa',
    flights: (date: string, km: string, nm: string) => [`F-35 de EE. UU., ${date}:`, `a unos ${km} km (${nm} mn)`],
    waters: 'Aguas internacionales',
    watersNote: 'a qué distancia: nunca se reveló',
    key: 'Rayado: «aguas internacionales», donde se anunciaron los ataques. Línea discontinua: la única distancia revelada, de vuelos, no de ataques. Zonas a escala.',
    terms: { E014: 'ejecuciones extrajudiciales', E022: 'conflicto armado no internacional', E041: 'ejecuciones extrajudiciales', E042: 'crímenes internacionales' } as Record<string, string>,
    quoted: (s: string) => `«${s}»`,
    by: (who: string, date: string) => `${who}, ${date}`,
    lanes: { united_states: 'EE. UU.', un: 'ONU', us_congress: 'Senado', strikes: 'Ataques' } as Record<string, string>,
    namedOf: (n: string, total: string) => `${n} de ${total} nombraron a un grupo`,
    dto: 'La mayoría solo dijo «Organización Terrorista Designada».',
    named: (groups: string) => `(${groups})`,
    disputed: (n: string) => `Cuestionados por gobiernos o familiares: ${n}`,
    unnamed: (n: string) => `Sin grupo nombrado: ${n}`,
    tally: (yes: string, no: string, outcome: string) => `${yes}\u2011${no}, ${outcome.toLowerCase()}`,
    outcome: { passed: 'Aprobada', failed: 'Rechazada' } as Record<string, string>,
    yesKey: 'Votos a favor, de 100',
    halfKey: 'Mitad del Senado; con empate, no se aprueba',
  },
  describe: {
    zones: (ts: string, cz: string, eez: string) =>
      `Diagrama a escala de las zonas marítimas frente a una costa según el derecho del mar de las Naciones Unidas: mar territorial hasta ${ts} millas náuticas, zona contigua hasta ${cz}, zona económica exclusiva hasta ${eez} y, más allá, alta mar.`,
    strikes: 'Rayado, todo lo que está más allá del mar territorial: los ataques se anunciaron como ocurridos en aguas internacionales; nunca se reveló a qué distancia.',
    flights: (date: string, km: string, nm: string) =>
      `Una línea discontinua marca la única distancia revelada: aviones F-35 de EE. UU. volaron a unos ${km} km (${nm} mn) de Venezuela el ${date}, dentro de su zona económica exclusiva, y Venezuela protestó.`,
    timeline: (strikes: string, from: string, to: string) =>
      `Debajo, una cronología del ${from} al ${to}: ${count(strikes, 'ataque anunciado', 'ataques anunciados')}, y cuándo se pronunciaron el gobierno de EE. UU., las Naciones Unidas y el Senado.`,
    voice: (term: string, who: string, date: string, quote: string) => `Escrito sobre la zona de los ataques: ${term} (${who}, ${date}). ${quote}.`,
    target: (strikes: string, named: string, groups: string, disputed: string) =>
      `En la cronología, de ${count(strikes, 'ataque anunciado', 'ataques anunciados')}, ${named} nombraron a un grupo (${groups}); en ${disputed}, un gobierno o familiares cuestionaron quién iba a bordo. Los demás solo dijeron «Organización Terrorista Designada».`,
    vote: (date: string, yes: string, no: string, outcome: string) => `${date}: ${yes} a favor, ${no} en contra; ${outcome.toLowerCase()}.`,
  },
};
