import type { UnionShown, UnionBuilt } from './words.en';

/** The union map draws nothing in words of its own in the browser: its words are laid out at build time (data.ts). */
const words: UnionShown = {};
export default words;

/** Written at build time: the labels laid out on the map (data.ts), the text alternative, the embed's headline; none of them ships. */
export const atBuild: UnionBuilt = {
  headline: () => 'Colombia y Venezuela, y la idea de Petro de una unión',
  map: {
    granColombia: (date: string) => `Gran Colombia: las cuatro naciones que Petro propuso unir en una confederación, ${date}`,
    borderLength: (km: string) => `${km} km de frontera terrestre común`,
    crossings: (land: string, river: string) => `Pasos oficiales: ${land} terrestres, ${river} fluvial`,
    river: (name: string) => `${name} (fluvial)`,
    zone1: (date: string) => `Zona binacional, ${date}`,
    zone2: (date: string) => `Segunda zona, ${date}`,
    strikes: (n: string, killed: string, date: string) => `${n} ataques de EE. UU. en el Caribe hasta el ${date}, ${killed} muertos. Lugares exactos no revelados`,
    coTroops: (n: string) => `${n} soldados colombianos en el Catatumbo, según Petro`,
    veTroops: (n: string) => `${n} efectivos venezolanos enviados a Zulia y Táchira`,
    pressure: (aid: string, sanctions: string) => `Desde Washington: fin de la ayuda (${aid}) y sanciones a Petro (${sanctions})`,
    usNorth: 'Estados Unidos ↑',
    usCo: 'Descertificación, sanciones',
    usVe: 'Ataques a lanchas',
    coVe: 'Propuesta de unión',
  },
  describe: {
    message: (date: string) => `Mapa con Colombia, Venezuela, Ecuador y Panamá resaltadas, las naciones de la Gran Colombia: Petro propuso que formaran una confederación, el ${date}.`,
    border: (km: string, land: string, river: string) =>
      `Mapa de la frontera terrestre entre Colombia y Venezuela, de ${km} km, con ${land} pasos terrestres oficiales (Paraguachón, Cúcuta, Arauca), ${river} fluvial (Puerto Carreño) y las áreas aproximadas de las dos zonas binacionales acordadas en julio y septiembre de 2025.`,
    stance: (n: string, killed: string, date: string) =>
      `Mapa con Colombia resaltada y ${n} puntos en el sur del Caribe, uno por cada ataque de EE. UU. allí anunciado hasta el ${date}, con ${killed} muertos; no se revelaron los lugares exactos.`,
    depth: (co: string, ve: string) =>
      `Mapa de la frontera con dos círculos de tamaño proporcional: ${co} soldados colombianos que, según Petro, estaban en el Catatumbo, y ${ve} efectivos venezolanos enviados a Zulia y Táchira. Una nota: EE. UU. anunció el fin de la ayuda a Colombia y sancionó a Petro.`,
    triangle:
      'Diagrama sobre el mapa: líneas de Estados Unidos a Bogotá (descertificación, sanciones) y a Caracas (ataques a lanchas), y una línea entre Bogotá y Caracas (propuesta de unión): un triángulo en lugar de un par.',
  },
};
