import { DAY_MONTH, killed, strikesOf, survivorsOf, utc } from '$lib/i18n/formats.es';
import type { StrikemapShown, StrikemapBuilt } from './words.en';

/** What the strike map draws in the browser too: its legend, counts and each strike's details. */
const words: StrikemapShown = {
  legendUnit: 'Un ataque; tamaño según muertos',
  keyAreaPhone: 'Mar según el anuncio; posición no revelada',
  note: 'No se revelaron las posiciones: el mapa no sitúa ningún ataque.',
  noneYet: 'Todavía ningún ataque',
  /** Los ataques que suma un paso, por el día en que ocurrieron: «Nuevos: 21, 22, 27 (3 ataques) y 29 de octubre». */
  added: (isos: string[]) => {
    const byMonth = new Map<string, Map<number, number>>();
    for (const iso of isos) {
      const month = DAY_MONTH.format(utc(iso)).replace(/^\d+ de /, '');
      const days = byMonth.get(month) ?? byMonth.set(month, new Map()).get(month)!;
      const d = Number(iso.slice(8, 10));
      days.set(d, (days.get(d) ?? 0) + 1);
    }
    const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} y ${xs.at(-1)}` : xs[0]);
    const days = (ds: Map<number, number>) => list([...ds].map(([d, n]) => (n > 1 ? `${d} (${strikesOf(String(n))})` : String(d))));
    return `Nuevos: ${[...byMonth].map(([m, ds]) => `${days(ds)} de ${m}`).join('; ')}`;
  },
  zoneTotals: (strikes: string, n: number, k: string) => `${strikes} ${n === 1 ? 'ataque' : 'ataques'} · ${killed(k)}`,
  markName: (date: string, k: string, region: string) => `Ataque del ${date}, ${region}: ${killed(k)}`,
  markTitle: (date: string) => `Ataque del ${date}`,
  markKilled: (k: string) => killed(k),
  markSurvivors: (n: string) => survivorsOf(n),
  markNoSurvivors: 'No se anunciaron sobrevivientes',
  markWhere: (where: string) => `Ubicación informada: ${where}`,
  markAnnounced: (date: string) => `Anunciado el ${date}`,
  markRecord: 'Este ataque, sus fuentes y sus datos',
  legendSurvivors: 'Ataque con sobrevivientes',
};
export default words;

/** Written at build time (the text alternative, the embed's headline), so no reader downloads them. */
export const atBuild: StrikemapBuilt = {
  headline: (date: string) => `Dónde atacó EE. UU. lanchas, por zona marítima, hasta el ${date}`,
  describe: {
    none: 'Mapa: todavía no se había anunciado ningún ataque.',
    lead: (date: string, parts: string[]) => `Mapa de los ataques anunciados hasta el ${date}, por zona marítima: ${parts.join('; ')}.`,
    zone: (name: string, strikes: string, n: number, k: string) => `${name}, ${strikes} ${n === 1 ? 'ataque' : 'ataques'} y ${killed(k)}`,
    approx: 'No se reveló ninguna posición: el mapa sombrea cada mar a grandes rasgos y no sitúa ningún ataque; los ataques se cuentan por mar junto al mapa.',
    survivors: (strikes: string, n: number, survivors: string) =>
      `En primer plano: ${strikes} ${n === 1 ? 'ataque que dejó' : 'ataques que dejaron'} ${survivorsOf(survivors)}.`,
    highlight: (name: string) => `En primer plano: los ataques en el ${name}.`,
    focus: (date: string, k: string, where: string) => `Señalado: el ataque del ${date}, ${killed(k)}; ubicación informada: ${where}.`,
  },
};
