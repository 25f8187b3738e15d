import type { StoryEvent } from '$lib/data/schemas';

/**
 * Events the event table ties to a strike (its `strike_ids`): what was reported about a strike
 * after its announcement, such as the follow-up strike on the Sept. 2 boat. Its page tells them.
 */
export function eventsOfStrike(events: readonly StoryEvent[], id: string): StoryEvent[] {
  return events.filter((e) => e.strike_ids.includes(id)).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

