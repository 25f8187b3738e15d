import { count, isOne, killed, strikesWord, survivorsOf } from '$lib/i18n/formats.es';
import type { CasualtiesShown, CasualtiesBuilt } from './words.en';

/** What the casualty chart draws in the browser too: its legend. */
const words: CasualtiesShown = {
  legendSurvivors: 'Ataque con sobrevivientes',
};
export default words;

/** Written at build time (the chart's totals, dates and axis labels reach the island already written, in its props; the text alternative and the embed's headline stay on the server), so no reader downloads them. */
export const atBuild: CasualtiesBuilt = {
  headline: (date: string) => `Muertes en los ataques de EE. UU. contra lanchas, hasta el ${date}`,
  text: {
    peopleKilled: (n: string) => killed(n),
    inStrikes: (n: string, k: number) => `en ${n} ${k === 1 ? 'ataque' : 'ataques'}`,
    /** The top label of the y axis carries the unit. */
    yTop: (n: string) => killed(n),
    legendUnknown: 'Zona no revelada',
    announcedThrough: (date: string) => `Anunciados hasta el ${date}`,
    laterPart: (k: string, n: string, strikes: number, date: string) => `${k} de ellos, en ${n} ${strikesWord(strikes)} después del ${date}`,
    sizeNote: 'Área del círculo: muertos en ese ataque',
    missingKey: (n: string) => `${n} con sobrevivientes nunca hallados`,
    talliesKey: (n: string, outlet: string) => `Recuentos publicados (último: ${n}, ${outlet})`,
    focus: (day: string, k: string, strikes: number, vessels: number, survivors: number): string[] => [
      day,
      ...(strikes > 1 ? [`${strikes} ataques${vessels > strikes ? ` contra ${vessels} embarcaciones` : ''}`] : []),
      `${killed(k)}${survivors ? `, ${survivorsOf(String(survivors))}` : ''}`,
    ],
    highlightSea: (sea: string, k: string, n: string, strikes: number) => `${sea}: ${killed(k)} en ${n} ${strikesWord(strikes)}`,
    highlightSurvivors: (n: string, k: number, survivors: string) => `${n} ${k === 1 ? 'ataque' : 'ataques'} con sobrevivientes, ${survivors} en total`,
    published: (date: string) => ['Reportaje publicado', `el ${date}`],
    pause: (from: string, to: string) => ['Ningún ataque informado', `del ${from}`, `al ${to}`],
    recordsEnd: (date: string) => ['Nuestros registros', `terminan el ${date}`],
    tally: (outlet: string, day: string, n: string) => `${outlet}, ${day}: ${n}`,
  },
  describe: {
    lead: (k: string, strikes: string, n: number, from: string, to: string) =>
      `Gráfico: ${count(k, 'persona muerta', 'personas muertas')} en ${strikes} ${n === 1 ? 'ataque anunciado' : 'ataques anunciados'} de EE. UU. contra lanchas ${from === to ? `el ${from}` : `entre el ${from} y el ${to}`}.`,
    byRegion: (parts: string[]) => `Por zona marítima: ${parts.join('; ')}.`,
    regionPart: (region: string, k: string, strikes: string) => `${region}, ${killed(k)} en ${strikes}`,
    strikesWord,
    highlight: {
      survivors: (strikes: string, survivors: string) =>
        `En primer plano: los ataques que dejaron sobrevivientes (${strikes}; ${survivorsOf(survivors)} en total).`,
      eastern_pacific: (strikes: string, k: string) =>
        `En primer plano: ${isOne(strikes) ? '' : 'los '}${strikes} en el Pacífico oriental, ${killed(k)}.`,
      caribbean: (strikes: string, k: string) => `En primer plano: ${isOne(strikes) ? '' : 'los '}${strikes} en el Caribe, ${killed(k)}.`,
    },
    focus: (date: string, k: string, region: string, strikes: number) =>
      strikes > 1 ? `Señalados: los ${strikes} ataques del ${date} (${region}), ${killed(k)}.` : `Señalado: el ataque del ${date} (${region}), ${killed(k)}.`,
    pause: (from: string, to: string) => `Sombreado: ningún ataque informado del ${from} al ${to}.`,
    recordsEnd: (date: string) => `El gráfico termina el ${date}, donde terminan nuestros registros.`,
    marker: (label: string, date: string) => `Línea del ${date}: ${label}.`,
    later: (k: string, strikes: string, date: string) => `En color pleno tras una línea en el ${date}, cuando se publicó este reportaje, ${killed(k)} en los ${strikes} anunciados desde entonces; los ataques anteriores, en un tono más claro.`,
    dispute: (total: string, missing: string, tallies: string, latest: string, outlet: string, date: string) =>
      `Una línea discontinua suma además los ${missing} sobrevivientes nunca hallados, para ${total}. ${tallies} puntos marcan los recuentos que publicaron los medios; el último, de ${outlet}, ${latest} el ${date}.`,
    none: 'Gráfico: todavía no se había anunciado ningún ataque.',
  },
};
