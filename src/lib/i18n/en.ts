/**
 * Every string of the page chrome, and how numbers and dates are written, for the English
 * edition. A Spanish edition adds a sibling module with the same shape (`Strings`).
 */

// AP style, as U.S. newsrooms write dates: "Sept. 2, 2025", "March 8".
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function parts(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}

export const en = {
  lang: 'en',
  locale: 'en-US',

  number: (n: number) => new Intl.NumberFormat('en-US').format(n),
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

  site: {
    skipToStory: 'Skip to the story',
    asOfLabel: 'Data as of',
    updatedLabel: 'Update',
    sourcesHeading: 'Sources and methodology',
    sourcesIntro: 'Every number on this page is computed from these tables; each row names its sources.',
    sourcesListHeading: 'Sources',
    published: 'published',
    undated: 'date not shown',
    sourcesLink: 'Sources and methodology',
    backToTop: 'Back to the top',
    downloadData: 'Data files',
    sourcesCited: 'Sources:',
    moreSources: (n: number) => `+${n} more`,
    sectionsNav: 'Sections',
    updateKicker: 'Update',
    methodologyHeading: 'Sources and methodology',
    sourceTables: { strikes: 'Strikes', buildup: 'Build-up, events and geography' } as Record<string, string>,
  },

  figures: {
    casualties: 'Chart: deaths in U.S. strikes on boats, by the date of each strike',
    strikemap: 'Map: the strikes by sea area',
    buildup: 'Map: the U.S. military build-up',
  } as Record<string, string>,

  regions: {
    caribbean: 'Caribbean',
    eastern_pacific: 'eastern Pacific',
    unknown: 'sea area not disclosed',
  } as Record<string, string>,

  casualties: {
    title: 'Deaths in U.S. strikes on boats',
    killedUnit: (n: number) => (n === 1 ? 'killed' : 'killed'),
    peopleKilled: (n: string) => `${n} killed`,
    inStrikes: (n: string, k: number) => `in ${n} ${k === 1 ? 'strike' : 'strikes'}`,
    strikeLabel: (date: string, killed: string) => `${date}: ${killed} killed`,
    survivorsLegend: 'survivors',
    /** The top label of the y axis carries the unit. */
    yTop: (n: string) => `${n} deaths`,
    legendCaribbean: 'Caribbean',
    legendPacific: 'Eastern Pacific',
    legendUnknown: 'Not disclosed',
    legendSurvivors: 'Strike with survivors',
    sizeNote: 'Circle area: deaths in that strike',
    howWeCount:
      'Deaths as announced by the U.S. government. Survivors who were never found are not counted as dead; some outlets count them, so their tallies run higher.',
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
    describe: {
      lead: (killed: string, strikes: string, from: string, to: string) =>
        `Chart: ${killed} people killed in ${strikes} announced U.S. strikes on boats between ${from} and ${to}.`,
      byRegion: (parts: string[]) => `By sea area: ${parts.join('; ')}.`,
      regionPart: (region: string, killed: string, strikes: string) => `${region}, ${killed} killed in ${strikes}`,
      strikesWord: (n: number) => (n === 1 ? 'strike' : 'strikes'),
      highlight: {
        survivors: (strikes: string, survivors: string) => `Highlighted: strikes that left survivors (${strikes}; ${survivors} survivors in all).`,
        eastern_pacific: (strikes: string, killed: string) => `Highlighted: the ${strikes} in the eastern Pacific, ${killed} killed.`,
        caribbean: (strikes: string, killed: string) => `Highlighted: the ${strikes} in the Caribbean, ${killed} killed.`,
      },
      focus: (date: string, killed: string, region: string) => `Marked: the strike of ${date} in the ${region}, ${killed} killed.`,
      marker: (label: string, date: string) => `Line at ${date}: ${label}.`,
      none: 'Chart: no strikes had been announced yet.',
    },
  },

  map: {
    close: 'Close',
  },

  /** Names on the maps, by Natural Earth name. */
  places: {
    'Dominican Rep.': 'Dominican Republic',
    'Trinidad and Tobago': 'Trinidad and Tobago',
  } as Record<string, string>,

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
    describe: {
      none: 'Map: no strikes had been announced yet.',
      lead: (date: string, parts: string[]) => `Map of strikes announced through ${date}, by sea area: ${parts.join('; ')}.`,
      zone: (name: string, strikes: string, n: number, killed: string) => `${name}, ${strikes} ${n === 1 ? 'strike' : 'strikes'} and ${killed} killed`,
      approx: 'Exact positions were not disclosed; dots are grouped by sea area, not placed where the boats were hit.',
      survivors: (strikes: string, n: number, survivors: string) => `Highlighted: ${strikes} ${n === 1 ? 'strike' : 'strikes'} that left ${survivors} survivors.`,
      highlight: (name: string) => `Highlighted: the ${name} strikes.`,
      focus: (date: string, killed: string, where: string) => `Marked: the strike of ${date}, ${killed} killed, reported as ${where}.`,
    },
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
    groups: { ships: 'ships', aircraft: 'aircraft and drones', bases: 'bases' } as Record<string, string>,
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
    /** The map label a named-place anchor replaces (Natural Earth names). */
    anchorPlace: { puerto_rico: 'Puerto Rico', trinidad: 'Trinidad and Tobago', el_salvador: 'El Salvador' } as Record<string, string>,
    note: 'Each symbol is one deployment as first reported. Ships at sea and flights are grouped in approximate areas; only bases and port calls are placed where reported.',
    markName: (asset: string, date: string) => `${asset}, first reported ${date}`,
    markCount: (n: string) => `Number reported: ${n}`,
    markPersonnel: (p: string) => `Personnel: ${p}`,
    markWhere: (w: string) => `Reported location: ${w}`,
    markReported: (d: string) => `First reported ${d}`,
    troopsTitle: 'U.S. troops reported in the region',
    troopsNote: 'Totals count different things (ships only, or ships and forces ashore), so they do not line up.',
    troopsLabel: (n: string, d: string) => `${n} (${d})`,
    describe: {
      none: (d: string) => `Map: no U.S. deployments had been reported by ${d}.`,
      lead: (d: string, n: string, parts: string[]) => `Map of the U.S. build-up as reported by ${d}: ${n} deployments (${parts.join(', ')}).`,
      puertoRico: (n: string) => `${n} of them in Puerto Rico.`,
      approx: 'Ships at sea and flights are grouped in approximate areas; positions were not disclosed.',
      troops: (n: string, d: string, what: string) => `Latest reported troop total: ${n} (${d}), counting ${what}.`,
      highlight: (g: string) => `Highlighted: ${g}.`,
      focus: (asset: string, d: string, where: string) => `Marked: ${asset}, first reported ${d}, ${where}.`,
    },
  },

  deploymentsTable: {
    summary: 'The deployments on this map',
    caption: (n: string, date: string) => `${n} deployments first reported through ${date}, in the order they were reported`,
    columns: { reported: 'First reported', asset: 'Asset', count: 'Number', personnel: 'Personnel', where: 'Location as reported' },
  },

  since: {
    label: 'Since this story was published',
  },
};

export type Strings = typeof en;
