/** The legal figure draws nothing in words of its own in the browser: its words are laid out at build time (view.ts). */
const words = {};
export default words;

/** Written at build time: every label of each step (view.ts), the text alternative, the embed's headline; none of them ships as code. */
export const atBuild = {
  headline: () => 'The legal questions over the boat strikes',
  view: {
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
    dto: 'Most said only “Designated Terrorist Organization.”',
    named: (groups: string) => `(${groups})`,
    disputed: (n: string) => `Disputed by a government or relatives: ${n}`,
    unnamed: (n: string) => `Named no group: ${n}`,
    tally: (yes: string, no: string, outcome: string) => `${yes}\u2011${no}, ${outcome.toLowerCase()}`,
    outcome: { passed: 'Passed', failed: 'Failed' } as Record<string, string>,
    // Named beside a swatch of each mark, so the key holds in a dark theme, where the bars are light.
    yesKey: 'Yes votes, of 100',
    halfKey: 'Half the Senate; a tie fails',
  },
  describe: {
    zones: (ts: string, cz: string, eez: string) => `Diagram of the sea zones off a coast under the U.N. law of the sea, to scale: territorial sea to ${ts} nautical miles, contiguous zone to ${cz}, exclusive economic zone to ${eez}, then the high seas.`,
    strikes: 'Hatched, everything beyond the territorial sea: the strikes were announced as in international waters; how far out was never disclosed.',
    flights: (date: string, km: string, nm: string) => `A dashed line marks the one distance disclosed: U.S. F-35s flew about ${km} km (${nm} nm) off Venezuela on ${date}, inside its economic zone, and Venezuela protested.`,
    timeline: (strikes: string, from: string, to: string) => `Below, a timeline from ${from} to ${to}: ${strikes} strikes announced, and when the U.S. administration, the United Nations and the Senate spoke.`,
    voice: (term: string, who: string, date: string, quote: string) => `Written on the strike area: ${term} (${who}, ${date}). ${quote}.`,
    target: (strikes: string, named: string, groups: string, disputed: string) => `On the timeline, of ${strikes} strikes announced, ${named} named a group (${groups}); in ${disputed}, a government or relatives disputed who was aboard. The rest said only "Designated Terrorist Organization."`,
    vote: (date: string, yes: string, no: string, outcome: string) => `${date}: ${yes} yes, ${no} no; ${outcome.toLowerCase()}.`,
  },
};

export type LegalShown = typeof words;
export type LegalBuilt = typeof atBuild;
/** What the build hands the figure's `props` and `describe`: both parts. */
export type LegalWords = LegalShown & LegalBuilt;
