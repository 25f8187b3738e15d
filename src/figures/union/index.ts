import { defineFigure } from '../types';
import { checkThrough } from '../checks';
import { unionData, type UnionData } from './data';
import { describeUnion } from './describe';
import { unionState, type UnionState } from './state';
import type { UnionWords } from './words.en';

/** Colombia and Venezuela: the border, the troops and strikes around it, and Petro's union idea. */
export default defineFigure<UnionData, UnionState, UnionWords>({
  label: { en: 'Map: Colombia and Venezuela', es: 'Mapa: Colombia y Venezuela' },
  schema: unionState,
  check: checkThrough,
  props: (t, end, states, s, words) => ({ data: unionData(t, end, states as UnionState[], s, words) }),
  describe: describeUnion,
});
