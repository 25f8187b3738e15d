import { count } from '$lib/i18n/formats.es';
import type { BuildupShown, BuildupBuilt } from './words.en';

/** What the build-up map draws in the browser too: its legend, places and each deployment's details. */
const words: BuildupShown = {
  legend: { large_ship: 'Portaaviones o grupo anfibio', ship: 'Buque de guerra', submarine: 'Submarino', aircraft: 'Aeronaves', drone: 'Drones', base: 'Base reabierta' } as Record<string, string>,
  anchors: {
    puerto_rico: 'Puerto Rico',
    trinidad: 'Trinidad y Tobago',
    el_salvador: 'El Salvador',
    off_venezuela: 'Frente a Venezuela',
    caribbean_sea: 'Caribe, en el mar',
    eastern_pacific: 'Pacífico oriental, en el mar',
    en_route: 'Con orden de ir a la región',
  } as Record<string, string>,
  anchorNotes: { trinidad: 'escala' } as Record<string, string>,
  areaKey: 'Zona aproximada',
  note: 'Cada símbolo es un despliegue tal como se informó por primera vez. Los buques en el mar y los vuelos se agrupan en zonas aproximadas; solo las bases y las escalas en puerto se ubican donde se informaron.',
  markName: (asset: string, date: string) => `${asset}, informado por primera vez el ${date}`,
  markCount: (n: string) => `Cantidad informada: ${n}`,
  markPersonnel: (p: string) => `Personal: ${p}`,
  markWhere: (w: string) => `Ubicación informada: ${w}`,
  markReported: (d: string) => `Informado por primera vez el ${d}`,
  troopsTitle: 'Efectivos de EE. UU. en la región, según lo publicado',
  troopsNote: 'Cada punto es un total publicado. Los totales cuentan cosas distintas (solo buques, o buques y fuerzas en tierra), por lo que no coinciden entre sí.',
};
export default words;

/** Written at build time (the text alternative and its symbol names, the embed's headline), so no reader downloads them. */
export const atBuild: BuildupBuilt = {
  headline: (date: string) => `El despliegue militar de EE. UU., según lo reportado hasta el ${date}`,
  symbols: {
    large_ship: 'Grupos de portaaviones o anfibios',
    ship: 'Buques de guerra',
    submarine: 'Submarinos',
    aircraft: 'Despliegues de aeronaves',
    drone: 'Despliegues de drones',
    base: 'Bases reabiertas',
  } as Record<string, string>,
  describe: {
    none: (d: string) => `Mapa: hasta el ${d} no se había informado ningún despliegue de EE. UU.`,
    lead: (d: string, n: string, parts: string[]) =>
      `Mapa del despliegue de EE. UU. según lo informado hasta el ${d}: ${count(n, 'despliegue', 'despliegues')} (${parts.join(', ')}).`,
    puertoRico: (n: string) => `${n === '1' ? 'Uno' : n} de ellos en Puerto Rico.`,
    approx: 'Los buques en el mar y los vuelos se agrupan en zonas aproximadas; no se revelaron sus posiciones.',
    troops: (n: string, d: string, what: string) => `Último total de efectivos informado: ${n} (${d}), que cuenta ${what}.`,
    troopsChart: (n: string, from: string, to: string) =>
      `Gráfico de los totales de efectivos de EE. UU. publicados del ${from} al ${to}: ${count(n, 'total', 'totales')}, que cuentan cosas distintas.`,
    troopsFirst: (n: string, d: string, by: string) => `El primero: ${n} el ${d} (${by}).`,
    troopsLatest: (n: string, d: string, by: string, what: string) => `El último: ${n} el ${d} (${by}), que cuenta ${what}.`,
    highlight: (g: string) => `En primer plano: ${g}.`,
    focus: (asset: string, d: string, where: string) => `Señalado: ${asset}, informado por primera vez el ${d}, ${where}.`,
    symbolOne: {
      large_ship: 'grupo de portaaviones o anfibio',
      ship: 'buque de guerra',
      submarine: 'submarino',
      aircraft: 'despliegue de aeronaves',
      drone: 'despliegue de drones',
      base: 'base reabierta',
    } as Record<string, string>,
    groups: { ships: 'buques', aircraft: 'aeronaves y drones', bases: 'bases' } as Record<string, string>,
  },
};
