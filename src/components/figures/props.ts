import type { Lang } from '../../lib/i18n';

/** What every figure island receives: its build-time data, the step to render first, the edition. */
export interface FigureProps<Data, State> {
  data: Data;
  /** The section's first step, rendered on the server. (Not `state`: that would shadow the rune.) */
  step: State;
  lang?: Lang;
  /**
   * Maps only: draw the land once hydrated, not in the server's HTML (a <noscript> copy keeps it
   * for readers without JavaScript). A <use> of an external file is fetched the moment the HTML
   * parser meets it, so in a hydrated figure the basemap would compete with the first paint.
   */
  deferLand?: boolean;
}
