import { latestAnnounced } from '$lib/casualties';
import { sourceIndex } from '$lib/data/sources';
import { disputeOf } from '$lib/tracker/dispute';
import { defineFigure } from '../types';
import { checkCasualtiesState } from './check';
import { casualtyData, type CasualtyData } from './data';
import { describeCasualties } from './describe';
import { packLayouts } from './frames';
import { layoutCasualties } from './layout';
import { casualtiesState, type CasualtiesState } from './state';
import { casualtyText } from './text';
import type { CasualtiesWords } from './words.en';

/** Deaths over time: every strike as a circle on a running toll. */
export default defineFigure<CasualtyData, CasualtiesState, CasualtiesWords>({
  label: {
    en: 'Chart: deaths in U.S. strikes on boats, by the date of each strike',
    es: 'Gráfico: muertos en ataques de EE. UU. contra lanchas, por fecha de cada ataque',
  },
  schema: casualtiesState,
  check: checkCasualtiesState,
  props: (t, end, states: CasualtiesState[], s, words, section?: CasualtiesState[]) => {
    const markerIds = new Set(states.map((s) => s.marker).filter(Boolean));
    const markers = [
      ...t.events.map((e) => ({ id: e.id, date: e.date, label: e.label })),
      ...t.deployments.map((d) => ({ id: d.id, date: d.reported_date ?? '', label: d.label })),
    ].filter((m) => markerIds.has(m.id));
    // A step past the as-of date belongs to the update: the section then carries every row to
    // the last one, and `end` stays the as-of date, where the chart turns from the story's strikes (then in a lighter tone) to the update's.
    // Never past the section's last step, though: rows dated after the last date its writer
    // wrote about (a table grown since, or generated at scale) are no strikes the story shows.
    const lastStep = (section ?? states).reduce((d, s) => (s.through > d ? s.through : d), end);
    const beyond = lastStep > end;
    const latest = latestAnnounced(t.strikes);
    const data = casualtyData(t.strikes, beyond ? (latest < lastStep ? latest : lastStep) : end, markers, end);
    // The counts in dispute travel only with a section that shows them.
    if (states.some((s) => s.counts === 'dispute')) {
      const d = disputeOf(t.strikes, t.tallies, sourceIndex(t.sources));
      const shown = new Set(data.points.map((p) => p.id));
      data.dispute = {
        missing: Object.fromEntries(d.presumed.filter((p) => shown.has(p.id)).map((p) => [p.id, p.n])),
        tallies: d.tallies.filter((x) => x.date <= data.end).map(({ date, killed, outlet }) => ({ date, killed, outlet })),
      };
    }
    // One layout per step: D3 runs here, once; the island swaps numbers.
    const layouts = states.map((s) => layoutCasualties(data, s));
    const packed = packLayouts(layouts);
    return { data, layouts: packed, text: casualtyText(data, states, layouts, packed, s, words) };
  },
  describe: describeCasualties,
  table: 'strikes',
});
