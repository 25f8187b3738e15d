/** The union map draws nothing in words of its own in the browser: its words are laid out at build time (data.ts). */
const words = {};
export default words;

/** Written at build time: the labels laid out on the map (data.ts), the text alternative, the embed's headline; none of them ships. */
export const atBuild = {
  headline: () => "Colombia and Venezuela, and Petro's talk of a union",
  map: {
    // "Nov. 9" is never split over two lines.
    granColombia: (date: string) => `Gran Colombia: the four nations Petro proposed joining in a confederation, ${date.replace(' ', '\u00a0')}`,
    borderLength: (km: string) => `${km} km of shared land border`,
    crossings: (land: string, river: string) => `Official crossings: ${land} by land, ${river} by river`,
    river: (name: string) => `${name} (river)`,
    zone1: (date: string) => `Binational zone, ${date}`,
    zone2: (date: string) => `Second zone, ${date}`,
    strikes: (n: string, killed: string, date: string) => `${n} U.S. strikes in the Caribbean by ${date}, ${killed} killed. Exact places not disclosed`,
    coTroops: (n: string) => `${n} Colombian soldiers in Catatumbo, Petro said`,
    veTroops: (n: string) => `${n} Venezuelan troops sent to Zulia and Táchira`,
    pressure: (aid: string, sanctions: string) => `From Washington: an end to aid (${aid}), sanctions on Petro (${sanctions})`,
    /** Its sides of the triangle run off the map's top edge: the country is far to the north. */
    usNorth: 'United States ↑',
    usCo: 'Decertification, sanctions',
    usVe: 'Boat strikes',
    coVe: 'Union talk',
  },
  describe: {
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
};

export type UnionShown = typeof words;
export type UnionBuilt = typeof atBuild;
/** What the build hands the figure's `props` and `describe`: both parts. */
export type UnionWords = UnionShown & UnionBuilt;
