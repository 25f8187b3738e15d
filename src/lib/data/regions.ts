/** The sea areas a strike is filed under. Its own module, free of the schema library, so browser code can import it. */
export const REGIONS = ['caribbean', 'eastern_pacific', 'unknown'] as const;
export type Region = (typeof REGIONS)[number];
