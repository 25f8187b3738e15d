import { defineFigure } from '../types';
import { checkFocus, checkThrough } from '../checks';
import { strikeMapData, type StrikeMapData } from './data';
import { describeStrikeMap } from './describe';
import { strikeMapState, type StrikeMapState } from './state';
import type { StrikemapWords } from './words.en';

/** The strikes by sea: a locator shading the two seas, and one mark per strike counted beside it, never placed. */
export default defineFigure<StrikeMapData, StrikeMapState, StrikemapWords>({
  label: { en: 'Map: the strikes by sea', es: 'Mapa: los ataques por mar' },
  schema: strikeMapState,
  check: (s, f) => [...checkThrough(s, f), ...checkFocus(s, f, 'strikes.csv')],
  props: (t, end, states, s) => {
    const data = strikeMapData(t.strikes, end, states.map((s) => s.through));
    return { data: { ...data, countryLabels: data.countryLabels.map((l) => ({ ...l, name: s.places[l.id] ?? l.id })) } };
  },
  describe: describeStrikeMap,
  table: 'strikes',
});
