import { tally } from '$lib/casualties';
import type { Strings } from '$lib/i18n/en';
import type { StrikemapWords } from './words.en';
import { newSince, type StrikeMapData } from './data';
import type { StrikeMapState } from './state';

/** The strike map's text alternative: what each sea holds at this step, and what the step adds. */
export function describeStrikeMap(data: StrikeMapData, state: StrikeMapState, t: Strings, words: StrikemapWords): string {
  const s = words.describe;
  const shown = data.points.filter((p) => p.announced <= state.through);
  if (shown.length === 0) return s.none;
  const parts = (['caribbean', 'eastern_pacific', 'unknown'] as const)
    .map((region) => ({ region, ...tally(shown.filter((p) => p.region === region)) }))
    .filter((x) => x.strikes > 0)
    .map((x) => s.zone(t.seas[x.region], t.number(x.strikes), x.strikes, t.number(x.killed)));
  const out = [s.lead(t.date(state.through), parts), s.approx];
  const added = newSince(data.points, data.throughs, state.through);
  if (added.length && added.length < shown.length) out.push(`${words.added(added.map((p) => p.date))}.`);
  if (state.highlight === 'survivors') {
    const w = tally(shown.filter((p) => (p.survivors ?? 0) > 0));
    out.push(s.survivors(t.number(w.strikes), w.strikes, t.number(w.survivors)));
  } else if (state.highlight) out.push(s.highlight(t.seas[state.highlight]));
  const focus = shown.find((p) => p.id === state.focus);
  if (focus) out.push(s.focus(t.date(focus.date), t.number(focus.killed), focus.where));
  return out.join(' ');
}
