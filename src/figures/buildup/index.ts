import { namedIn } from '$lib/map/labels';
import { defineFigure } from '../types';
import { checkFocus, checkThrough } from '../checks';
import { buildupData } from './data';
import { describeBuildup } from './describe';
import { buildupState } from './state';

/** What the U.S. deployed, placed where it was reported, and the troop totals published over time. */
export default defineFigure({
  label: { en: 'Map: the U.S. military build-up', es: 'Mapa: el despliegue militar de EE. UU.' },
  schema: buildupState,
  check: (s, f) => [...checkThrough(s, f), ...checkFocus(s, f, 'deployments.csv')],
  props: (t, end, _states, words) => {
    const data = buildupData(t.deployments, t.troopLevels, end, t.sources);
    return { data: { ...data, labels: namedIn(data.labels, words.places) } };
  },
  describe: describeBuildup,
  table: 'deployments',
});
