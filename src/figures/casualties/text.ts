import type { CasualtyData } from './data';
import type { Strings } from '$lib/i18n/en';
import type { CasualtiesWords } from './words.en';
import type { PackedLayouts } from './frames';
import { FIGURE, type CasualtyLayout } from './layout';
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
    /** The highlighted group with its counts (empty when the step highlights none), and its swatch's class. */
    highlight: string;
    swatch: string;
    /** The words on the plot: the focus's label, and the update's (publication, the named pause, the end of the records, the latest tally). */
    notes: Note[];
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

/** A label on the plot, placed at build time (in percent of the plot), a line each. */
export interface Note {
  kind: string;
  /** CSS lengths: percent of the plot. */
  left: string;
  top?: string;
  lines: string[];
  /** "focus": it labels what the step points at (tests/e2e/figureText.spec.ts looks for it). */
  for?: 'focus';
  /** The ringed circle's diameter, in viewBox units: the label keeps clear of the ring. */
  d?: number;
  /** The ring's height between its highest and lowest centre, in percent of the plot. */
  h?: number;
}

const pct = (v: number, of: number) => +((v / of) * 100).toFixed(2);
const left = (x: number) => `${pct(x, FIGURE.width)}%`;
const top = (y: number) => `${pct(y, FIGURE.height)}%`;

export function casualtyText(data: CasualtyData, states: readonly CasualtiesState[], layouts: readonly CasualtyLayout[], packed: PackedLayouts, t: Strings, words: CasualtiesWords): CasualtyText {
  const w = words.text;
  const asOf = t.date(data.asOf);
  return {
    steps: layouts.map(({ end, focus, highlighted, published, pause, recordsEnd, counts, dispute }, i) => ({
      killed: w.peopleKilled(t.number(end.total)),
      strikes: w.inStrikes(t.number(end.strikes), end.strikes),
      through: w.announcedThrough(t.date(states[i].through > data.end ? data.end : states[i].through)),
      later: end.laterStrikes > 0 ? w.laterPart(t.number(end.laterTotal), t.number(end.laterStrikes), end.laterStrikes, asOf) : '',
      highlight: highlightLabel(states[i].highlight, highlighted, t, words),
      swatch: states[i].highlight === 'survivors' ? 'ring' : (states[i].highlight ?? ''),
      // Days without their year: the axis writes the year under its first month and where one begins.
      notes: [
        ...(focus ? [{ kind: 'focus-ring', left: left(focus.ring.x), top: top(focus.ring.top), h: pct(focus.ring.bottom - focus.ring.top, FIGURE.height), d: focus.ring.r * 2, lines: [] }] : []),
        ...(focus
          ? [{ kind: `focus-label ${focus.label.side}`, left: left(focus.label.x), top: top(focus.label.y), for: 'focus' as const, d: focus.ring.r * 2,
              lines: w.focus(t.dayMonth(focus.day), t.number(focus.killed), focus.strikes, focus.vessels, focus.survivors) }]
          : []),
        ...(published ? [{ kind: 'rule-label', left: left(published.x), lines: w.published(t.dayMonth(published.date)) }] : []),
        ...(pause ? [{ kind: 'pause-label', left: left((pause.x1 + pause.x2) / 2), lines: w.pause(t.dayMonth(pause.from), t.dayMonth(pause.to)) }] : []),
        ...(recordsEnd ? [{ kind: 'records-label', left: left(recordsEnd.x), lines: w.recordsEnd(t.dayMonth(recordsEnd.date)) }] : []),
        ...(counts?.latest && dispute?.latest
          ? [{ kind: 'tally-label', left: left(dispute.latest.x), top: top(dispute.latest.y), lines: [w.tally(counts.latest.outlet, t.dayMonth(counts.latest.date), t.number(counts.latest.killed))] }]
          : []),
      ],
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
