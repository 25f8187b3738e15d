import { namedIn } from '$lib/map/labels';
import { defineFigure } from '../types';
import { checkFocus, checkThrough } from '../checks';
import { strikeMapData } from './data';
import { describeStrikeMap } from './describe';
import { strikeMapState } from './state';

/** The strikes by sea area: one dot per strike, clustered where the sea area was disclosed. */
export default defineFigure({
  label: { en: 'Map: the strikes by sea area', es: 'Mapa: los ataques por zona marítima' },
  schema: strikeMapState,
  check: (s, f) => [...checkThrough(s, f), ...checkFocus(s, f, 'strikes.csv')],
  props: (t, end, _states, words) => {
    const data = strikeMapData(t.strikes, end);
    return { data: { ...data, labels: namedIn(data.labels, words.places) } };
  },
  describe: describeStrikeMap,
  table: 'strikes',
});
