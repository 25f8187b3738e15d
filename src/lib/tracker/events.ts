import type { StoryEvent, Strike } from '$lib/data/schemas';

/**
 * Events the event table ties to a strike (its `strike_ids`): what was reported about a strike
 * after its announcement, such as the follow-up strike on the Sept. 2 boat. Its page tells them.
 */
export function eventsOfStrike(events: readonly StoryEvent[], id: string): StoryEvent[] {
  return events.filter((e) => e.strike_ids.includes(id)).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** An event tied to a strike the strike table does not hold, in words a writer can act on. */
export function unknownStrikeProblems(events: readonly StoryEvent[], strikes: readonly Pick<Strike, 'id'>[]): string[] {
  const known = new Set(strikes.map((s) => s.id));
  return events.flatMap((e) =>
    e.strike_ids.filter((id) => !known.has(id)).map((id) => `content/data/events.csv, id ${e.id}, field "strike_ids": expected ids listed in content/data/strikes.csv, but "${id}" is not there`),
  );
}
