import { namedIn } from '$lib/map/labels';
import { defineFigure } from '../types';
import { checkFocus, checkThrough } from '../checks';
import { buildupData, type BuildupData } from './data';
import { describeBuildup } from './describe';
import { buildupState, type BuildupState } from './state';
import type { BuildupWords } from './words.en';

/** What the U.S. deployed, placed where it was reported, and the troop totals published over time. */
export default defineFigure<BuildupData, BuildupState, BuildupWords>({
  label: { en: 'Map: the U.S. military build-up', es: 'Mapa: el despliegue militar de EE. UU.' },
  schema: buildupState,
  check: (s, f) => [...checkThrough(s, f), ...checkFocus(s, f, 'deployments.csv')],
  props: (t, end, _states, s) => {
    const data = buildupData(t.deployments, t.troopLevels, end, t.sources);
    return { data: { ...data, labels: namedIn(data.labels, s.places) } };
  },
  describe: describeBuildup,
  table: 'deployments',
});
