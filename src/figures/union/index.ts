import { namedIn } from '$lib/map/labels';
import { defineFigure } from '../types';
import { checkThrough } from '../checks';
import { unionData } from './data';
import { describeUnion, UNION_EVENTS } from './describe';
import { unionState } from './state';

/** Colombia and Venezuela: the border, the build-up off their coasts, and Petro's union idea. */
export default defineFigure({
  label: { en: 'Map: Colombia and Venezuela', es: 'Mapa: Colombia y Venezuela' },
  schema: unionState,
  check: checkThrough,
  props: (t, end, _states, words) => {
    const data = unionData(t, end, Object.values(UNION_EVENTS).flat());
    return { data: { ...data, labels: namedIn(data.labels, words.places) } };
  },
  describe: describeUnion,
});
