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

  since: {
    label: 'Since this story was published',
  },
};

export type Strings = typeof en;
