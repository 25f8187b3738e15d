import { MONTHS, parts } from '$lib/i18n/formats.en';

/** What the timeline draws in the browser too: its lanes, key and labels. */
const words = {
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
};
export default words;

/** Written at build time (the text alternative, the embed's headline), so no reader downloads them. */
export const atBuild = {
  headline: (date: string) => `How the diplomatic dispute escalated, through ${date}`,
  describe: {
    lead: (from: string, to: string, lanes: string[], strikes: string) => `Timeline of the escalation from ${from} to ${to}: ${lanes.join(', ')}; ${strikes} strikes announced.`,
    lane: (name: string, n: string) => `${name} ${n} ${n === '1' ? 'move' : 'moves'}`,
    focus: (date: string, who: string, what: string) => `Highlighted, ${date}, ${who}: ${what}`,
    seas: (parts: string[]) => `Strikes by sea: ${parts.join(', ')}.`,
    also: (items: string[]) => `Also added: ${items.join('; ')}.`,
  },
};

export type TimelineShown = typeof words;
export type TimelineBuilt = typeof atBuild;
/** What the build hands the figure's `props` and `describe`: both parts. */
export type TimelineWords = TimelineShown & TimelineBuilt;
