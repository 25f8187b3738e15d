import type { CasualtyData } from './data';
import type { Strings } from '$lib/i18n/en';
import type { CasualtiesWords } from './words.en';
import type { PackedLayouts } from './frames';
import type { CasualtyLayout } from './layout';
import type { CasualtiesState } from './state';

/**
 * The chart's words, written at build time for every step and axis of a section: the island
 * receives them as data, so no number or date formatting ships to the reader.
 */
export interface CasualtyText {
  steps: {
    killed: string;
    strikes: string;
    through: string;
    later: string;
    /** The labels of what the step points at (empty when it points at nothing): its focus, its highlight. */
    focus: string[];
    highlight: string;
    /** The update's labels: the rule at publication, the named pause, the end of the records, the latest tally. */
    published: string[];
    pause: string[];
    recordsEnd: string[];
    tally: string;
  }[];
  /** Whether any step highlights a group: its line under the total is kept, unseen, at every other step so nothing moves. */
  highlights: boolean;
  /** The key to the counts in dispute, if a step of the section draws them: kept, unseen, at every other step so nothing moves. */
  counts: { missing: string; tallies: string } | null;
  /** Per packed axis: the y labels (the top one with its unit), the months and their years. */
  axes: { y: string[]; x: { month: string; year: string }[] }[];
  /** The legend entry for a strike whose sea was not disclosed, if the section has one. */
  unknown: string;
  note: string;
}

export function casualtyText(data: CasualtyData, states: readonly CasualtiesState[], layouts: readonly CasualtyLayout[], packed: PackedLayouts, t: Strings, words: CasualtiesWords): CasualtyText {
  const w = words.text;
  const asOf = t.date(data.asOf);
  return {
    steps: layouts.map(({ end, focus, highlighted, published, pause, recordsEnd, counts }, i) => ({
      killed: w.peopleKilled(t.number(end.total)),
      strikes: w.inStrikes(t.number(end.strikes), end.strikes),
      through: w.announcedThrough(t.date(states[i].through > data.end ? data.end : states[i].through)),
      later: end.laterStrikes > 0 ? w.laterPart(t.number(end.laterTotal), asOf) : '',
      focus: focus ? w.focus(t.dayMonth(focus.day), t.number(focus.killed), focus.strikes, focus.vessels, focus.survivors) : [],
      highlight: highlightLabel(states[i].highlight, highlighted, t, words),
      // Days without their year: the axis writes the year under its first month and where one begins.
      published: published ? w.published(t.dayMonth(published.date)) : [],
      pause: pause ? w.pause(t.dayMonth(pause.from), t.dayMonth(pause.to)) : [],
      recordsEnd: recordsEnd ? w.recordsEnd(t.dayMonth(recordsEnd.date)) : [],
      tally: counts?.latest ? w.tally(counts.latest.outlet, t.dayMonth(counts.latest.date), t.number(counts.latest.killed)) : '',
    })),
    highlights: states.some((s) => s.highlight),
    axes: packed.axes.map((a) => ({
      y: a.yTicks.map((tick, i) => (i === a.yTicks.length - 1 ? w.yTop(t.number(Number(tick.value))) : t.number(Number(tick.value)))),
      x: a.xTicks.map((tick) => ({ month: t.monthTick(tick.value, false), year: tick.year ? tick.value.slice(0, 4) : '' })),
    })),
    counts: disputeKey(layouts, t, words),
    unknown: data.points.some((p) => p.region === 'unknown') ? w.legendUnknown : '',
    note: w.sizeNote,
  };
}

function disputeKey(layouts: readonly CasualtyLayout[], t: Strings, words: CasualtiesWords): CasualtyText['counts'] {
  const counts = [...layouts].reverse().find((l) => l.counts)?.counts;
  if (!counts) return null;
  const w = words.text;
  return { missing: w.missingKey(t.number(counts.total)), tallies: counts.latest ? w.talliesKey(t.number(counts.latest.killed), counts.latest.outlet) : '' };
}

function highlightLabel(highlight: CasualtiesState['highlight'], h: CasualtyLayout['highlighted'], t: Strings, words: CasualtiesWords): string {
  if (!highlight || !h) return '';
  const w = words.text;
  return highlight === 'survivors'
    ? w.highlightSurvivors(t.number(h.strikes), h.strikes, t.number(h.survivors))
    : w.highlightSea(t.seas[highlight], t.number(h.killed), t.number(h.strikes), h.strikes);
}
