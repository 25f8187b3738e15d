/** What the build-up map draws in the browser too: its legend, places and each deployment's details. */
const words = {
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
};
export default words;

/** Written at build time (the text alternative and its symbol names, the embed's headline), so no reader downloads them. */
export const atBuild = {
  headline: (date: string) => `The U.S. military build-up, as reported through ${date}`,
  symbols: {
    large_ship: 'Carrier or amphibious groups',
    ship: 'Warships',
    submarine: 'Submarines',
    aircraft: 'Aircraft deployments',
    drone: 'Drone deployments',
    base: 'Bases reopened',
  } as Record<string, string>,
  describe: {
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
};

export type BuildupShown = typeof words;
export type BuildupBuilt = typeof atBuild;
/** What the build hands the figure's `props` and `describe`: both parts. */
export type BuildupWords = BuildupShown & BuildupBuilt;
