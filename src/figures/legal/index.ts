import { defineFigure } from '../types';
import { checkLegal } from './check';
import { LEGAL_CLAIMS } from './claims';
import { legalData } from './data';
import { describeLegal } from './describe';
import { legalLayout } from './layout';
import { legalState, type LegalState } from './state';
import { legalLabels, legalView, type LegalProps } from './view';
import type { LegalWords } from './words.en';

/** The legal questions on one drawing: the sea zones, who called the strikes what and when, who was aboard, the Senate's votes. */
export default defineFigure<LegalProps, LegalState, LegalWords>({
  label: { en: 'Diagram: the legal questions', es: 'Diagrama: las cuestiones jurídicas' },
  schema: legalState,
  check: checkLegal,
  props: (t, end, states, s, words) => {
    const data = legalData(t, end, LEGAL_CLAIMS, words.view.terms);
    const layout = legalLayout(data);
    return { data: { ...data, layout, labels: legalLabels(data, layout, s, words), views: states.map((state) => legalView(data, layout, state, s, words)) } };
  },
  describe: describeLegal,
});
