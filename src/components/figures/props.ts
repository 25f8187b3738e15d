import type { Lang } from '../../lib/i18n';

/** What every figure island receives: its build-time data, the step to render first, the edition. */
export interface FigureProps<Data, State> {
  data: Data;
  /** The section's first step, rendered on the server. (Not `state`: that would shadow the rune.) */
  step: State;
  lang?: Lang;
}
