import { describe, expect, test } from 'vitest';
import { laneOf, newEvents, TIMELINE, timelineData } from '$figures/timeline/data';
import { STORY_START } from '$lib/dates';
import { AS_OF, fixtureTables } from '../../fixtures/tables';

const t = fixtureTables();

describe('timeline data', () => {
  const data = timelineData(t, STORY_START, AS_OF);

  test('four lanes; Congress sits in the U.S. lane; nothing before the start or after the as-of date', () => {
    expect(laneOf('us_congress')).toBe('united_states');
    expect(laneOf('other')).toBeNull();
    expect(new Set(data.events.map((e) => e.lane))).toEqual(new Set(['united_states', 'colombia', 'venezuela', 'un']));
    expect(data.events.find((e) => e.id === 'E024')!.lane).toBe('united_states');
    expect(data.events.every((e) => e.date >= STORY_START && e.date <= AS_OF)).toBe(true);
    expect(data.events.some((e) => e.id === 'E001')).toBe(false); // July 17: before the timeline opens
    expect(data.events.some((e) => e.id === 'E045')).toBe(false); // Nov. 11: after the story
  });

  test('a step that brings an event forward shows its words: an event without a label stops the build', () => {
    const focused = new Set(['E009', 'E016']);
    expect(timelineData(t, STORY_START, AS_OF, [AS_OF], focused).events.find((e) => e.id === 'E009')!.label).toBe('U.S.: first lethal boat strike');
    const unlabelled = { ...t, events: t.events.map((e) => (e.id === 'E016' ? { ...e, label: '' } : e)) };
    expect(() => timelineData(unlabelled, STORY_START, AS_OF, [AS_OF], focused)).toThrow(/E016, which has no label/);
  });

  test('every dot can be named: only events with a label are drawn, each with it; only the focused ones carry their summary and quote', () => {
    const events = timelineData(t, STORY_START, AS_OF, [AS_OF], new Set(['E025'])).events;
    expect(events.every((e) => e.label !== '')).toBe(true);
    expect(events.some((e) => e.id === 'E012')).toBe(false); // no label in events.csv
    expect(events.filter((e) => e.summary || e.quote || e.sources.length).map((e) => e.id)).toEqual(['E025']);
  });

  test('talk of a union with Venezuela is left to the union section', () => {
    expect(data.events.filter((e) => ['E008', 'E020'].includes(e.id))).toEqual([]);
  });

  test('each strike keeps its sea, for its colour', () => {
    expect(data.strikes.find((s) => s.id === 'S001')!.region).toBe('caribbean');
    expect(data.strikes.find((s) => s.id === 'S008')!.region).toBe('eastern_pacific');
  });

  test("a step's new events are those since the step before", () => {
    const steps = ['2025-09-02', '2025-09-23', AS_OF];
    const d = timelineData(t, STORY_START, AS_OF, steps);
    expect(newEvents(d.events, steps, '2025-09-02').map((e) => e.id)).toEqual(['E009']);
    expect(newEvents(d.events, steps, '2025-09-23').map((e) => e.id)).toEqual(['E010', 'E014', 'E016', 'E017']);
  });

  test('events in date order across the frame, and the strikes the story counts', () => {
    const dates = data.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    const xs = data.events.map((e) => e.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(TIMELINE.left);
    expect(Math.max(...xs)).toBeLessThanOrEqual(TIMELINE.width - TIMELINE.right);
    expect(data.strikes.map((s) => s.id)).toEqual(['S001', 'S002', 'S003', 'S004', 'S005', 'S006', 'S007', 'S008', 'S013']);
  });

  test("each step's now line, in step order", () => {
    const { nowX } = timelineData(t, STORY_START, AS_OF, ['2025-09-02', AS_OF]);
    expect(nowX[0]).toBeLessThan(nowX[1]);
    expect(nowX[1]).toBe(TIMELINE.width - TIMELINE.right);
  });
});
