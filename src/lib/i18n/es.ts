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
const MONTH_LONG = new Intl.DateTimeFormat('es', { timeZone: 'UTC', month: 'long' });
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
    legendCaribbean: 'Caribe',
    legendPacific: 'Pacífico oriental',
    legendSurvivors: 'Ataque con sobrevivientes',
  },

  map: {
    close: 'Cerrar',
  },


  strikeMap: {
    legendArea: 'Mar según el anuncio; zona aproximada',
    legendUnit: 'Un ataque; tamaño según muertos',
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
    zoneName: { caribbean: 'Caribe', eastern_pacific: 'Pacífico oriental', unknown: 'Zona marítima no revelada' } as Record<string, string>,
    zoneTotals: (strikes: string, n: number, k: string) => `${strikes} ${n === 1 ? 'ataque' : 'ataques'} · ${killed(k)}`,
    markName: (date: string, k: string, region: string) => `Ataque del ${date}, ${region}: ${killed(k)}`,
    markTitle: (date: string) => `Ataque del ${date}`,
    markKilled: (k: string) => killed(k),
    markSurvivors: (n: string) => survivorsOf(n),
    markNoSurvivors: 'No se anunciaron sobrevivientes',
    markWhere: (where: string) => `Ubicación informada: ${where}`,
    markAnnounced: (date: string) => `Anunciado el ${date}`,
    markRecord: 'Este ataque, sus fuentes y sus datos',
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
  },

  legal: {
    actor: { united_states: 'Gobierno de EE. UU.', us_congress: 'Senado de EE. UU.', colombia: 'Colombia', venezuela: 'Venezuela', un: 'Naciones Unidas', iachr: 'Comisión Interamericana de Derechos Humanos', courts: 'Tribunales de EE. UU.', other: 'Otros' } as Record<string, string>,
  },

  timeline: {
    lanes: { united_states: 'Gobierno y Senado de EE. UU.', colombia: 'Colombia', venezuela: 'Venezuela', un: 'Naciones Unidas' } as Record<string, string>,
    strikesLane: 'Ataques a lanchas',
    intro: 'Cada punto es una acción jurídica, diplomática o militar; la fila inferior, los ataques tal como se anunciaron, por mar.',
    note: 'Ataques según muertos:',
    also: 'Además:',
    /** «9 oct., La Casa Blanca rechaza…» */
    item: (iso: string, label: string) => `${Number(iso.slice(8, 10))} ${shortMonth(iso)}, ${label}`,
  },

};

