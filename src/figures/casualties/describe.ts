import { tally } from '$lib/casualties';
import { visiblePoints, type CasualtyData } from './data';
import type { Strings } from '$lib/i18n/en';
import type { CasualtiesWords } from './words.en';
import type { CasualtiesState } from './state';

/** The text alternative of one state: what a sighted reader sees, in a sentence or three. */
export function describeCasualties(data: CasualtyData, state: CasualtiesState, t: Strings, words: CasualtiesWords): string {
  const d = words.describe;
  const shown = visiblePoints(data, state.through);
  if (shown.length === 0) return d.none;
  const strikesOf = (n: number) => `${t.number(n)} ${d.strikesWord(n)}`;
  const all = tally(shown);
  const sentences = [d.lead(t.number(all.killed), t.number(all.strikes), all.strikes, t.date(shown[0].date), t.date(state.through))];

  const regions = (['caribbean', 'eastern_pacific', 'unknown'] as const)
    .map((region) => ({ region, ...tally(shown.filter((p) => p.region === region)) }))
    .filter((r) => r.strikes > 0);
  if (regions.length > 1) {
    sentences.push(d.byRegion(regions.map((r) => d.regionPart(t.regions[r.region], t.number(r.killed), strikesOf(r.strikes)))));
  }

  if (state.highlight === 'survivors') {
    const withSurvivors = shown.filter((p) => (p.survivors ?? 0) > 0);
    const s = tally(withSurvivors);
    sentences.push(d.highlight.survivors(strikesOf(s.strikes), t.number(s.survivors)));
  } else if (state.highlight) {
    const s = tally(shown.filter((p) => p.region === state.highlight));
    sentences.push(d.highlight[state.highlight](strikesOf(s.strikes), t.number(s.killed)));
  }

  const later = shown.filter((p) => p.announced > data.asOf);
  if (later.length > 0) {
    const s = tally(later);
    sentences.push(d.later(t.number(s.killed), strikesOf(s.strikes), t.date(data.asOf)));
  }

  if (state.counts === 'dispute' && data.dispute) {
    const missing = shown.reduce((n, p) => n + (data.dispute!.missing[p.id] ?? 0), 0);
    const tallies = data.dispute.tallies.filter((x) => x.date <= state.through);
    const latest = tallies.at(-1);
    if (latest) sentences.push(d.dispute(t.number(all.killed + missing), t.number(missing), t.number(tallies.length), t.number(latest.killed), latest.outlet, t.date(latest.date)));
  }

  const focus = shown.find((p) => p.id === state.focus);
  if (focus) {
    // As the chart rings it: every strike of the focused one's day.
    const day = focus.approx ? [focus] : shown.filter((p) => !p.approx && p.date === focus.date);
    sentences.push(d.focus(t.date(focus.date), t.number(tally(day).killed), t.regions[focus.region], day.length));
  }

  const pauseEnd = shown.find((p) => p.id === state.pause);
  const pauseStart = pauseEnd ? shown.filter((p) => p.date < pauseEnd.date).map((p) => p.date).sort().at(-1) : undefined;
  if (pauseEnd && pauseStart) sentences.push(d.pause(t.date(pauseStart), t.date(pauseEnd.date)));
  if (state.through > data.asOf && state.through >= data.end) sentences.push(d.recordsEnd(t.date(data.end)));

  const marker = data.markers.find((m) => m.id === state.marker);
  if (marker) sentences.push(d.marker(marker.label, t.date(marker.date)));

  return sentences.join(' ');
}
