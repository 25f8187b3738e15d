import type { Tables } from '../data/load';
import { announcedOn } from '../casualties';
import type { StoryFacts } from './checkStory';

/** Every row id of the data tables with what the story check needs to know about it. */
export function rowIndex(t: Tables): StoryFacts['rows'] {
  const rows = new Map<string, { date: string | null; label?: string; announced?: string }>();
  for (const s of t.strikes) rows.set(s.id, { date: s.strike_date, announced: announcedOn(s) });
  for (const e of t.events) rows.set(e.id, { date: e.date, label: e.label });
  for (const d of t.deployments) rows.set(d.id, { date: d.reported_date, label: d.label });
  for (const r of t.troopLevels) rows.set(r.id, { date: r.date });
  for (const v of t.votes) rows.set(v.id, { date: v.date });
  for (const f of t.facts) rows.set(f.id, { date: null });
  return rows;
}
