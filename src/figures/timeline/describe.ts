import type { Strings } from '$lib/i18n/en';
import { LANES, type TimelineData } from './data';
import type { TimelineState } from './state';

/** The timeline's text alternative: how many moves each side had made by the step, and the one in focus. */
export function describeTimeline(data: TimelineData, state: TimelineState, t: Strings): string {
  const d = t.describe.timeline;
  const shown = data.events.filter((e) => e.date <= state.through);
  const counts = LANES.map((lane) => d.lane(t.timeline.lanes[lane], t.number(shown.filter((e) => e.lane === lane).length)));
  const strikes = data.strikes.filter((s) => s.announced <= state.through).length;
  const out = [d.lead(t.date(data.start), t.date(state.through), counts, t.number(strikes))];
  const focus = shown.find((e) => e.id === state.focus);
  if (focus) out.push(d.focus(t.date(focus.date), t.legal.actor[focus.actor], focus.summary));
  return out.join(' ');
}
