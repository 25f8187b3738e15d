/** What the timeline island computes itself, light enough to ship: no D3 here. */
/** The events a step adds to the timeline: those after the step before, through its own date. */
export function newEvents<E extends { date: string }>(events: readonly E[], throughs: readonly string[], through: string): E[] {
  const before = throughs.filter((d) => d < through).sort().at(-1) ?? '';
  return events.filter((e) => e.date > before && e.date <= through);
}
