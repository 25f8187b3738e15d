/** What the casualty chart draws in the browser too: its legend. */
const words = {
  legendSurvivors: 'Strike with survivors',
};
export default words;

/** Written at build time (the chart's totals, dates and axis labels reach the island already written, in its props; the text alternative and the embed's headline stay on the server), so no reader downloads them. */
export const atBuild = {
  headline: (date: string) => `Deaths in U.S. strikes on boats, through ${date}`,
  text: {
    peopleKilled: (n: string) => `${n} killed`,
    inStrikes: (n: string, k: number) => `in ${n} ${k === 1 ? 'strike' : 'strikes'}`,
    /** The top label of the y axis carries the unit. */
    yTop: (n: string) => `${n} deaths`,
    legendUnknown: 'Sea not disclosed',
    announcedThrough: (date: string) => `Announced through ${date}`,
    /** The key to the update's strikes, past the story's as-of date (in full colour; the story's own go to a lighter tone). */
    laterPart: (killed: string, n: string, strikes: number, date: string) => `${killed} of them in ${n} ${strikes === 1 ? 'strike' : 'strikes'} after ${date}`,
    sizeNote: 'Circle area: deaths in that strike',
    /** The key to the counts in dispute, on the step that draws them. */
    missingKey: (n: string) => `${n} with survivors never found`,
    talliesKey: (n: string, outlet: string) => `Tallies published (latest: ${n}, ${outlet})`,
    /** Beside the focused strike's ring, a line each: its day, every strike of that day (if more than one), their toll. */
    focus: (day: string, killed: string, strikes: number, vessels: number, survivors: number): string[] => [
      day,
      ...(strikes > 1 ? [`${strikes} strikes${vessels > strikes ? ` on ${vessels} boats` : ''}`] : []),
      `${killed} killed${survivors ? `, ${survivors} ${survivors === 1 ? 'survivor' : 'survivors'}` : ''}`,
    ],
    /** Under the total, the highlighted group with its counts. */
    highlightSea: (sea: string, killed: string, n: string, k: number) => `${sea}: ${killed} killed in ${n} ${k === 1 ? 'strike' : 'strikes'}`,
    highlightSurvivors: (n: string, k: number, survivors: string) => `${n} ${k === 1 ? 'strike' : 'strikes'} with survivors, ${survivors} in all`,
    /** The update: the rule at the story's as-of date, the pause a step names, where the records stop (a line each), the tally the story cites. */
    published: (date: string) => ['Story published', date],
    pause: (from: string, to: string) => ['No strike reported', `${from}–${to}`],
    recordsEnd: (date: string) => ['Our records end', date],
    tally: (outlet: string, day: string, n: string) => `${outlet}, ${day}: ${n}`,
  },
  describe: {
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
    focus: (date: string, killed: string, region: string, strikes: number) =>
      strikes > 1 ? `Marked: the ${strikes} strikes of ${date} in the ${region}, ${killed} killed.` : `Marked: the strike of ${date} in the ${region}, ${killed} killed.`,
    pause: (from: string, to: string) => `Shaded: no strike reported from ${from} to ${to}.`,
    recordsEnd: (date: string) => `The chart ends on ${date}, where our records end.`,
    marker: (label: string, date: string) => `Line at ${date}: ${label}.`,
    later: (killed: string, strikes: string, date: string) => `In full color after a line at ${date}, when this story was published, the ${killed} killed in the ${strikes} announced since; the strikes before it in a lighter tone.`,
    dispute: (total: string, missing: string, tallies: string, latest: string, outlet: string, date: string) =>
      `A dashed line counts the ${missing} survivors never found as well, for ${total}. ${tallies} dots mark the tallies outlets published, the latest ${outlet}’s ${latest} on ${date}.`,
    none: 'Chart: no strikes had been announced yet.',
  },
};

export type CasualtiesShown = typeof words;
export type CasualtiesBuilt = typeof atBuild;
/** What the build hands the figure's `props` and `describe`: both parts. */
export type CasualtiesWords = CasualtiesShown & CasualtiesBuilt;
