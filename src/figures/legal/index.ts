import { defineFigure } from '../types';
import { checkFocus, checkThrough } from '../checks';
import { LEGAL_CLAIMS } from './claims';
import { legalData } from './data';
import { describeLegal } from './describe';
import { legalState } from './state';

/** The legal questions: sea zones, the two legal frames, who was aboard, the Senate's votes. */
export default defineFigure({
  label: { en: 'Diagram: the legal questions', es: 'Diagrama: las cuestiones jurídicas' },
  schema: legalState,
  check: (s, f) => [...checkThrough(s, f), ...checkFocus(s, f, 'events.csv')],
  props: (t, end) => ({ data: legalData(t, end, LEGAL_CLAIMS) }),
  describe: describeLegal,
});
