import type { Strings } from '$lib/i18n/en';
import type { TimelineWords } from './words.en';
import { LANES, type TimelineData } from './data';
import { newEvents } from './layout';
import type { TimelineState } from './state';

/** The timeline's text alternative: each side's moves by the step, the strikes by sea, the one in focus and what else the step adds. */
export function describeTimeline(data: TimelineData, state: TimelineState, t: Strings, words: TimelineWords): string {
  const d = words.describe;
  const shown = data.events.filter((e) => e.date <= state.through);
  const counts = LANES.map((lane) => d.lane(words.lanes[lane], t.number(shown.filter((e) => e.lane === lane).length)));
  const strikes = data.strikes.filter((s) => s.announced <= state.through);
  const out = [d.lead(t.date(data.start), t.date(state.through), counts, t.number(strikes.length))];
  const seas = (['caribbean', 'eastern_pacific', 'unknown'] as const)
    .map((r) => [r, strikes.filter((s) => s.region === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${t.seas[r]} ${t.number(n)}`);
  if (seas.length) out.push(d.seas(seas));
  const focus = shown.find((e) => e.id === state.focus);
  if (focus) out.push(d.focus(t.date(focus.date), t.actors[focus.actor], focus.summary));
  const also = newEvents(data.events, data.throughs, state.through).filter((e) => e.id !== focus?.id);
  if (also.length && data.throughs.includes(state.through)) out.push(d.also(also.map((e) => words.item(e.date, e.label))));
  return out.join(' ');
}
