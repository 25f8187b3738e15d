import { MONTHS, parts } from '$lib/i18n/formats.en';

/** What the strike map draws in the browser too: its legend, counts and each strike's details. */
const words = {
  legendUnit: 'One strike, sized by deaths',
  keyAreaPhone: 'Sea as announced; no position disclosed',
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
  legendSurvivors: 'Strike with survivors',
};
export default words;

/** Written at build time (the text alternative, the embed's headline), so no reader downloads them. */
export const atBuild = {
  headline: (date: string) => `Where the U.S. struck boats, by sea area, through ${date}`,
  describe: {
    none: 'Map: no strikes had been announced yet.',
    lead: (date: string, parts: string[]) => `Map of strikes announced through ${date}, by sea area: ${parts.join('; ')}.`,
    zone: (name: string, strikes: string, n: number, killed: string) => `${name}, ${strikes} ${n === 1 ? 'strike' : 'strikes'} and ${killed} killed`,
    approx: 'No position was disclosed: the map shades each sea broadly and places no strike; the strikes are counted by sea beside it.',
    survivors: (strikes: string, n: number, survivors: string) => `Highlighted: ${strikes} ${n === 1 ? 'strike' : 'strikes'} that left ${survivors} survivors.`,
    highlight: (name: string) => `Highlighted: the ${name} strikes.`,
    focus: (date: string, killed: string, where: string) => `Marked: the strike of ${date}, ${killed} killed, reported as ${where}.`,
  },
};

export type StrikemapShown = typeof words;
export type StrikemapBuilt = typeof atBuild;
/** What the build hands the figure's `props` and `describe`: both parts. */
export type StrikemapWords = StrikemapShown & StrikemapBuilt;
