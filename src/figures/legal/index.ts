import { defineFigure } from '../types';
import { checkLegal } from './check';
import { LEGAL_CLAIMS } from './claims';
import { legalData, type LegalData } from './data';
import { describeLegal } from './describe';
import { legalLayout, type LegalLayout } from './layout';
import { legalState, type LegalState } from './state';

export type LegalProps = LegalData & { layout: LegalLayout };

/** The legal questions on one drawing: the sea zones, who called the strikes what and when, who was aboard, the Senate's votes. */
export default defineFigure<LegalProps, LegalState>({
  label: { en: 'Diagram: the legal questions', es: 'Diagrama: las cuestiones jurídicas' },
  schema: legalState,
  check: checkLegal,
  props: (t, end, _states, words) => {
    const data = legalData(t, end, LEGAL_CLAIMS, words.legal.terms);
    return { data: { ...data, layout: legalLayout(data) } };
  },
  describe: describeLegal,
});
