import { casualtyData } from '$lib/casualties';
import { defineFigure } from '../types';
import { checkCasualtiesState } from './check';
import { describeCasualties } from './describe';
import { packLayouts } from './frames';
import { layoutCasualties } from './layout';
import { casualtiesState, type CasualtiesState } from './state';

/** Deaths over time: every strike as a circle on a running toll. */
export default defineFigure({
  label: {
    en: 'Chart: deaths in U.S. strikes on boats, by the date of each strike',
    es: 'Gráfico: muertos en ataques de EE. UU. contra lanchas, por fecha de cada ataque',
  },
  schema: casualtiesState,
  check: checkCasualtiesState,
  props: (t, end, states: CasualtiesState[]) => {
    const markerIds = new Set(states.map((s) => s.marker).filter(Boolean));
    const markers = [
      ...t.events.map((e) => ({ id: e.id, date: e.date, label: e.label })),
      ...t.deployments.map((d) => ({ id: d.id, date: d.reported_date ?? '', label: d.label })),
    ].filter((m) => markerIds.has(m.id));
    const data = casualtyData(t.strikes, end, markers);
    // One layout per step: D3 runs here, once; the island swaps numbers.
    return { data, layouts: packLayouts(states.map((s) => layoutCasualties(data, s))) };
  },
  describe: describeCasualties,
  table: 'strikes',
});
