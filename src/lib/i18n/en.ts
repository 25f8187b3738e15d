/**
 * Every string of the page chrome, and how numbers and dates are written, for the English
 * edition. A Spanish edition adds a sibling module with the same shape (`Strings`).
 */

// AP style, as U.S. newsrooms write dates: "Sept. 2, 2025", "March 8".
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

// One formatter for the page: building one per call cost a map's step change 2 ms at 4x CPU.
const NUMBER = new Intl.NumberFormat('en-US');

function parts(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

/** What the figures say in the reader's browser: formats and each figure's words. The islands load only this (src/components/story/islands.ts). */
export const enFigures = {
  lang: 'en',
  locale: 'en-US',
  number: (n: number) => NUMBER.format(n),
  /** "Sept. 2, 2025" */
  date: (iso: string) => {
    const { y, m, d } = parts(iso);
    return `${MONTHS[m - 1]} ${d}, ${y}`;
  },

  /** "Sept. 2" */
  dayMonth: (iso: string) => {
    const { m, d } = parts(iso);
    return `${MONTHS[m - 1]} ${d}`;
  },

  /** Axis ticks: "Sept." and "Jan. 2026" where the year turns. */
  monthTick: (iso: string, withYear: boolean) => {
    const { y, m } = parts(iso);
    return withYear ? `${MONTHS[m - 1]} ${y}` : MONTHS[m - 1];
  },

  regions: {
    caribbean: 'Caribbean',
    eastern_pacific: 'eastern Pacific',
    unknown: 'sea area not disclosed',
  } as Record<string, string>,

  casualties: {
    title: 'Deaths in U.S. strikes on boats',
    peopleKilled: (n: string) => `${n} killed`,
    inStrikes: (n: string, k: number) => `in ${n} ${k === 1 ? 'strike' : 'strikes'}`,
    /** The top label of the y axis carries the unit. */
    yTop: (n: string) => `${n} deaths`,
    legendCaribbean: 'Caribbean',
    legendPacific: 'Eastern Pacific',
    legendSurvivors: 'Strike with survivors',
    sizeNote: 'Circle area: deaths in that strike',
  },

  map: {
    close: 'Close',
  },


  strikeMap: {
    legendArea: 'Sea area; positions not disclosed',
    note: 'Each dot is one strike, sized by deaths, grouped by the sea area the U.S. gave. The government did not disclose where the boats were hit.',
    zoneName: { caribbean: 'Caribbean', eastern_pacific: 'Eastern Pacific', unknown: 'Sea area not disclosed' } as Record<string, string>,
    zoneTotals: (strikes: string, n: number, killed: string) => `${strikes} ${n === 1 ? 'strike' : 'strikes'} · ${killed} killed`,
    markName: (date: string, killed: string, region: string) => `Strike of ${date}, ${region}: ${killed} killed`,
    markTitle: (date: string) => `Strike of ${date}`,
    markKilled: (killed: string) => `${killed} killed`,
    markSurvivors: (n: string) => `${n} survived`,
    markNoSurvivors: 'No survivors announced',
    markWhere: (where: string) => `Reported location: ${where}`,
    markAnnounced: (date: string) => `Announced ${date}`,
  },

  buildup: {
    symbols: {
      large_ship: 'Carrier or amphibious groups',
      ship: 'Warships',
      submarine: 'Submarines',
      aircraft: 'Aircraft deployments',
      drone: 'Drone deployments',
      base: 'Bases reopened',
    } as Record<string, string>,
    anchors: {
      puerto_rico: 'Puerto Rico',
      trinidad: 'Port call, Trinidad and Tobago',
      el_salvador: 'El Salvador',
      off_venezuela: 'Off Venezuela',
      caribbean_sea: 'Caribbean, at sea',
      eastern_pacific: 'Eastern Pacific, at sea',
      en_route: 'Ordered to the region',
    } as Record<string, string>,
    areaNote: 'approximate',
    note: 'Each symbol is one deployment as first reported. Ships at sea and flights are grouped in approximate areas; only bases and port calls are placed where reported.',
    markName: (asset: string, date: string) => `${asset}, first reported ${date}`,
    markCount: (n: string) => `Number reported: ${n}`,
    markPersonnel: (p: string) => `Personnel: ${p}`,
    markWhere: (w: string) => `Reported location: ${w}`,
    markReported: (d: string) => `First reported ${d}`,
    troopsTitle: 'U.S. troops reported in the region',
    troopsNote: 'Totals count different things (ships only, or ships and forces ashore), so they do not line up.',
    troopsLabel: (n: string, d: string) => `${n} (${d})`,
  },

  legal: {
    zonesTitle: 'Where a coastal state’s rights end, under the U.N. law of the sea',
    zones: { territorial: 'Territorial sea', contiguous: 'Contiguous zone', eez: 'Exclusive economic zone', high: 'High seas' },
    upTo: (nm: string) => `to ${nm} nautical miles`,
    flights: (km: string, nm: string) => `U.S. F-35s, Oct. 2: about ${km} km (${nm} nm) off Venezuela`,
    strikesBand: 'The strikes: announced as in “international waters”, outside any territorial sea; how far out was never disclosed',
    schematic: 'Schematic: distances to scale from a straight coastline, measured from the baseline.',
    enforcementTitle: 'Law enforcement',
    enforcementGist: 'Stop, board, arrest, prosecute',
    conflictTitle: 'Armed conflict (the administration’s view)',
    conflictGist: 'Cartel members as combatants: lethal force, no arrest',
    toll: (killed: string, strikes: string, survivors: string) => `By the as-of date: ${killed} killed in ${strikes} strikes; ${survivors} survivors.`,
    actor: { united_states: 'U.S. administration', us_congress: 'U.S. Senate', colombia: 'Colombia', venezuela: 'Venezuela', un: 'United Nations', iachr: 'Inter-American Commission on Human Rights', courts: 'U.S. courts', other: 'Other' } as Record<string, string>,
    targetTitle: (date: string) => `Who was aboard? What the announcements said, through ${date}`,
    strikesAnnounced: 'strikes announced',
    namedGroup: (groups: string) => `named a group: ${groups}; the rest said only “Designated Terrorist Organization”`,
    contested: 'disputed by a government or by relatives:',
    congressTitle: 'Senate votes on war powers resolutions',
    yes: (n: string) => `${n} yes`,
    no: (n: string) => `${n} no`,
    outcome: { passed: 'Passed', failed: 'Failed' } as Record<string, string>,
    noVotes: 'No vote had been held yet.',
    majorityNote: 'Line: half of the Senate’s 100 seats. A tie fails.',
  },

  timeline: {
    lanes: { united_states: 'United States', colombia: 'Colombia', venezuela: 'Venezuela', un: 'United Nations' } as Record<string, string>,
    strikesLane: 'Boat strikes',
    intro: 'Each dot is a legal, diplomatic or military move; the bottom row, the strikes as announced.',
    note: 'U.S. lane includes the Senate. Strike circles are sized by deaths.',
  },

  union: {
    reasons: {
      message: 'A message to Washington',
      border: 'Border and trade',
      stance: 'Against intervention',
      depth: 'Under U.S. pressure, closer to Caracas',
      triangle: 'From two sides to three',
    } as Record<string, string>,
    borderLength: (km: string) => `Shared land border: ${km} km`,
    lengths: (items: string[]) => `Border length as sources give it: ${items.join('; ')}.`,
    crossings: (items: string) => `Official crossings: ${items}.`,
    granColombia: 'Gran Colombia: Colombia, Venezuela, Ecuador, Panama',
    buildup: (n: string, date: string) => `U.S. deployments to the Caribbean first reported by ${date}: ${n}.`,
    us: 'United States ↑',
    partner: 'Counternarcotics partners',
    pressure: 'Pressure',
    unionTalk: 'Union talk',
  },
};

export const en = {
  ...enFigures,
  /** Names on the maps, by Natural Earth name; put into each map's labels at build time (namedIn, src/lib/map/labels.ts). */
  places: {
    'Dominican Rep.': 'Dominican Republic',
    'Trinidad and Tobago': 'Trinidad and Tobago',
  } as Record<string, string>,
  /** Open Graph's name for the edition's language. */
  ogLocale: 'en_US',
  site: {
    editionsNav: 'Language',
    /** This edition's name, in its own language: the other edition's switch shows it. */
    thisEdition: 'English',
    shareImageAlt: 'The headline above a chart of the running toll of U.S. strikes on boats, by sea area',
    shortName: 'Boat strikes',
    correctionsHeading: 'Corrections',
    correctionsIntro: 'Where this story was wrong, what it said and what it says now. Changes to the data rows are in the notes of each row.',
    correctionSaid: 'It said:',
    correctionSays: 'It now says:',
    correctionWhy: 'Why:',
    downloadsHeading: 'Download the data',
    downloadsIntro: (date: string) => `Each table behind this story as a CSV file, every row with its sources. The story counts rows through ${date}; the files hold every row we compiled, later ones included.`,
    downloadThese: 'Download these rows with their sources (CSV)',
    embedsHeading: 'Embed a figure',
    embedsIntro: 'Each figure has a page of its own, with all its steps, for other sites to place in an iframe:',
    tableFiles: {
      strikes: 'Strikes',
      deployments: 'Build-up deployments',
      troop_levels: 'Reported troop totals',
      events: 'Legal, diplomatic and military events',
      votes: 'Senate votes',
      facts: 'Border, law-of-the-sea and published-tally figures',
      corrections: 'Corrections',
      sources: 'Sources',
    } as Record<string, string>,
    csvRows: (n: string) => `CSV, ${n} rows`,
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. It may have moved when the story was updated.',
    notFoundLink: 'Go to the story',
    skipToStory: 'Skip to the story',
    asOfLabel: 'Data as of',
    published: 'published',
    undated: 'date not shown',
    sourcesLink: 'Sources and methodology',
    backToTop: 'Back to the top',
    sourcesCited: 'Sources:',
    keyboardHint: 'Keyboard: press J for the next step of the story and K for the previous one.',
    staticEdition: 'Read the static edition',
    staticEditionNote: 'every step with its figure, no scrolling effects; for print and reader modes',
    noscript: 'Your browser is not running JavaScript: the figures stay in their first state here. The static edition shows every step with its figure:',
    staticTitle: (headline: string) => `${headline} (static edition)`,
    staticIntro: 'The static edition: each step of the story followed by its figure in that step’s state.',
    backToStory: 'Back to the scrolling story',
    allSources: (n: string) => `All ${n} sources, with outlet, title, date and link`,
    sourcesTitle: 'Sources',
    sourcesPageIntro: 'Every data row behind the story names its sources by these ids. Each source is named by its publisher; where we read a copy on another site, that site follows.',
    readAt: (site: string) => `read at ${site}`,
    moreSources: (n: number) => `+${n} more`,
    sectionsNav: 'Sections',
    updateKicker: 'Update',
    methodologyHeading: 'Sources and methodology',
    sourceTables: { strikes: 'Strikes', buildup: 'Build-up, events and geography' } as Record<string, string>,
  },

  deploymentsTable: {
    summary: 'The deployments on this map',
    caption: (n: string, date: string) => `${n} deployments first reported through ${date}, in the order they were reported`,
    columns: { reported: 'First reported', asset: 'Asset', count: 'Number', personnel: 'Personnel', where: 'Location as reported' },
  },

  embed: {
    title: (figure: string, headline: string) => `${figure}: ${headline}`,
    steps: 'Steps of this figure',
    step: (i: string, n: string) => `Step ${i} of ${n}`,
    previous: 'Previous step',
    next: 'Next step',
    slider: 'Step',
    fullStory: 'Read the full story',
    noscript: 'The steps of this figure need JavaScript; the static edition shows each one.',
  },

  since: {
    label: 'Since this story was published',
  },

  /** The server-side words of the strikes table (<DataTable figure="casualties">). */
  strikesTable: {
    tableSummary: 'The data behind this chart',
    tableCaption: (n: string, date: string) => `${n} strikes announced through ${date}, in the order they happened`,
    columns: {
      date: 'Date struck',
      announced: 'Announced',
      region: 'Sea area',
      location: 'Location as reported',
      vessels: 'Vessels',
      killed: 'Killed',
      survivors: 'Survivors',
      sources: 'Sources',
    },
    unknownValue: 'not given',
    approxDate: 'date approximate',
  },

  /** Each figure's text alternative, written at build time (src/figures/<id>/describe.ts). */
  describe: {
    casualties: {
      lead: (killed: string, strikes: string, n: number, from: string, to: string) =>
        `Chart: ${killed} ${killed === '1' ? 'person' : 'people'} killed in ${strikes} announced U.S. ${n === 1 ? 'strike' : 'strikes'} on boats ${from === to ? `on ${from}` : `between ${from} and ${to}`}.`,
      byRegion: (parts: string[]) => `By sea area: ${parts.join('; ')}.`,
      regionPart: (region: string, killed: string, strikes: string) => `${region}, ${killed} killed in ${strikes}`,
      strikesWord: (n: number): string => (n === 1 ? 'strike' : 'strikes'),
      highlight: {
        survivors: (strikes: string, survivors: string) => `Highlighted: strikes that left survivors (${strikes}; ${survivors} survivors in all).`,
        eastern_pacific: (strikes: string, killed: string) => `Highlighted: the ${strikes} in the eastern Pacific, ${killed} killed.`,
        caribbean: (strikes: string, killed: string) => `Highlighted: the ${strikes} in the Caribbean, ${killed} killed.`,
      },
      focus: (date: string, killed: string, region: string) => `Marked: the strike of ${date} in the ${region}, ${killed} killed.`,
      marker: (label: string, date: string) => `Line at ${date}: ${label}.`,
      none: 'Chart: no strikes had been announced yet.',
    },
    strikeMap: {
      none: 'Map: no strikes had been announced yet.',
      lead: (date: string, parts: string[]) => `Map of strikes announced through ${date}, by sea area: ${parts.join('; ')}.`,
      zone: (name: string, strikes: string, n: number, killed: string) => `${name}, ${strikes} ${n === 1 ? 'strike' : 'strikes'} and ${killed} killed`,
      approx: 'Exact positions were not disclosed; dots are grouped by sea area, not placed where the boats were hit.',
      survivors: (strikes: string, n: number, survivors: string) => `Highlighted: ${strikes} ${n === 1 ? 'strike' : 'strikes'} that left ${survivors} survivors.`,
      highlight: (name: string) => `Highlighted: the ${name} strikes.`,
      focus: (date: string, killed: string, where: string) => `Marked: the strike of ${date}, ${killed} killed, reported as ${where}.`,
    },
    buildup: {
      none: (d: string) => `Map: no U.S. deployments had been reported by ${d}.`,
      lead: (d: string, n: string, parts: string[]) => `Map of the U.S. build-up as reported by ${d}: ${n} deployments (${parts.join(', ')}).`,
      puertoRico: (n: string) => `${n} of them in Puerto Rico.`,
      approx: 'Ships at sea and flights are grouped in approximate areas; positions were not disclosed.',
      troops: (n: string, d: string, what: string) => `Latest reported troop total: ${n} (${d}), counting ${what}.`,
      highlight: (g: string) => `Highlighted: ${g}.`,
      focus: (asset: string, d: string, where: string) => `Marked: ${asset}, first reported ${d}, ${where}.`,
      /** One of each, for counts of 1 in the text alternative. */
      symbolOne: {
        large_ship: 'carrier or amphibious group',
        ship: 'warship',
        submarine: 'submarine',
        aircraft: 'aircraft deployment',
        drone: 'drone deployment',
        base: 'base reopened',
      } as Record<string, string>,
      groups: { ships: 'ships', aircraft: 'aircraft and drones', bases: 'bases' } as Record<string, string>,
    },
    legal: {
      zones: (ts: string, cz: string, eez: string) => `Diagram of the sea zones under the U.N. law of the sea: territorial sea to ${ts} nautical miles, contiguous zone to ${cz}, exclusive economic zone to ${eez}, then the high seas.`,
      flights: (km: string, nm: string) => `U.S. F-35s flew about ${km} km (${nm} nm) off Venezuela on Oct. 2, inside its economic zone.`,
      strikes: 'The strikes were announced as in international waters; their distance from any coast was never disclosed.',
      frames: (killed: string, strikes: string) => `Two frames side by side. Law enforcement: stop, board, arrest, prosecute. Armed conflict, the administration's view: cartel members treated as combatants, lethal force, no arrest; ${killed} killed in ${strikes} strikes by the as-of date.`,
      voice: (who: string, quote: string) => `Highlighted: ${who}: ${quote}.`,
      target: (strikes: string, date: string, named: string, contested: string) => `Of ${strikes} strikes announced through ${date}, the government named a group in ${named}; in ${contested}, a government or relatives disputed who was aboard.`,
      vote: (date: string, yes: string, no: string, outcome: string) => `${date}: ${yes} yes, ${no} no; ${outcome.toLowerCase()}.`,
    },
    timeline: {
      lead: (from: string, to: string, lanes: string[], strikes: string) => `Timeline of the escalation from ${from} to ${to}: ${lanes.join(', ')}; ${strikes} strikes announced.`,
      lane: (name: string, n: string) => `${name} ${n} ${n === '1' ? 'move' : 'moves'}`,
      focus: (date: string, who: string, what: string) => `Highlighted, ${date}, ${who}: ${what}`,
    },
    union: {
      message: 'Map of Colombia, Venezuela, Ecuador and Panama, the nations of Gran Colombia, highlighted: Petro proposed they form a confederation, on Nov. 9, 2025.',
      border: (km: string, crossings: string) => `Map of the Colombia–Venezuela land border, highlighted: ${km} km by the Colombian Foreign Ministry's figure; ${crossings}. Binational zones were agreed in July and September 2025.`,
      stance: (n: string, date: string) => `Map with Colombia highlighted. ${n} U.S. deployments to the Caribbean had been reported by ${date}; Petro called the campaign a war for oil.`,
      depth: 'Map with Colombia and Venezuela highlighted together: Petro asked Venezuela to coordinate troops along the border; the U.S. announced an end to aid and sanctioned him.',
      triangle: 'Diagram over the map: the United States linked to Colombia as counternarcotics partners and to Venezuela by pressure, with a new link between Colombia and Venezuela: a triangle instead of a pair.',
    },
  },
};

export type Strings = typeof en;
export type FigureWords = typeof enFigures;
