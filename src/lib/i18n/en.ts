/**
 * Every string of the page chrome, and how numbers and dates are written, for the English
 * edition. A Spanish edition adds a sibling module with the same shape (`Strings`).
 */

import { MONTHS, NUMBER, parts } from './formats.en';

/** What became of the people aboard (people.csv `fate`), for the counts and for one person alike. */
const FATES: Record<string, string> = {
  killed: 'Killed',
  never_found: 'Survived the strike, never found',
  repatriated: 'Rescued and sent home',
  handed_over: 'Rescued and handed to another country',
  detained: 'Detained',
  outcome_not_reported: 'Survived the strike; what became of them was not reported',
};

/**
 * What every figure may say in the reader's browser: the edition's formats and the vocabulary
 * several parts share (sea names, actors, the map frame's words). Each figure's own words live in
 * its folder (src/figures/<id>/words.en.ts). The islands load only this (src/components/story/islands.ts).
 */
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

  /** A sea area inside a sentence. */
  regions: {
    caribbean: 'Caribbean',
    eastern_pacific: 'eastern Pacific',
    unknown: 'sea area not disclosed',
  } as Record<string, string>,

  /** A sea area as a name on its own (a legend, a map, a list): the figures, the tracker and its locator. */
  seas: { caribbean: 'Caribbean', eastern_pacific: 'Eastern Pacific', unknown: 'Sea area not disclosed' } as Record<string, string>,

  /** Who acted, by the events table's `actor`: the legal figure and the timeline. */
  actors: { united_states: 'U.S. administration', us_congress: 'U.S. Senate', colombia: 'Colombia', venezuela: 'Venezuela', un: 'United Nations', iachr: 'Inter-American Commission on Human Rights', courts: 'U.S. courts', other: 'Other' } as Record<string, string>,

  /** The map frame's words (src/components/map/) and the key to the shaded seas, on the figures' maps and the tracker's locator. */
  map: {
    close: 'Close',
    legendArea: 'Sea as announced; area approximate',
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
    correctionsIntro: 'Where this story was wrong, what it said and what it says now. Every change to the strike data is logged, number by number, with the strike tracker.',
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
      people: 'People aboard the boats struck',
      rescues: 'Searches for survivors',
      withdrawals: 'Strike records withdrawn',
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
    sourcesPageIntro: 'Every strike, event and figure in the story links here to the reports it rests on. Each source is named by its publisher; where we read a copy on another site, that site follows.',
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

  /** The opening graphic under the headline (src/components/story/Lead.astro). */
  lead: {
    toll: (killed: string, strikes: string, k: number) => `${killed} killed in ${strikes} ${k === 1 ? 'strike' : 'strikes'}`,
    scope: (date: string) => `U.S. strikes on boats announced through ${date}`,
    survivor: 'Survived; not counted',
    caption: 'Each square is one person killed; each column, one strike, in the order they happened.',
    captionBinned: 'Each column is a month’s strikes in one sea, in the order they happened, as tall as the people they killed; survivors, paler, above.',
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
    /** Filters on how firm the facts are (src/lib/data/firmness.ts). */
    where: 'Place given as',
    anyWhere: 'Any',
    whereIs: { coordinates: 'Coordinates', distance: 'A distance from a named place', country_waters: 'Off a named country', sea_only: 'The sea only', not_disclosed: 'Not disclosed' } as Record<string, string>,
    withVideo: 'Video released',
    sort: 'Order',
    sortDate: 'Newest first',
    sortDeaths: 'Most deaths first',
    sortSea: 'By sea',
    sortSurvivors: 'Most survivors first',
    sortPresumed: 'Most never found first',
    sortGroup: 'By named group',
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
    /** The "What is known" block of a strike's page: how firm each fact is (src/lib/tracker/known.ts). */
    known: {
      heading: 'What is known',
      released: 'What the U.S. released',
      established: 'What others established',
      sources: 'Sources',
      place: 'Place',
      where: {
        coordinates: 'coordinates were given',
        distance: (as: string) => `a distance from a named place: ${as}`,
        country_waters: (as: string) => `only the waters off a named country: ${as}`,
        sea_only: (sea: string) => `only the sea was given (${sea})`,
        not_disclosed: 'not disclosed, not even the sea',
        /** The announcement gave no place, but reports placed the strike in a sea (the row's sea area). */
        notDisclosedSea: (sea: string) => `the U.S. did not disclose it, not even the sea; reports place it ${sea}`,
      },
      day: 'Day',
      when: {
        stated: 'stated by the U.S. government or its officials',
        inferred: 'worked out from words such as “yesterday,” “overnight” or “earlier this morning” in the announcement',
        announcement_day: 'only the day it was announced is known',
        not_reported: 'not reported',
      },
      video: 'Video or images',
      videoIs: { yes: 'released', no: 'not released', not_reported: 'not reported' },
      group: 'Group named',
      groupIs: { named: 'a group was named', none: 'none', not_reported: 'not reported' } as Record<string, string>,
      claimed: 'Nationality the U.S. claimed',
      counts: 'Killed and survivors',
      countsAre: (killed: string, survivors: string | null) => `${killed} killed; survivors: ${survivors ?? 'not reported'}`,
      identities: 'Identities published',
      identitiesAre: { yes: 'yes (see the sources)', not_reported: 'none reported' },
      reported: 'Nationality reported by families or governments',
      confirmation: 'Independent confirmation',
      confirmationIs: { confirmed: 'families or another government confirmed who died or survived', not_reported: 'none reported' },
      revision: 'Count revised',
      noRevision: 'no revision reported',
      notReported: 'not reported',
    },
    sources: 'Sources',
    strikeTitle: (date: string) => `Strike of ${date}`,
    undatedTitle: (date: string) => `Strike first reported ${date}`,
    older: 'Previous strike',
    newer: 'Next strike',
    all: 'All strikes',
    rowData: 'This strike as data',
    /** Beside each source on a strike's page: where the sources page lists it. */
    inSourceList: 'in our list of sources',
    toll: 'Where it falls in the campaign',
    tollAlt: (n: string, killed: string, total: string, date: string) => `Chart of the running toll of U.S. strikes on boats, with this strike marked: strike ${n} in order, its ${killed} killed bringing the toll to ${total} by ${date}.`,
    tollCaption: (n: string, total: string) => `Strike ${n} in order; the toll after it: ${total} killed.`,
    /** The toll chart's axes and its mark. */
    tollAxis: { deaths: 'Deaths, running total', first: 'First strike', last: 'Latest', thisStrike: 'This strike' },
    /** The note that opens a strike's page (src/lib/tracker/note.ts): what happened and what is disputed, in plain words. */
    note: {
      heading: 'What happened',
      what: (killed: string, survivors: string | null, where: string, boats: number, date: string, known: boolean) =>
        `${known ? `On ${date}, a` : `A`} U.S. strike on ${boats > 1 ? `${boats} boats` : 'a boat'} ${where} killed ${killed === '1' ? '1 person' : `${killed} people`}${survivors === null ? '; the announcement gave no number of survivors' : survivors === '0' ? '; the announcement reported no survivors' : `; ${survivors} survived`}.`,
      group: (group: string) => `The announcement named the group aboard: ${group}.`,
      noGroup: 'The announcement named no group aboard.',
      disputed: (words: string) => `Who was aboard is disputed: ${words.replace(/\.?$/, '.')}`,
      presumed: (n: string, total: string, by: string) =>
        `${n === '1' ? '1 survivor was' : `${n} survivors were`} never found; counting ${n === '1' ? 'that person' : 'them'} among the dead${by ? `, as ${by} does` : ''}, this strike killed ${total}.`,
      presumedAdded: (date: string, source: string) => `They were added to our records on ${date}${source ? ` (${source})` : ''}.`,
      /** What a logged change moved, in words (content/data/changes.csv's field). */
      fields: { strike_date: 'the date of the strike', announced_date: 'the date it was announced', reported_by: 'the date it was first reported', vessels: 'the count of boats', killed: 'the count of the dead', survivors: 'the count of survivors', presumed_dead: 'the count of survivors never found' } as Record<string, string>,
      /** Reported since, about this strike (an event tied to it): its day, what was reported, whose report. */
      later: (date: string, summary: string, source: string) => `${date}: ${summary.replace(/\.?$/, '')}${source ? ` (${source})` : ''}.`,
      revised: (date: string, field: string, was: string, now: string, why: string, source: string) =>
        `On ${date} we changed ${field}: it ${was ? `was ${was}` : 'was empty'} and is now ${now}. ${why.replace(/\.?$/, '')}${source ? ` (${source})` : ''}.`,
    },
    /** The table on /strikes/ (src/lib/tracker/itemHtml.ts). */
    table: {
      caption: 'Every strike in our records: when, where, the dead, the survivors, who the announcement named and the sources',
      columns: { date: 'Date', sea: 'Sea', killed: 'Killed', survivors: 'Survivors', presumed: 'Never found', group: 'Named group', sources: 'Sources' },
      none: 'none',
      noGroup: 'none',
      disputed: 'disputed',
      announced: 'announced',
      firstReportedOn: (date: string) => `First reported ${date}`,
      announcedOn: (date: string) => `Announced ${date}`,
      sorted: 'Sorted by this column; press to reverse',
      download: 'Download what is shown:',
      downloadAll: 'Download every strike:',
      downloadName: 'strikes-shown',
    },
    feedTitle: 'U.S. strikes on boats: every strike',
    /** Where a strike was, in a sentence. */
    seaIn: { caribbean: 'in the Caribbean', eastern_pacific: 'in the eastern Pacific', unknown: 'in a sea area not disclosed' } as Record<string, string>,
    feedItem: (date: string, where: string, killed: string) => `${date}: a strike ${where}, ${killed} killed`,
    feedSummary: (killed: string, survivors: string | null, where: string, boats = 1) =>
      `A U.S. strike on ${boats > 1 ? `${boats} boats` : 'a boat'} ${where} killed ${killed}${survivors ? `; ${survivors} survived` : ''}.`,
    presumedDead: 'Survivors never found, whom outlets count as dead',
    dayAsAnnounced: '(the day it was announced; no other day was given)',
    /** A strike record taken back (content/data/withdrawals.csv): its page, its feed entry, the log and the list say so. */
    withdrawn: {
      kicker: 'Record withdrawn',
      feedItem: (title: string) => `Withdrawn: ${title}`,
      on: (date: string) => `This record was withdrawn on ${date}. It no longer counts in the tracker's totals, the story or its figures.`,
      why: 'Why:',
      mergedInto: 'It is counted as part of another record:',
      notMerged: 'No other record takes its place.',
      sources: 'Sources:',
      said: 'What the record said',
      kept: 'The record stays in every released version of the data, where it was published.',
      heading: 'Withdrawn records',
      intro: 'Records taken back: each stays in the released files and at its own address.',
      listNote: (n: string) => `${n} withdrawn:`,
    },
    feeds: 'Follow new strikes',
    /** The changes log (src/lib/tracker/changes.ts): /strikes/changes/ and each strike's last change. */
    changes: {
      title: 'Changes to the data',
      pageTitle: 'Changes to the strike data: every correction, every version',
      intro: 'Every change to a strike’s record once it was published: what it said, what it says now, why, and the source. Each released version of the data keeps its own address, so a number cited from it can always be checked.',
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
        where_precision: 'How precisely the place was given',
        when_precision: 'How the day is known',
        video_released: 'Video or images released',
        group_named: 'Group the U.S. named',
        group_name: 'Group the U.S. named',
        nationality_claimed: 'Nationality the U.S. claimed',
        released_source_ids: 'Sources of what the U.S. released',
        identities_published: 'Identities published',
        nationality_reported: 'Nationality reported by families or governments',
        independent_confirmation: 'Independent confirmation',
        count_revision: 'Count revised',
        established_source_ids: 'Sources of what others established',
      } as Record<string, string>,
      was: 'was',
      now: 'now',
      empty: 'empty',
      added: 'Added',
      dropped: 'Dropped',
      why: 'Why:',
      source: 'Source:',
      last: 'The last change to this strike’s record',
      unchanged: (date: string) => `Unchanged since the first release of the data, ${date}.`,
      /** Columns added to every published record since (src/lib/data/columnsAdded.ts). */
      grew: (date: string) => `On ${date} it gained the facts under “What is known.”`,
      every: 'Every change to the data',
      version_: (date: string) => `version of ${date}`,
      corrections: 'Corrections to the story',
      correctionsIntro: 'Where the story was wrong, what it said and what it says now.',
    },
  },

  /** Who was aboard (content/data/people.csv) and the searches for survivors (rescues.csv): /strikes/people/ and each strike's page. */
  people: {
    pageTitle: 'Who was aboard the boats: the strike tracker',
    title: 'Who was aboard',
    intro: (people: string, strikes: string, named: string) =>
      `What sources have reported about the people aboard the boats struck: ${people} people in ${strikes} strikes about whom a source said something specific, ${named} of them by name.`,
    rule: 'A name appears here only where an outlet published it and tied it to a strike. Everyone else is counted, not listed, and each count rests on the sources of its strike.',
    byFate: 'What became of them',
    byNationality: 'Nationality, as reported',
    people: (n: string) => `${n} ${n === '1' ? 'person' : 'people'}`,
    fates: FATES,
    /** One person's fate (a named person's line; an unnamed one counted on its own): English says it as it says many; Spanish does not. */
    fateOne: FATES,
    fateIn: {
      repatriated: (place: string) => `Rescued and sent home to ${place}`,
      handed_over: (place: string) => `Rescued and handed over to ${place}`,
      detained: (place: string) => `Detained in ${place}`,
    } as Record<string, (place: string) => string>,
    notReported: 'Not reported',
    reporters: { family: 'relatives', government: 'their country’s government', us: 'the U.S. government' } as Record<string, string>,
    reportedBy: (who: string[]) => `according to ${who.length > 1 ? `${who.slice(0, -1).join(', ')} and ${who.at(-1)}` : who[0]}`,
    named: 'The named',
    namedNone: 'No source has named anyone aboard.',
    nationality: 'Nationality',
    fate: 'What became of them',
    sources: 'Sources',
    onStrike: 'Who was aboard',
    killedCount: (killed: string, named: string) => `${killed} killed, ${named === '0' ? 'none' : named} named.`,
    survivorsCount: (n: string, named: string) => `${n} survived the strike, ${named === '0' ? 'none' : named} named.`,
    unnamed: 'Not named:',
    nothing: 'No source has reported anything specific about the people aboard.',
    /** No one described one by one, but a family or government said where those aboard were from. */
    nothingButNationality: 'No source has described anyone aboard one by one; what was said of their nationality is under “What is known.”',
    rescue: 'Search and rescue, as reported',
    rescueIntro: 'What was done for the survivors, step by step, each with its source.',
    dateNotReported: 'Date not reported',
    steps: {
      alerted: 'Alert', searched: 'Search', rescued: 'Rescue', handed_over: 'Handed over', repatriated: 'Sent home',
      released: 'Released', suspended: 'Search ended', declared_dead: 'Counted as dead',
    } as Record<string, string>,
    searches: 'Searches for survivors, where reported',
    steps_: (n: string) => `${n} ${n === '1' ? 'step' : 'steps'}`,
    link: 'Who was aboard: the people sources name, and the searches for survivors',
    data: 'The data',
  },

  /** /data/: the codebook, the releases, the licence and how to cite (src/components/data/). */
  data: {
    title: 'The data, for reuse',
    pageTitle: 'The strike data: codebook, releases, licence and how to cite',
    intro: 'Every table behind the story and the strike tracker, free to reuse with credit: what each column holds, each released version of the strike data with its fingerprint, and how to cite it.',
    /** The dataset's name in citations, the data package and search engines' metadata. */
    datasetName: 'The boat strikes, explained: the data',
    citeName: 'The boat strikes, explained',
    licenceHeading: 'Licence',
    licenceBefore: 'The data are published under the ',
    licenceName: 'Creative Commons Attribution 4.0 International licence (CC BY 4.0)',
    licenceAfter: ': copy, adapt and republish them, in whole or in part, for any purpose, crediting “The boat strikes, explained” and linking to the page or the file you used. The story’s text and figures are not covered.',
    /** /strikes/: one line on the licence, with a link to /data/. */
    licenceLine: 'The data are free to reuse under CC BY 4.0, with credit:',
    licenceLink: 'codebook, releases and how to cite',
    filesHeading: 'Files',
    packageName: 'Data package (Frictionless): every file with its table schema',
    citationFile: 'Citation file (CITATION.cff)',
    releasesHeading: 'Released versions of the strike data',
    releasesIntro: 'Each release keeps its address, and its contents, for good. Its fingerprint, twelve hex digits of the SHA-256 of its rows, lets anyone check a copy. The current file is the latest release.',
    releaseColumns: { date: 'Released', rows: 'Strikes', fingerprint: 'Fingerprint', what: 'What changed' },
    release: (date: string) => `Release of ${date}`,
    current: 'current',
    citeHeading: 'How to cite',
    /** One release: "The boat strikes, explained: strike data, release of Dec. 6, 2026, <address>". */
    citeRelease: (name: string, date: string, url: string) => `${name}: strike data, release of ${date}, ${url}`,
    /** One strike, on its page: its title, the release its numbers are from, its address. */
    citeStrike: (name: string, title: string, date: string, url: string) => `${name}: ${title}, data release of ${date}, ${url}`,
    citeStrikeLabel: 'How to cite this strike',
    tablesHeading: 'The tables and their columns',
    tablesIntro: 'Each table is a file of comma-separated values in UTF-8, one line per record. The types and allowed values below are the ones the site checks every record against before it is built; an empty cell means unknown or none, where the column allows it.',
    columnHeads: { column: 'Column', type: 'Type', meaning: 'What it holds' },
    kinds: {
      id: 'identifier',
      date: 'date, YYYY-MM-DD',
      integer: 'whole number, 0 or more',
      code: 'one of',
      sources: 'source identifiers, separated by ;',
      url: 'web address',
      text: 'text',
    } as Record<string, string>,
    pattern: 'written as',
    mayBeEmpty: 'may be empty',
    addedHeading: 'Added by every download',
    addedIntro: 'After a table’s own columns, each download adds:',
    records: (n: string) => `${n} records`,
    download: 'Download',
    navLink: 'The data: codebook, licence, how to cite',
    spatial: 'The Caribbean Sea and the eastern Pacific Ocean',
  },
};

export type Strings = typeof en;
export type FigureWords = typeof enFigures;