export const es: Strings = {
  ...esFigures,
  /** The legal figure's words: laid out at build time (src/figures/legal/view.ts), so none of them ships as code. */
  legalFigure: {
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
    announcedThrough: (date: string) => `ataques anunciados hasta el ${date}`,
    dto: 'La mayoría solo dijo «Organización Terrorista Designada».',
    named: (n: string, groups: string) => `Con grupo nombrado: ${n} (${groups})`,
    disputed: (n: string) => `Cuestionados por gobiernos o familiares: ${n}`,
    unnamed: (n: string) => `Sin grupo nombrado: ${n}`,
    tally: (yes: string, no: string, outcome: string) => `${yes}\u2011${no}, ${outcome.toLowerCase()}`,
    outcome: { passed: 'Aprobada', failed: 'Rechazada' } as Record<string, string>,
    half: 'Oscuro: votos a favor, de 100. Línea: mitad del Senado; con empate, no se aprueba.',
  },

  /**
   * The casualty chart's words that its island receives already written (its props, made at
   * build time), so they cost no JavaScript: totals, dates, axis labels.
   */
  casualtiesText: {
    peopleKilled: (n: string) => killed(n),
    inStrikes: (n: string, k: number) => `en ${n} ${k === 1 ? 'ataque' : 'ataques'}`,
    /** The top label of the y axis carries the unit. */
    yTop: (n: string) => killed(n),
    legendUnknown: 'Zona no revelada',
    announcedThrough: (date: string) => `Anunciados hasta el ${date}`,
    laterPart: (k: string, date: string) => `${k} de ellos, después del ${date}`,
    sizeNote: 'Área del círculo: muertos en ese ataque',
    missingKey: (n: string) => `${n} con sobrevivientes nunca hallados`,
    talliesKey: (n: string, outlet: string) => `Recuentos publicados (último: ${n}, ${outlet})`,
  },
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
    correctionsIntro: 'Dónde se equivocó este reportaje, qué decía y qué dice ahora. Los cambios en los datos constan, celda por celda, junto al registro de ataques.',
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
      tallies: 'Recuentos publicados por otros medios',
      changes: 'Cambios en los datos de los ataques',
      releases: 'Versiones publicadas de los datos de los ataques',
      sources: 'Fuentes',
    } as Record<string, string>,
    csvRows: (n: string) => `CSV, ${n} filas`,
    notFoundTitle: 'Página no encontrada',
    notFoundBody: 'No hay ninguna página en esta dirección. Puede haberse movido al actualizarse el reportaje.',
    notFoundLink: 'Ir al reportaje',
    skipToStory: 'Ir al reportaje',
    asOfLabel: 'Datos al',
    publishedLabel: 'Publicado el',
    updatedLabel: 'Actualizado el',
    records: (checked: string, latest: string) => `Registros revisados hasta el ${checked}; el último ataque en ellos, del ${latest}.`,
    shareDates: (through: string, published: string, updated: string) => `Hasta el ${through} · Publicado el ${published} · Actualizado el ${updated}`,
    sinceLink: 'Lo que pasó después',
    published: 'publicado',
    undated: 'sin fecha',
    sourcesLink: 'Fuentes y metodología',
    backToTop: 'Volver arriba',
    sourcesCited: 'Fuentes:',
    stepSources: (n: string) => `Fuentes (${n})`,
    keyboardHint: 'Teclado: presione J para ir al siguiente paso del reportaje y K para volver al anterior.',
    staticEdition: 'Leer la versión estática',
    staticEditionNote: 'cada paso con su gráfico, sin efectos de desplazamiento; para imprimir y para los modos de lectura',
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
    headlines: {
      casualties: (date: string) => `Muertes en los ataques de EE. UU. contra lanchas, hasta el ${date}`,
      strikemap: (date: string) => `Dónde atacó EE. UU. lanchas, por zona marítima, hasta el ${date}`,
      buildup: (date: string) => `El despliegue militar de EE. UU., según lo reportado hasta el ${date}`,
      legal: () => 'Las cuestiones jurídicas de los ataques contra lanchas',
      timeline: (date: string) => `Cómo escaló la disputa diplomática, hasta el ${date}`,
      union: () => 'Colombia y Venezuela, y la idea de Petro de una unión',
    } as Record<string, (date: string) => string>,
  },

  since: {
    label: 'Desde la publicación de este reportaje',
  },

  /** El gráfico de apertura bajo el titular (src/components/story/Lead.astro). */
  lead: {
    toll: (dead: string, strikes: string, k: number) => `${killed(dead)} en ${strikes} ${strikesWord(k)}`,
    scope: (date: string) => `Ataques de EE. UU. contra lanchas anunciados hasta el ${date}`,
    survivor: 'Sobrevivió; no se cuenta',
    caption: 'Cada cuadrado es una persona muerta; cada columna, un ataque, en el orden en que ocurrieron.',
    published: (date: string, toll: string) => `Publicado el ${date}: ${toll}`,
    marker: 'Publicación del reportaje',
    seas: { caribbean: 'Caribe', eastern_pacific: 'Pacífico oriental', unknown: 'Zona marítima no revelada' } as Record<string, string>,
    sea: (sea: string, strikes: string, k: number, dead: string) => `${sea}, ${strikes} ${strikesWord(k)} y ${killed(dead)}`,
    alt: (toll: string, date: string, seas: string, deadliest: string, deadliestOn: string, survivors: string) =>
      `Gráfico: ${toll} en ataques de EE. UU. contra lanchas anunciados hasta el ${date}, un cuadrado por persona muerta, una columna por ataque. Por zona marítima: ${seas}. El más mortífero, el ${deadliestOn}, dejó ${killed(deadliest)}.${survivors}`,
    altSurvivors: (n: string) => (n === '1' ? ' 1 persona sobrevivió a un ataque; se marca aparte y no se cuenta.' : ` ${n} personas sobrevivieron a los ataques; se marcan aparte y no se cuentan.`),
    menu: 'Contenido y opciones de lectura',
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

  tracker: {
    dispute: {
      title: 'Tres recuentos de los muertos',
      intro: 'Nuestro recuento suma las muertes anunciadas de cada ataque. Muchos medios cuentan también a los sobrevivientes que nunca fueron hallados, y algunos recuentos son aún más altos.',
      announced: 'Muertes anunciadas (nuestro recuento)',
      withPresumed: 'Más los sobrevivientes nunca hallados',
      published: 'Un recuento publicado por un medio',
      endAnnounced: (n: string) => `${n} anunciados`,
      endPresumed: (n: string) => `${n} con los sobrevivientes nunca hallados`,
      latest: (outlet: string, date: string, n: string) => `${outlet}, ${date}: ${n}`,
      credit: (outlet: string, via: string) => (via ? `${outlet} (según ${via})` : outlet),
      partsHeading: 'Dónde se separan los recuentos',
      part: (date: string, n: string, one: boolean) => `${date}: ${n} ${one ? 'sobreviviente nunca hallado' : 'sobrevivientes nunca hallados'}`,
      gap: (outlet: string, date: string, n: string, ours: string, gap: string) =>
        `El último recuento, ${n} de ${outlet} al ${date}, supera en ${gap} nuestro recuento con los sobrevivientes nunca hallados (${ours}).`,
      alt: (end: string, announced: string, presumed: string, missing: string, latest: string) =>
        `Gráfico del saldo acumulado de muertos en los ataques de EE. UU. contra lanchas según tres medidas, hasta el ${end}: ${announced} muertes anunciadas; ${presumed} contando a los ${missing} sobrevivientes nunca hallados; y los recuentos publicados por los medios, el último ${latest}.`,
      sources: 'Recuentos tal como se publicaron',
    },
    title: 'Los ataques en nuestros registros',
    pageTitle: 'Ataques de EE. UU. contra lanchas en nuestros registros: el rastreador',
    intro: (n: string, date: string) => `Cada ataque de EE. UU. contra una lancha en nuestros registros, ${n} hasta el ${date}, del más reciente al más antiguo. Cada uno tiene su página, con sus fuentes; las cifras son las anunciadas, y donde otros medios cuentan distinto, la metodología del reportaje explica por qué. Los recuentos publicados sugieren que faltan unos dos ataques en nuestros registros.`,
    record: (date: string) => `el ataque del ${date}, en el registro`,
    navLink: 'Los ataques en nuestros registros, uno por uno',
    filters: 'Filtrar los ataques',
    sea: 'Mar',
    anySea: 'Cualquier mar',
    from: 'Desde',
    to: 'Hasta',
    anyMonth: 'Cualquier mes',
    month: (iso: string) => `${MONTH_LONG.format(utc(`${iso}-01`))} de ${iso.slice(0, 4)}`,
    withSurvivors: 'Con sobrevivientes',
    disputed: 'Identidad de los tripulantes en disputa',
    sort: 'Orden',
    sortDate: 'Más recientes primero',
    sortDeaths: 'Más muertos primero',
    apply: 'Mostrar',
    reset: 'Mostrar todos los ataques',
    countWords: { strike: ['ataque', 'ataques'], killed: ['muerto', 'muertos'] },
    count: (strikes: string, dead: string) => `${strikesOf(strikes)}, ${killed(dead)}`,
    noScript: 'Los filtros necesitan JavaScript; sin él, abajo figuran todos los ataques.',
    none: 'Ningún ataque coincide con estos filtros.',
    noScriptPaged: (size: string) => `Los filtros necesitan JavaScript; sin él, abajo figuran todos los ataques, ${size} por página, los más recientes primero.`,
    pages: 'Páginas de la lista',
    pageOf: (n: string, of: string) => `Página ${n} de ${of}`,
    newerPage: 'Ataques más recientes',
    olderPage: 'Ataques anteriores',
    showMore: 'Mostrar más ataques',
    struck: 'Fecha del ataque',
    announced: 'Anunciado',
    firstReported: 'Primera noticia',
    notDisclosed: 'no informado',
    sea_: 'Zona marítima',
    vessels: 'Embarcaciones',
    killed: 'Muertos',
    survivors: 'Sobrevivientes',
    survivorFate: 'Qué fue de ellos, según el registro',
    location: 'Dónde, según lo informado',
    seaMapAlt: (sea: string) => `Mapa: ${sea}, sombreado entero según el anuncio; no se reveló ninguna posición.`,
    approximate: 'Aproximado: no se reveló la posición.',
    named: 'Quién iba a bordo, según el anuncio',
    namedGroup: (group: string) => `un grupo nombrado: ${group}`,
    namedNone: 'ningún grupo nombrado (una «organización terrorista designada» o traficantes)',
    disputedBy: 'En disputa',
    sources: 'Fuentes',
    strikeTitle: (date: string) => `Ataque del ${date}`,
    undatedTitle: (date: string) => `Ataque informado por primera vez el ${date}`,
    older: 'Ataque anterior',
    newer: 'Ataque siguiente',
    all: 'Todos los ataques',
    rowData: 'Esta fila como datos',
    toll: 'Su lugar en la campaña',
    tollAlt: (n: string, dead: string, total: string, date: string) => `Gráfico del saldo acumulado de los ataques de EE. UU. contra lanchas, con este ataque marcado: el ataque ${n} en orden; sus ${killed(dead)} llevaron el saldo a ${total} al ${date}.`,
    tollCaption: (n: string, total: string) => `Ataque ${n} en orden; el saldo tras él: ${killed(total)}.`,
    feedTitle: 'Ataques de EE. UU. contra lanchas: todos los ataques',
    seaIn: { caribbean: 'en el Caribe', eastern_pacific: 'en el Pacífico oriental', unknown: 'en una zona marítima no revelada' } as Record<string, string>,
    feedItem: (date: string, where: string, dead: string) => `${date}: un ataque ${where}, ${killed(dead)}`,
    feedSummary: (dead: string, survivors: string | null, where: string, boats = 1) =>
      `Un ataque de EE. UU. contra ${boats > 1 ? `${boats} lanchas` : 'una lancha'} ${where} dejó ${killed(dead)}${survivors ? `; ${survivorsOf(survivors)}` : ''}.`,
    presumedDead: 'Sobrevivientes nunca hallados, que los medios cuentan como muertos',
    feeds: 'Seguir los nuevos ataques',
    changes: {
      title: 'Cambios en los datos',
      pageTitle: 'Cambios en los datos de los ataques: cada corrección, cada versión',
      intro: 'Cada cambio en una fila publicada de la tabla de ataques: qué decía la celda, qué dice ahora, por qué y con qué fuente. Cada versión publicada de la tabla conserva su propia dirección, para que una cifra citada de ella pueda comprobarse siempre.',
      versions: 'Versiones de la tabla',
      version: (date: string) => `Versión del ${date}`,
      rows: (n: string) => `${n} ataques`,
      current: 'vigente',
      log: 'Cada cambio, del más reciente al más antiguo',
      field: {
        strike_date: 'Ataque',
        announced_date: 'Anuncio',
        reported_by: 'Primer informe',
        region: 'Zona marítima',
        location_as_reported: 'Dónde, según lo informado',
        vessels: 'Embarcaciones',
        killed: 'Muertos',
        survivors: 'Sobrevivientes',
        presumed_dead: 'Sobrevivientes nunca hallados',
        survivor_fate: 'Qué fue de los sobrevivientes',
        vessel_note: 'Nota sobre las embarcaciones',
        attribution_claims: 'Quién se dijo que iba a bordo',
        source_ids: 'Fuentes',
        notes: 'Notas',
      } as Record<string, string>,
      was: 'antes',
      now: 'ahora',
      empty: 'vacía',
      added: 'Se añadió',
      dropped: 'Se quitó',
      why: 'Por qué:',
      source: 'Fuente:',
      last: 'Último cambio en esta fila',
      unchanged: (date: string) => `Sin cambios desde la primera versión de los datos, del ${date}.`,
      every: 'Todos los cambios en los datos',
      version_: (date: string) => `versión del ${date}`,
      corrections: 'Correcciones al reportaje',
      correctionsIntro: 'Dónde se equivocó el reportaje, qué decía y qué dice ahora.',
    },
  },

  /** Each figure's text alternative, written at build time (src/figures/<id>/describe.ts). */
  /** Las palabras del mapa de la unión: se colocan en el mapa al compilar (src/figures/union/data.ts). */
  union: {
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
    us: 'Estados Unidos',
    usCo: 'Descertificación, sanciones',
    usVe: 'Ataques a lanchas',
    coVe: 'Propuesta de unión',
  },

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
      later: (k: string, strikes: string, date: string) => `En un tono más claro, ${killed(k)} en los ${strikes} anunciados después del ${date}, cuando se publicó este reportaje.`,
      dispute: (total: string, missing: string, tallies: string, latest: string, outlet: string, date: string) =>
        `Una línea discontinua suma además los ${missing} sobrevivientes nunca hallados, para ${total}. ${tallies} puntos marcan los recuentos que publicaron los medios; el último, de ${outlet}, ${latest} el ${date}.`,
      none: 'Gráfico: todavía no se había anunciado ningún ataque.',
    },
    strikeMap: {
      none: 'Mapa: todavía no se había anunciado ningún ataque.',
      lead: (date: string, parts: string[]) => `Mapa de los ataques anunciados hasta el ${date}, por zona marítima: ${parts.join('; ')}.`,
      zone: (name: string, strikes: string, n: number, k: string) => `${name}, ${strikes} ${n === 1 ? 'ataque' : 'ataques'} y ${killed(k)}`,
      approx: 'No se reveló ninguna posición: el mapa sombrea cada mar a grandes rasgos y no sitúa ningún ataque; los ataques se cuentan por mar junto al mapa.',
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
    legal: {
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
    timeline: {
      lead: (from: string, to: string, lanes: string[], strikes: string) =>
        `Cronología de la escalada del ${from} al ${to}: ${lanes.join(', ')}; ${count(strikes, 'ataque anunciado', 'ataques anunciados')}.`,
      lane: (name: string, n: string) => `${count(n, 'acción', 'acciones')} de ${name}`,
      focus: (date: string, who: string, what: string) => `En primer plano, ${date}, ${who}: ${what}`,
      seas: (parts: string[]) => `Ataques por mar: ${parts.join(', ')}.`,
      also: (items: string[]) => `Se suman además: ${items.join('; ')}.`,
    },
    union: {
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
  },
};
