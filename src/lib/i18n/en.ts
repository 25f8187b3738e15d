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
    legendCaribbean: 'Caribbean',
    legendPacific: 'Eastern Pacific',
    legendSurvivors: 'Strike with survivors',
  },

  map: {
    close: 'Close',
  },


  strikeMap: {
    legendArea: 'Sea as announced; area approximate',
    legendUnit: 'One strike, sized by deaths',
    note: 'Positions were not disclosed, so no strike is placed on the map.',
    noneYet: 'No strikes yet',
    /** The strikes a step adds, by the day each happened: "New: Oct. 21, 22, 27 (3 strikes) and 29". */
    added: (isos: string[]) => {
      const byMonth = new Map<number, Map<number, number>>();
      for (const iso of isos) {
        const { m, d } = parts(iso);
        const days = byMonth.get(m) ?? byMonth.set(m, new Map()).get(m)!;
        days.set(d, (days.get(d) ?? 0) + 1);
      }
      const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}` : xs[0]);
      const days = (ds: Map<number, number>) => list([...ds].map(([d, n]) => (n > 1 ? `${d} (${n} strikes)` : String(d))));
      return `New: ${[...byMonth].map(([m, ds]) => `${MONTHS[m - 1]} ${days(ds)}`).join('; ')}`;
    },
    zoneName: { caribbean: 'Caribbean', eastern_pacific: 'Eastern Pacific', unknown: 'Sea area not disclosed' } as Record<string, string>,
    zoneTotals: (strikes: string, n: number, killed: string) => `${strikes} ${n === 1 ? 'strike' : 'strikes'} · ${killed} killed`,
    markName: (date: string, killed: string, region: string) => `Strike of ${date}, ${region}: ${killed} killed`,
    markTitle: (date: string) => `Strike of ${date}`,
    markKilled: (killed: string) => `${killed} killed`,
    markSurvivors: (n: string) => `${n} survived`,
    markNoSurvivors: 'No survivors announced',
    markWhere: (where: string) => `Reported location: ${where}`,
    markAnnounced: (date: string) => `Announced ${date}`,
    /** In a strike's details, the link to its page on the tracker. */
    markRecord: 'This strike, its sources and its data',
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
    /** The legend's short names: each symbol is one deployment, as the note says. */
    legend: { large_ship: 'Carrier or amphibious group', ship: 'Warship', submarine: 'Submarine', aircraft: 'Aircraft', drone: 'Drones', base: 'Base reopened' } as Record<string, string>,
    anchors: {
      puerto_rico: 'Puerto Rico',
      trinidad: 'Trinidad and Tobago',
      el_salvador: 'El Salvador',
      off_venezuela: 'Off Venezuela',
      caribbean_sea: 'Caribbean, at sea',
      eastern_pacific: 'Eastern Pacific, at sea',
      en_route: 'Ordered to the region',
    } as Record<string, string>,
    /** A second line under a named place's label: what happened there. */
    anchorNotes: { trinidad: 'port call' } as Record<string, string>,
    areaKey: 'Approximate area',
    note: 'Each symbol is one deployment as first reported. Ships at sea and flights are grouped in approximate areas; only bases and port calls are placed where reported.',
    markName: (asset: string, date: string) => `${asset}, first reported ${date}`,
    markCount: (n: string) => `Number reported: ${n}`,
    markPersonnel: (p: string) => `Personnel: ${p}`,
    markWhere: (w: string) => `Reported location: ${w}`,
    markReported: (d: string) => `First reported ${d}`,
    troopsTitle: 'U.S. troops in the region, as published',
    troopsNote: 'Each dot is one published total. Totals count different things (ships only, or ships and forces ashore), so they do not line up.',
  },

  legal: {
    actor: { united_states: 'U.S. administration', us_congress: 'U.S. Senate', colombia: 'Colombia', venezuela: 'Venezuela', un: 'United Nations', iachr: 'Inter-American Commission on Human Rights', courts: 'U.S. courts', other: 'Other' } as Record<string, string>,
  },

  timeline: {
    lanes: { united_states: 'U.S. government and Senate', colombia: 'Colombia', venezuela: 'Venezuela', un: 'United Nations' } as Record<string, string>,
    strikesLane: 'Boat strikes',
    intro: 'Each dot is a legal, diplomatic or military move; the bottom row, the strikes as announced, by sea.',
    note: 'Strikes by deaths:',
    also: 'Also:',
    /** "Oct. 9, White House rejects Petro claim" */
    item: (iso: string, label: string) => {
      const { m, d } = parts(iso);
      return `${MONTHS[m - 1]} ${d}, ${label}`;
    },
  },

};

export const en = {
  ...enFigures,
  /** The legal figure's words: laid out at build time (src/figures/legal/view.ts), so none of them ships as code. */
  legalFigure: {
    titles: {
      zones: 'Sea zones, and the strikes',
      frames: 'Who called the strikes what',
      target: 'Who was aboard?',
      congress: 'Senate war powers votes',
    } as Record<string, string>,
    zones: { territorial: 'Territorial sea', contiguous: 'Contiguous zone', eez: 'Exclusive economic zone', high: 'High seas' } as Record<string, string>,
    upTo: (nm: string) => `${nm} nautical miles`,
    high: ['High', 'seas'],
    coast: 'Coast',
    flights: (date: string, km: string, nm: string) => [`U.S. F-35s, ${date}:`, `about ${km} km (${nm} nm) offshore`],
    waters: 'International waters',
    watersNote: 'how far out: never disclosed',
    key: 'Hatched: “international waters,” where the strikes were announced. Dashed: the one distance disclosed, of flights, not strikes. Zones to scale.',
    /** Each voice's words on the strike area: a phrase of its row's summary (checked at build). */
    terms: { E014: 'extrajudicial executions', E022: 'non-international armed conflict', E041: 'extrajudicial killings', E042: 'international crimes' } as Record<string, string>,
    quoted: (s: string) => `“${s}”`,
    by: (who: string, date: string) => `${who}, ${date}`,
    lanes: { united_states: 'U.S.', un: 'U.N.', us_congress: 'Senate', strikes: 'Strikes' } as Record<string, string>,
    namedOf: (n: string, total: string) => `${n} of ${total} named a group`,
    announcedThrough: (date: string) => `strikes announced through ${date}`,
    dto: 'Most said only “Designated Terrorist Organization.”',
    named: (n: string, groups: string) => `Named a group: ${n} (${groups})`,
    disputed: (n: string) => `Disputed by a government or relatives: ${n}`,
    unnamed: (n: string) => `Named no group: ${n}`,
    tally: (yes: string, no: string, outcome: string) => `${yes}\u2011${no}, ${outcome.toLowerCase()}`,
    outcome: { passed: 'Passed', failed: 'Failed' } as Record<string, string>,
    half: 'Dark: yes votes, of 100. Line: half the Senate; a tie fails.',
  },

  /**
   * The casualty chart's words that its island receives already written (its props, made at
   * build time), so they cost no JavaScript: totals, dates, axis labels.
   */
  casualtiesText: {
    peopleKilled: (n: string) => `${n} killed`,
    inStrikes: (n: string, k: number) => `in ${n} ${k === 1 ? 'strike' : 'strikes'}`,
    /** The top label of the y axis carries the unit. */
    yTop: (n: string) => `${n} deaths`,
    legendUnknown: 'Sea not disclosed',
    announcedThrough: (date: string) => `Announced through ${date}`,
    /** The key to the update's lighter tone, past the story's as-of date. */
    laterPart: (killed: string, date: string) => `${killed} of them after ${date}`,
    sizeNote: 'Circle area: deaths in that strike',
    /** The key to the counts in dispute, on the step that draws them. */
    missingKey: (n: string) => `${n} with survivors never found`,
    talliesKey: (n: string, outlet: string) => `Tallies published (latest: ${n}, ${outlet})`,
  },
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
    correctionsIntro: 'Where this story was wrong, what it said and what it says now. Changes to the data are logged cell by cell with the strike tracker.',
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
      tallies: 'Tallies other outlets published',
      changes: 'Changes to the strike data',
      releases: 'Released versions of the strike data',
      sources: 'Sources',
    } as Record<string, string>,
    csvRows: (n: string) => `CSV, ${n} rows`,
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address. It may have moved when the story was updated.',
    notFoundLink: 'Go to the story',
    skipToStory: 'Skip to the story',
    asOfLabel: 'Data as of',
    publishedLabel: 'Published',
    updatedLabel: 'Updated',
    /** How far the records go, under the masthead of the story and of the tracker. */
    records: (checked: string, latest: string) => `Records checked through ${checked}; the latest strike in them, ${latest}.`,
    /** The share card's dateline. */
    shareDates: (through: string, published: string, updated: string) => `Through ${through} · Published ${published} · Updated ${updated}`,
    sinceLink: 'What has happened since',
    published: 'published',
    undated: 'date not shown',
    sourcesLink: 'Sources and methodology',
    backToTop: 'Back to the top',
    sourcesCited: 'Sources:',
    stepSources: (n: string) => `Sources (${n})`,
    keyboardHint: 'Keyboard: press J for the next step of the story and K for the previous one.',
    staticEdition: 'Read the static edition',
    staticEditionNote: 'every step with its figure, no scrolling effects; for print and reader modes',
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
    /** The line over an embedded figure, for readers (its name, "Map: …", is for screen readers). */
    headlines: {
      casualties: (date: string) => `Deaths in U.S. strikes on boats, through ${date}`,
      strikemap: (date: string) => `Where the U.S. struck boats, by sea area, through ${date}`,
      buildup: (date: string) => `The U.S. military build-up, as reported through ${date}`,
      legal: () => 'The legal questions over the boat strikes',
      timeline: (date: string) => `How the diplomatic dispute escalated, through ${date}`,
      union: () => "Colombia and Venezuela, and Petro's talk of a union",
    } as Record<string, (date: string) => string>,
  },

  since: {
    label: 'Since this story was published',
  },

  /** The opening graphic under the headline (src/components/story/Lead.astro). */
  lead: {
    toll: (killed: string, strikes: string, k: number) => `${killed} killed in ${strikes} ${k === 1 ? 'strike' : 'strikes'}`,
    scope: (date: string) => `U.S. strikes on boats announced through ${date}`,
    survivor: 'Survived; not counted',
    caption: 'Each square is one person killed; each column, one strike, in the order they happened.',
    /** The marker between the strikes the story told and those that came after. */
    published: (date: string, toll: string) => `Published ${date}: ${toll}`,
    marker: 'Story published',
    seas: { caribbean: 'Caribbean', eastern_pacific: 'Eastern Pacific', unknown: 'Sea area not disclosed' } as Record<string, string>,
    sea: (sea: string, strikes: string, k: number, killed: string) => `${sea}, ${strikes} ${k === 1 ? 'strike' : 'strikes'} and ${killed} killed`,
    alt: (toll: string, date: string, seas: string, deadliest: string, deadliestOn: string, survivors: string) =>
      `Chart: ${toll} in U.S. strikes on boats announced through ${date}, one square per person killed, one column per strike. By sea: ${seas}. The deadliest, on ${deadliestOn}, killed ${deadliest}.${survivors}`,
    altSurvivors: (n: string) => ` ${n} ${n === '1' ? 'person' : 'people'} survived strikes, marked apart and not counted.`,
    menu: 'Contents and reading options',
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

  /** The strike tracker (/strikes/ and a page per strike): rendered on the server. */
  tracker: {
    /** The counts in dispute (src/lib/tracker/dispute.ts), on /strikes/. */
    dispute: {
      title: 'Three counts of the dead',
      intro: 'Our count adds up the deaths announced for each strike. Many outlets also count the survivors who were never found, and some tallies run higher still.',
      announced: 'Deaths announced (our count)',
      withPresumed: 'Plus survivors never found',
      published: 'A tally an outlet published',
      endAnnounced: (n: string) => `${n} announced`,
      endPresumed: (n: string) => `${n} with survivors never found`,
      latest: (outlet: string, date: string, n: string) => `${outlet}, ${date}: ${n}`,
      /** Whose count a tally is, and who carried it when that was another outlet. */
      credit: (outlet: string, via: string) => (via ? `${outlet} (reported by ${via})` : outlet),
      partsHeading: 'Where the counts part',
      part: (date: string, n: string, one: boolean) => `${date}: ${n} ${one ? 'survivor' : 'survivors'} never found`,
      gap: (outlet: string, date: string, n: string, ours: string, gap: string) =>
        `The latest tally, ${n} by ${outlet} on ${date}, is ${gap} above our count with the survivors never found (${ours}).`,
      alt: (end: string, announced: string, presumed: string, missing: string, latest: string) =>
        `Chart of the running death toll of U.S. strikes on boats by three measures, through ${end}: ${announced} deaths announced; ${presumed} counting the ${missing} survivors never found; and the tallies outlets published, the latest ${latest}.`,
      sources: 'Tallies as published',
    },
    title: 'The strikes in our records',
    pageTitle: 'U.S. strikes on boats in our records: the tracker',
    intro: (n: string, date: string) => `Every U.S. strike on a boat in our records, ${n} through ${date}, newest first. Each has a page of its own with its sources; the numbers are as announced, and where outlets count differently, the story’s methodology explains why. Published tallies suggest about two strikes are missing from our records.`,
    record: (date: string) => `the strike of ${date}, on the tracker`,
    navLink: 'The strikes in our records, one by one',
    filters: 'Filter the strikes',
    sea: 'Sea',
    anySea: 'Any sea',
    from: 'From',
    to: 'To',
    anyMonth: 'Any month',
    month: (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`,
    withSurvivors: 'With survivors',
    disputed: 'Who was aboard disputed',
    sort: 'Order',
    sortDate: 'Newest first',
    sortDeaths: 'Most deaths first',
    apply: 'Show',
    reset: 'Show every strike',
    /** The count that follows the filters, "31 strikes, 120 killed": its nouns, one and many, for the browser too. */
    countWords: { strike: ['strike', 'strikes'], killed: ['killed', 'killed'] },
    count: (strikes: string, killed: string) => `${strikes} ${strikes === '1' ? 'strike' : 'strikes'}, ${killed} killed`,
    noScript: 'The filters need JavaScript; without it, every strike is listed below.',
    none: 'No strike matches these filters.',
    /** The list in pages, when the table outgrows one (src/lib/tracker/pages.ts). */
    noScriptPaged: (size: string) => `The filters need JavaScript; without it, every strike is listed below, ${size} to a page, newest first.`,
    pages: 'Pages of the list',
    pageOf: (n: string, of: string) => `Page ${n} of ${of}`,
    newerPage: 'Newer strikes',
    olderPage: 'Older strikes',
    showMore: 'Show more strikes',
    struck: 'Struck',
    announced: 'Announced',
    firstReported: 'First reported',
    notDisclosed: 'not disclosed',
    sea_: 'Sea area',
    vessels: 'Boats',
    killed: 'Killed',
    survivors: 'Survivors',
    survivorFate: 'What became of them, as recorded',
    location: 'Where, as reported',
    seaMapAlt: (sea: string) => `Map: the ${sea}, shaded whole as announced; no position was disclosed.`,
    approximate: 'Approximate: no position was disclosed.',
    named: 'Who the announcement said was aboard',
    namedGroup: (group: string) => `a named group: ${group}`,
    namedNone: 'no group named (a “Designated Terrorist Organization” or traffickers)',
    disputedBy: 'Disputed',
    sources: 'Sources',
    strikeTitle: (date: string) => `Strike of ${date}`,
    undatedTitle: (date: string) => `Strike first reported ${date}`,
    older: 'Previous strike',
    newer: 'Next strike',
    all: 'All strikes',
    rowData: 'This row as data',
    toll: 'Where it falls in the campaign',
    tollAlt: (n: string, killed: string, total: string, date: string) => `Chart of the running toll of U.S. strikes on boats, with this strike marked: strike ${n} in order, its ${killed} killed bringing the toll to ${total} by ${date}.`,
    tollCaption: (n: string, total: string) => `Strike ${n} in order; the toll after it: ${total} killed.`,
    feedTitle: 'U.S. strikes on boats: every strike',
    /** Where a strike was, in a sentence. */
    seaIn: { caribbean: 'in the Caribbean', eastern_pacific: 'in the eastern Pacific', unknown: 'in a sea area not disclosed' } as Record<string, string>,
    feedItem: (date: string, where: string, killed: string) => `${date}: a strike ${where}, ${killed} killed`,
    feedSummary: (killed: string, survivors: string | null, where: string, boats = 1) =>
      `A U.S. strike on ${boats > 1 ? `${boats} boats` : 'a boat'} ${where} killed ${killed}${survivors ? `; ${survivors} survived` : ''}.`,
    presumedDead: 'Survivors never found, whom outlets count as dead',
    feeds: 'Follow new strikes',
    /** The changes log (src/lib/tracker/changes.ts): /strikes/changes/ and each strike's last change. */
    changes: {
      title: 'Changes to the data',
      pageTitle: 'Changes to the strike data: every correction, every version',
      intro: 'Every change to a published row of the strikes table: what the cell held, what it holds now, why, and the source. Each released version of the table keeps its own address, so a number cited from it can always be checked.',
      versions: 'Versions of the table',
      version: (date: string) => `Version of ${date}`,
      rows: (n: string) => `${n} strikes`,
      current: 'current',
      log: 'Every change, newest first',
      field: {
        strike_date: 'Struck',
        announced_date: 'Announced',
        reported_by: 'First reported',
        region: 'Sea area',
        location_as_reported: 'Where, as reported',
        vessels: 'Boats',
        killed: 'Killed',
        survivors: 'Survivors',
        presumed_dead: 'Survivors never found',
        survivor_fate: 'What became of the survivors',
        vessel_note: 'Note on the boats',
        attribution_claims: 'Who was said to be aboard',
        source_ids: 'Sources',
        notes: 'Notes',
      } as Record<string, string>,
      was: 'was',
      now: 'now',
      empty: 'blank',
      added: 'Added',
      dropped: 'Dropped',
      why: 'Why:',
      source: 'Source:',
      last: 'Last change to this row',
      unchanged: (date: string) => `Unchanged since the first release of the data, ${date}.`,
      every: 'Every change to the data',
      version_: (date: string) => `version of ${date}`,
      corrections: 'Corrections to the story',
      correctionsIntro: 'Where the story was wrong, what it said and what it says now.',
    },
  },

  /** The union map's words: laid out on the map at build time (src/figures/union/data.ts), so none ships. */
  union: {
    granColombia: (date: string) => `Gran Colombia: the four nations Petro proposed joining in a confederation, ${date}`,
    borderLength: (km: string) => `${km} km of shared land border`,
    crossings: (land: string, river: string) => `Official crossings: ${land} by land, ${river} by river`,
    river: (name: string) => `${name} (river)`,
    zone1: (date: string) => `Binational zone, ${date}`,
    zone2: (date: string) => `Second zone, ${date}`,
    strikes: (n: string, killed: string, date: string) => `${n} U.S. strikes in the Caribbean by ${date}, ${killed} killed. Exact places not disclosed`,
    coTroops: (n: string) => `${n} Colombian soldiers in Catatumbo, Petro said`,
    veTroops: (n: string) => `${n} Venezuelan troops sent to Zulia and Táchira`,
    pressure: (aid: string, sanctions: string) => `From Washington: an end to aid (${aid}), sanctions on Petro (${sanctions})`,
    us: 'United States',
    usCo: 'Decertification, sanctions',
    usVe: 'Boat strikes',
    coVe: 'Union talk',
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
      later: (killed: string, strikes: string, date: string) => `In a lighter tone, the ${killed} killed in the ${strikes} announced after ${date}, when this story was published.`,
      dispute: (total: string, missing: string, tallies: string, latest: string, outlet: string, date: string) =>
        `A dashed line counts the ${missing} survivors never found as well, for ${total}. ${tallies} dots mark the tallies outlets published, the latest ${outlet}’s ${latest} on ${date}.`,
      none: 'Chart: no strikes had been announced yet.',
    },
    strikeMap: {
      none: 'Map: no strikes had been announced yet.',
      lead: (date: string, parts: string[]) => `Map of strikes announced through ${date}, by sea area: ${parts.join('; ')}.`,
      zone: (name: string, strikes: string, n: number, killed: string) => `${name}, ${strikes} ${n === 1 ? 'strike' : 'strikes'} and ${killed} killed`,
      approx: 'No position was disclosed: the map shades each sea broadly and places no strike; the strikes are counted by sea beside it.',
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
      troopsChart: (n: string, from: string, to: string) => `Chart of U.S. troop totals published from ${from} to ${to}: ${n} totals, which count different things.`,
      troopsFirst: (n: string, d: string, by: string) => `First: ${n} on ${d} (${by}).`,
      troopsLatest: (n: string, d: string, by: string, what: string) => `Latest: ${n} on ${d} (${by}), counting ${what}.`,
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
      zones: (ts: string, cz: string, eez: string) => `Diagram of the sea zones off a coast under the U.N. law of the sea, to scale: territorial sea to ${ts} nautical miles, contiguous zone to ${cz}, exclusive economic zone to ${eez}, then the high seas.`,
      strikes: 'Hatched, everything beyond the territorial sea: the strikes were announced as in international waters; how far out was never disclosed.',
      flights: (date: string, km: string, nm: string) => `A dashed line marks the one distance disclosed: U.S. F-35s flew about ${km} km (${nm} nm) off Venezuela on ${date}, inside its economic zone, and Venezuela protested.`,
      timeline: (strikes: string, from: string, to: string) => `Below, a timeline from ${from} to ${to}: ${strikes} strikes announced, and when the U.S. administration, the United Nations and the Senate spoke.`,
      voice: (term: string, who: string, date: string, quote: string) => `Written on the strike area: ${term} (${who}, ${date}). ${quote}.`,
      target: (strikes: string, named: string, groups: string, disputed: string) => `On the timeline, of ${strikes} strikes announced, ${named} named a group (${groups}); in ${disputed}, a government or relatives disputed who was aboard. The rest said only "Designated Terrorist Organization."`,
      vote: (date: string, yes: string, no: string, outcome: string) => `${date}: ${yes} yes, ${no} no; ${outcome.toLowerCase()}.`,
    },
    timeline: {
      lead: (from: string, to: string, lanes: string[], strikes: string) => `Timeline of the escalation from ${from} to ${to}: ${lanes.join(', ')}; ${strikes} strikes announced.`,
      lane: (name: string, n: string) => `${name} ${n} ${n === '1' ? 'move' : 'moves'}`,
      focus: (date: string, who: string, what: string) => `Highlighted, ${date}, ${who}: ${what}`,
      seas: (parts: string[]) => `Strikes by sea: ${parts.join(', ')}.`,
      also: (items: string[]) => `Also added: ${items.join('; ')}.`,
    },
    union: {
      message: (date: string) => `Map with Colombia, Venezuela, Ecuador and Panama highlighted, the nations of Gran Colombia: Petro proposed they form a confederation, ${date}.`,
      border: (km: string, land: string, river: string) =>
        `Map of the Colombia–Venezuela land border, ${km} km long, with its ${land} official land crossings (Paraguachón, Cúcuta, Arauca), its ${river} river crossing (Puerto Carreño) and the approximate areas of the two binational zones agreed in July and September 2025.`,
      stance: (n: string, killed: string, date: string) =>
        `Map with Colombia highlighted and ${n} dots in the southern Caribbean, one for each U.S. strike there announced by ${date}, ${killed} killed; their exact places were not disclosed.`,
      depth: (co: string, ve: string) =>
        `Map of the border with two circles sized by number: ${co} Colombian soldiers Petro said were in Catatumbo, and ${ve} Venezuelan troops sent to Zulia and Táchira. A note: the U.S. announced an end to aid to Colombia and sanctioned Petro.`,
      triangle:
        'Diagram over the map: lines from the United States to Bogotá (decertification, sanctions) and to Caracas (boat strikes), and a line between Bogotá and Caracas (union talk): a triangle instead of a pair.',
    },
  },
};

export type Strings = typeof en;
export type FigureWords = typeof enFigures;
