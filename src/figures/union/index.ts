import { defineFigure } from '../types';
import { checkThrough } from '../checks';
import { unionData } from './data';
import { describeUnion } from './describe';
import { unionState, type UnionState } from './state';

/** Colombia and Venezuela: the border, the troops and strikes around it, and Petro's union idea. */
export default defineFigure({
  label: { en: 'Map: Colombia and Venezuela', es: 'Mapa: Colombia y Venezuela' },
  schema: unionState,
  check: checkThrough,
  props: (t, end, states, words) => ({ data: unionData(t, end, states as UnionState[], words) }),
  describe: describeUnion,
});
