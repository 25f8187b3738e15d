import { STORY_START } from '$lib/dates';
import { defineFigure } from '../types';
import { checkFocus, checkThrough } from '../checks';
import { timelineData, type TimelineData } from './data';
import { describeTimeline } from './describe';
import { timelineState, type TimelineState } from './state';
import type { TimelineWords } from './words.en';

/** The diplomatic escalation: each government's moves in its own lane, with the strikes below. */
export default defineFigure<TimelineData, TimelineState, TimelineWords>({
  label: { en: 'Timeline: the diplomatic escalation', es: 'Cronología: la escalada diplomática' },
  schema: timelineState,
  check: (s, f) => [...checkThrough(s, f), ...checkFocus(s, f, 'events.csv')],
  props: (t, end, states: TimelineState[]) => ({
    data: timelineData(
      t,
      STORY_START,
      end,
      states.map((s) => s.through),
      new Set(states.map((s) => s.focus).filter((f): f is string => Boolean(f))),
      states.map((s) => s.focus ?? ''),
    ),
  }),
  describe: describeTimeline,
});
