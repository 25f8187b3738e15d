import type { FigureWords, Strings } from './en';

/**
 * Every string of the page chrome, and how numbers and dates are written, for the Spanish
 * edition (neutral Latin-American Spanish). Same shape as the English module (`Strings`).
 */

// "1.234", "25.000", "12,5". Plain 'es' leaves four-digit numbers ungrouped ("1234", as the RAE
// recommends); this edition groups every number, so grouping is forced ('always': Node 20+,
// current browsers).
const NUMBER = new Intl.NumberFormat('es', { useGrouping: 'always' });
// "2 de septiembre de 2025", "2 de septiembre".
const DATE = new Intl.DateTimeFormat('es', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const DAY_MONTH = new Intl.DateTimeFormat('es', { timeZone: 'UTC', day: 'numeric', month: 'long' });
const MONTH_SHORT = new Intl.DateTimeFormat('es', { timeZone: 'UTC', month: 'short' });
const YEAR = new Intl.DateTimeFormat('es', { timeZone: 'UTC', year: 'numeric' });

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * "sept.", "ene.": the month as Intl abbreviates it, always with the abbreviation's period. ICU
 * versions disagree on the period ("sept." in older CLDR data, "sept" in newer), and the
 * server's Node and the reader's browser must write the same label.
 */
const shortMonth = (iso: string) => `${MONTH_SHORT.format(utc(iso)).toLocaleLowerCase('es').replace(/\.$/, '')}.`;

/** A formatted count and its noun, singular for exactly one: "1 muerto", "75 muertos". */
const count = (n: string, one: string, many: string) => `${n} ${n === '1' ? one : many}`;
const killed = (n: string) => count(n, 'muerto', 'muertos');
const strikesOf = (n: string) => count(n, 'ataque', 'ataques');
const survivorsOf = (n: string) => count(n, 'sobreviviente', 'sobrevivientes');
/** Whether a phrase such as "1 ataque" counts exactly one. */
const isOne = (phrase: string) => /^1(\s|$)/.test(phrase);

const strikesWord = (n: number): string => (n === 1 ? 'ataque' : 'ataques');

/** What the figures say in the reader's browser (see enFigures). */
export const esFigures: FigureWords = {
  lang: 'es',
  locale: 'es',
  number: (n: number) => NUMBER.format(n),
  /** "2 de septiembre de 2025" */
  date: (iso: string) => DATE.format(utc(iso)),
  /** "2 de septiembre" */
  dayMonth: (iso: string) => DAY_MONTH.format(utc(iso)),
  /** Axis ticks: "sept." and "ene. 2026" where the year turns. */
  monthTick: (iso: string, withYear: boolean) => (withYear ? `${shortMonth(iso)} ${YEAR.format(utc(iso))}` : shortMonth(iso)),
  regions: {
    caribbean: 'Caribe',
    eastern_pacific: 'Pacífico oriental',
    unknown: 'zona marítima no revelada',
  } as Record<string, string>,

  casualties: {
    title: 'Muertos en ataques de EE. UU. contra lanchas',
    peopleKilled: (n: string) => killed(n),
    inStrikes: (n: string, k: number) => `en ${n} ${k === 1 ? 'ataque' : 'ataques'}`,
    /** The top label of the y axis carries the unit. */
    yTop: (n: string) => killed(n),
    legendCaribbean: 'Caribe',
    legendPacific: 'Pacífico oriental',
    legendSurvivors: 'Ataque con sobrevivientes',
    sizeNote: 'Área del círculo: muertos en ese ataque',
  },

  map: {
    close: 'Cerrar',
  },


  strikeMap: {
    legendArea: 'Zona marítima; ubicaciones no reveladas',
    note: 'Cada punto es un ataque, con tamaño según los muertos, agrupado por la zona marítima que informó EE. UU. El gobierno no reveló dónde fueron atacadas las lanchas.',
    zoneName: { caribbean: 'Caribe', eastern_pacific: 'Pacífico oriental', unknown: 'Zona marítima no revelada' } as Record<string, string>,
    zoneTotals: (strikes: string, n: number, k: string) => `${strikes} ${n === 1 ? 'ataque' : 'ataques'} · ${killed(k)}`,
    markName: (date: string, k: string, region: string) => `Ataque del ${date}, ${region}: ${killed(k)}`,
    markTitle: (date: string) => `Ataque del ${date}`,
    markKilled: (k: string) => killed(k),
    markSurvivors: (n: string) => survivorsOf(n),
    markNoSurvivors: 'No se anunciaron sobrevivientes',
    markWhere: (where: string) => `Ubicación informada: ${where}`,
    markAnnounced: (date: string) => `Anunciado el ${date}`,
  },

  buildup: {
    symbols: {
      large_ship: 'Grupos de portaaviones o anfibios',
      ship: 'Buques de guerra',
      submarine: 'Submarinos',
      aircraft: 'Despliegues de aeronaves',
      drone: 'Despliegues de drones',
      base: 'Bases reabiertas',
    } as Record<string, string>,
    anchors: {
      puerto_rico: 'Puerto Rico',
      trinidad: 'Escala en puerto, Trinidad y Tobago',
      el_salvador: 'El Salvador',
      off_venezuela: 'Frente a Venezuela',
      caribbean_sea: 'Caribe, en el mar',
      eastern_pacific: 'Pacífico oriental, en el mar',
      en_route: 'Con orden de ir a la región',
    } as Record<string, string>,
    areaNote: 'aprox.',
    note: 'Cada símbolo es un despliegue tal como se informó por primera vez. Los buques en el mar y los vuelos se agrupan en zonas aproximadas; solo las bases y las escalas en puerto se ubican donde se informaron.',
    markName: (asset: string, date: string) => `${asset}, informado por primera vez el ${date}`,
    markCount: (n: string) => `Cantidad informada: ${n}`,
    markPersonnel: (p: string) => `Personal: ${p}`,
    markWhere: (w: string) => `Ubicación informada: ${w}`,
    markReported: (d: string) => `Informado por primera vez el ${d}`,
    troopsTitle: 'Efectivos de EE. UU. en la región, según los informes',
    troopsNote: 'Los totales cuentan cosas distintas (solo buques, o buques y fuerzas en tierra), por lo que no coinciden entre sí.',
    troopsLabel: (n: string, d: string) => `${n} (${d})`,
  },

  legal: {
    zonesTitle: 'Dónde terminan los derechos de un Estado ribereño, según el derecho del mar de las Naciones Unidas',
    zones: { territorial: 'Mar territorial', contiguous: 'Zona contigua', eez: 'Zona económica exclusiva', high: 'Alta mar' },
    upTo: (nm: string) => `hasta ${nm} millas náuticas`,
    flights: (km: string, nm: string) => `F-35 de EE. UU., 2 de octubre: a unos ${km} km (${nm} mn) de Venezuela`,
    strikesBand: 'Los ataques: anunciados como ocurridos en “aguas internacionales”, fuera de todo mar territorial; nunca se reveló a qué distancia',
    schematic: 'Esquema: distancias a escala desde una costa recta, medidas desde la línea de base.',
    enforcementTitle: 'Aplicación de la ley',
    enforcementGist: 'Interceptar, abordar, arrestar, procesar',
    conflictTitle: 'Conflicto armado (la visión del gobierno de EE. UU.)',
    conflictGist: 'Miembros de cárteles como combatientes: fuerza letal, sin arresto',
    toll: (k: string, strikes: string, survivors: string) =>
      `A la fecha de corte: ${killed(k)} en ${strikesOf(strikes)}; ${survivorsOf(survivors)}.`,
    actor: { united_states: 'Gobierno de EE. UU.', us_congress: 'Senado de EE. UU.', colombia: 'Colombia', venezuela: 'Venezuela', un: 'Naciones Unidas', iachr: 'Comisión Interamericana de Derechos Humanos', courts: 'Tribunales de EE. UU.', other: 'Otros' } as Record<string, string>,
    targetTitle: (date: string) => `¿Quién iba a bordo? Lo que dijeron los anuncios, hasta el ${date}`,
    strikesAnnounced: 'ataques anunciados',
    namedGroup: (groups: string) => `nombraron a un grupo: ${groups}; los demás solo dijeron “Organización Terrorista Designada”`,
    contested: 'cuestionados por un gobierno o por familiares:',
    congressTitle: 'Votaciones del Senado sobre resoluciones de poderes de guerra',
    yes: (n: string) => `${n} a favor`,
    no: (n: string) => `${n} en contra`,
    outcome: { passed: 'Aprobada', failed: 'Rechazada' } as Record<string, string>,
    noVotes: 'Todavía no se había realizado ninguna votación.',
    majorityNote: 'Línea: la mitad de los 100 escaños del Senado. Con un empate, la resolución no se aprueba.',
  },

  timeline: {
    lanes: { united_states: 'Estados Unidos', colombia: 'Colombia', venezuela: 'Venezuela', un: 'Naciones Unidas' } as Record<string, string>,
    strikesLane: 'Ataques a lanchas',
    intro: 'Cada punto es una acción jurídica, diplomática o militar; la fila inferior, los ataques tal como se anunciaron.',
    note: 'La fila de EE. UU. incluye al Senado. El tamaño de cada círculo de ataque indica los muertos.',
  },

  union: {
    reasons: {
      message: 'Un mensaje a Washington',
      border: 'Frontera y comercio',
      stance: 'Contra la intervención',
      depth: 'Bajo presión de EE. UU., más cerca de Caracas',
      triangle: 'De dos partes a tres',
    } as Record<string, string>,
    borderLength: (km: string) => `Frontera terrestre común: ${km} km`,
    lengths: (items: string[]) => `Longitud de la frontera según las fuentes: ${items.join('; ')}.`,
    crossings: (items: string) => `Pasos fronterizos oficiales: ${items}.`,
    granColombia: 'Gran Colombia: Colombia, Venezuela, Ecuador, Panamá',
    buildup: (n: string, date: string) => `Despliegues de EE. UU. en el Caribe informados por primera vez hasta el ${date}: ${n}.`,
    us: 'Estados Unidos ↑',
    partner: 'Socios contra el narcotráfico',
    pressure: 'Presión',
    unionTalk: 'Propuesta de unión',
  },
};

export const es: Strings = {
  ...esFigures,
  /**
   * Names on the maps, by Natural Earth name: every country the basemap draws and every sea
   * labelled (src/lib/map/scene.ts), so no English name reaches the Spanish maps. Put into each
   * map's labels at build time (namedIn, src/lib/map/labels.ts).
   */
  places: {
    // Labelled (COUNTRY_LABELS and SEA_LABELS in src/lib/map/scene.ts).
    Venezuela: 'Venezuela',
    Colombia: 'Colombia',
    Ecuador: 'Ecuador',
    Panama: 'Panamá',
    Mexico: 'México',
    Cuba: 'Cuba',
    'Puerto Rico': 'Puerto Rico',
    'Trinidad and Tobago': 'Trinidad y Tobago',
    'Costa Rica': 'Costa Rica',
    Nicaragua: 'Nicaragua',
    Honduras: 'Honduras',
    Guatemala: 'Guatemala',
    'El Salvador': 'El Salvador',
    Jamaica: 'Jamaica',
    Haiti: 'Haití',
    'Dominican Rep.': 'República Dominicana',
    Guyana: 'Guyana',
    'Caribbean Sea': 'Mar Caribe',
    'Pacific Ocean': 'Océano Pacífico',
    'Atlantic Ocean': 'Océano Atlántico',
    'Gulf of Mexico': 'Golfo de México',
    // Drawn on the basemap but not labelled today.
    'United States of America': 'Estados Unidos',
    Belize: 'Belice',
    Peru: 'Perú',
    Brazil: 'Brasil',
    Suriname: 'Surinam',
    Bahamas: 'Bahamas',
    'Cayman Is.': 'Islas Caimán',
    'Turks and Caicos Is.': 'Islas Turcas y Caicos',
    'U.S. Virgin Is.': 'Islas Vírgenes de EE. UU.',
    'British Virgin Is.': 'Islas Vírgenes Británicas',
    Anguilla: 'Anguila',
    'St-Martin': 'San Martín',
    'Sint Maarten': 'Sint Maarten',
    'St-Barthélemy': 'San Bartolomé',
    'St. Kitts and Nevis': 'San Cristóbal y Nieves',
    'Antigua and Barb.': 'Antigua y Barbuda',
    Montserrat: 'Montserrat',
    Dominica: 'Dominica',
    'Saint Lucia': 'Santa Lucía',
    'St. Vin. and Gren.': 'San Vicente y las Granadinas',
    Barbados: 'Barbados',
    Grenada: 'Granada',
    Aruba: 'Aruba',
    'Curaçao': 'Curazao',
    Netherlands: 'Países Bajos',
    France: 'Francia',
  } as Record<string, string>,
  ogLocale: 'es_LA',
  site: {
    editionsNav: 'Idioma',
    thisEdition: 'Español',
    shareImageAlt: 'El titular sobre un gráfico del saldo acumulado de los ataques de EE. UU. contra lanchas, por zona marítima',
    shortName: 'Ataques a lanchas',
    correctionsHeading: 'Correcciones',
    correctionsIntro: 'Dónde se equivocó este reportaje, qué decía y qué dice ahora. Los cambios en las filas de datos constan en las notas de cada fila.',
    correctionSaid: 'Decía:',
    correctionSays: 'Ahora dice:',
    correctionWhy: 'Por qué:',
    downloadsHeading: 'Descargar los datos',
    downloadsIntro: (date: string) => `Cada tabla de este reportaje en un archivo CSV, cada fila con sus fuentes. El reportaje cuenta las filas hasta el ${date}; los archivos incluyen todas las que recopilamos, también las posteriores.`,
    downloadThese: 'Descargar estas filas con sus fuentes (CSV)',
    embedsHeading: 'Insertar un gráfico',
    embedsIntro: 'Cada gráfico tiene una página propia, con todos sus pasos, para que otros sitios la inserten en un iframe:',
    tableFiles: {
      strikes: 'Ataques',
      deployments: 'Despliegues militares',
      troop_levels: 'Cifras de tropas reportadas',
      events: 'Hechos legales, diplomáticos y militares',
      votes: 'Votaciones en el Senado',
      facts: 'Cifras de la frontera, del derecho del mar y de recuentos publicados',
      corrections: 'Correcciones',
      sources: 'Fuentes',
    } as Record<string, string>,
    csvRows: (n: string) => `CSV, ${n} filas`,
    notFoundTitle: 'Página no encontrada',
    notFoundBody: 'No hay ninguna página en esta dirección. Puede haberse movido al actualizarse el reportaje.',
    notFoundLink: 'Ir al reportaje',
    skipToStory: 'Ir al reportaje',
    asOfLabel: 'Datos al',
    published: 'publicado',
    undated: 'sin fecha',
    sourcesLink: 'Fuentes y metodología',
    backToTop: 'Volver arriba',
    sourcesCited: 'Fuentes:',
    keyboardHint: 'Teclado: presione J para ir al siguiente paso del reportaje y K para volver al anterior.',
    staticEdition: 'Leer la versión estática',
    staticEditionNote: 'cada paso con su gráfico, sin efectos de desplazamiento; para imprimir y para los modos de lectura',
    noscript: 'Su navegador no está ejecutando JavaScript: aquí los gráficos se quedan en su estado inicial. La versión estática muestra cada paso con su gráfico:',
    staticTitle: (headline: string) => `${headline} (versión estática)`,
    staticIntro: 'La versión estática: cada paso del reportaje, seguido de su gráfico tal como se ve en ese paso.',
    backToStory: 'Volver al reportaje interactivo',
    allSources: (n: string) => `Las ${n} fuentes, con medio, título, fecha y enlace`,
    sourcesTitle: 'Fuentes',
    sourcesPageIntro: 'Cada fila de datos del reportaje identifica sus fuentes con estos códigos. Cada fuente se nombra por quien la publicó; cuando leímos una copia en otro sitio, ese sitio se indica después.',
    readAt: (site: string) => `leído en ${site}`,
    moreSources: (n: number) => `+${n} más`,
    sectionsNav: 'Secciones',
    updateKicker: 'Actualización',
    methodologyHeading: 'Fuentes y metodología',
    sourceTables: { strikes: 'Ataques', buildup: 'Despliegue militar, hechos y geografía' } as Record<string, string>,
  },

  deploymentsTable: {
    summary: 'Los despliegues de este mapa',
    caption: (n: string, date: string) =>
      `${count(n, 'despliegue informado', 'despliegues informados')} por primera vez hasta el ${date}, en el orden en que se informaron`,
    columns: { reported: 'Primer informe', asset: 'Unidad', count: 'Cantidad', personnel: 'Personal', where: 'Ubicación informada' },
  },

  embed: {
    title: (figure: string, headline: string) => `${figure}: ${headline}`,
    steps: 'Pasos de este gráfico',
    step: (i: string, n: string) => `Paso ${i} de ${n}`,
    previous: 'Paso anterior',
    next: 'Paso siguiente',
    slider: 'Paso',
    fullStory: 'Leer el reportaje completo',
    noscript: 'Los pasos de este gráfico necesitan JavaScript; la edición estática los muestra uno por uno.',
  },

  since: {
    label: 'Desde la publicación de este reportaje',
  },

  /** The server-side words of the strikes table (<DataTable figure="casualties">). */
  strikesTable: {
    tableSummary: 'Los datos de este gráfico',
    tableCaption: (n: string, date: string) => `${count(n, 'ataque anunciado', 'ataques anunciados')} hasta el ${date}, en el orden en que ocurrieron`,
    columns: {
      date: 'Fecha del ataque',
      announced: 'Anunciado',
      region: 'Zona marítima',
      location: 'Ubicación informada',
      vessels: 'Embarcaciones',
      killed: 'Muertos',
      survivors: 'Sobrevivientes',
      sources: 'Fuentes',
    },
    unknownValue: 'no informado',
    approxDate: 'fecha aproximada',
  },

  /** Each figure's text alternative, written at build time (src/figures/<id>/describe.ts). */
  describe: {
    casualties: {
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
      focus: (date: string, k: string, region: string) => `Señalado: el ataque del ${date} (${region}), ${killed(k)}.`,
      marker: (label: string, date: string) => `Línea del ${date}: ${label}.`,
      none: 'Gráfico: todavía no se había anunciado ningún ataque.',
    },
    strikeMap: {
      none: 'Mapa: todavía no se había anunciado ningún ataque.',
      lead: (date: string, parts: string[]) => `Mapa de los ataques anunciados hasta el ${date}, por zona marítima: ${parts.join('; ')}.`,
      zone: (name: string, strikes: string, n: number, k: string) => `${name}, ${strikes} ${n === 1 ? 'ataque' : 'ataques'} y ${killed(k)}`,
      approx: 'No se revelaron las ubicaciones exactas: los puntos se agrupan por zona marítima, no se sitúan donde fueron atacadas las lanchas.',
      survivors: (strikes: string, n: number, survivors: string) =>
        `En primer plano: ${strikes} ${n === 1 ? 'ataque que dejó' : 'ataques que dejaron'} ${survivorsOf(survivors)}.`,
      highlight: (name: string) => `En primer plano: los ataques en el ${name}.`,
      focus: (date: string, k: string, where: string) => `Señalado: el ataque del ${date}, ${killed(k)}; ubicación informada: ${where}.`,
    },
    buildup: {
      none: (d: string) => `Mapa: hasta el ${d} no se había informado ningún despliegue de EE. UU.`,
      lead: (d: string, n: string, parts: string[]) =>
        `Mapa del despliegue de EE. UU. según lo informado hasta el ${d}: ${count(n, 'despliegue', 'despliegues')} (${parts.join(', ')}).`,
      puertoRico: (n: string) => `${n === '1' ? 'Uno' : n} de ellos en Puerto Rico.`,
      approx: 'Los buques en el mar y los vuelos se agrupan en zonas aproximadas; no se revelaron sus posiciones.',
      troops: (n: string, d: string, what: string) => `Último total de efectivos informado: ${n} (${d}), que cuenta ${what}.`,
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
    legal: {
      zones: (ts: string, cz: string, eez: string) =>
        `Diagrama de las zonas marítimas según el derecho del mar de las Naciones Unidas: mar territorial hasta ${ts} millas náuticas, zona contigua hasta ${cz}, zona económica exclusiva hasta ${eez} y, más allá, alta mar.`,
      flights: (km: string, nm: string) =>
        `Aviones F-35 de EE. UU. volaron a unos ${km} km (${nm} mn) de Venezuela el 2 de octubre, dentro de su zona económica exclusiva.`,
      strikes: 'Los ataques se anunciaron como ocurridos en aguas internacionales; nunca se reveló a qué distancia de la costa.',
      frames: (k: string, strikes: string) =>
        `Dos marcos, uno junto al otro. Aplicación de la ley: interceptar, abordar, arrestar, procesar. Conflicto armado, según la visión del gobierno de EE. UU.: miembros de cárteles tratados como combatientes, fuerza letal, sin arresto; ${killed(k)} en ${strikesOf(strikes)} a la fecha de corte.`,
      voice: (who: string, quote: string) => `En primer plano: ${who}: ${quote}.`,
      target: (strikes: string, date: string, named: string, contested: string) =>
        `De ${count(strikes, 'ataque anunciado', 'ataques anunciados')} hasta el ${date}, el gobierno nombró a un grupo en ${named}; en ${contested}, un gobierno o familiares cuestionaron quién iba a bordo.`,
      vote: (date: string, yes: string, no: string, outcome: string) => `${date}: ${yes} a favor, ${no} en contra; ${outcome.toLowerCase()}.`,
    },
    timeline: {
      lead: (from: string, to: string, lanes: string[], strikes: string) =>
        `Cronología de la escalada del ${from} al ${to}: ${lanes.join(', ')}; ${count(strikes, 'ataque anunciado', 'ataques anunciados')}.`,
      lane: (name: string, n: string) => `${count(n, 'acción', 'acciones')} de ${name}`,
      focus: (date: string, who: string, what: string) => `En primer plano, ${date}, ${who}: ${what}`,
    },
    union: {
      message:
        'Mapa con Colombia, Venezuela, Ecuador y Panamá, las naciones de la Gran Colombia, resaltadas: el 9 de noviembre de 2025, Petro propuso que formaran una confederación.',
      border: (km: string, crossings: string) =>
        `Mapa con la frontera terrestre entre Colombia y Venezuela resaltada: ${km} km según la cifra de la Cancillería colombiana; ${crossings}. En julio y septiembre de 2025 se acordaron zonas binacionales.`,
      stance: (n: string, date: string) =>
        `Mapa con Colombia resaltada. Hasta el ${date} se ${n === '1' ? 'había' : 'habían'} informado ${count(n, 'despliegue', 'despliegues')} de EE. UU. en el Caribe; Petro calificó la campaña de guerra por el petróleo.`,
      depth: 'Mapa con Colombia y Venezuela resaltadas juntas: Petro pidió a Venezuela coordinar tropas a lo largo de la frontera; EE. UU. anunció el fin de la ayuda y lo sancionó.',
      triangle:
        'Diagrama sobre el mapa: Estados Unidos unido a Colombia como socios contra el narcotráfico y a Venezuela por la presión, con un nuevo vínculo entre Colombia y Venezuela: un triángulo en lugar de un par.',
    },
  },
};
