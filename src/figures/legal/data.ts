import { announcedBy, tally } from '$lib/casualties';
import type { Fact, Source, StoryEvent, Strike, Vote } from '$lib/data/schemas';
import { publisherNames, sourceIndex } from '$lib/data/sources';
import { contested, disputeOf } from '$lib/claims';

/**
 * The legal figure's data, all from the tables: the sea zones' limits, the one disclosed
 * distance (the Oct. 2 flights), the two frames with the events that show them, who named the
 * groups behind the boats, and the Senate votes.
 */
export const NM_IN_KM = 1.852;

interface Claim {
  id: string;
  date: string;
  actor: string;
  quote: string;
  summary: string;
  sources: string[];
}

export interface LegalData {
  zones: { id: string; label: string; nm: number }[];
  flights: { id: string; km: number; nm: number; sources: string[] } | null;
  /** Events that show each frame at work, and the voices for and against. */
  enforcement: Claim[];
  conflict: Claim[];
  voices: Claim[];
  target: { strikes: number; killed: number; survivors: number; named: { group: string; ids: string[] }[]; contested: { id: string; date: string; who: string }[] };
  votes: (Pick<Vote, 'id' | 'date' | 'measure' | 'yes' | 'no' | 'outcome'> & { sources: string[] })[];
}

/** Groups the official posts named; every other post said only "Designated Terrorist Organization". */
const NAMED_GROUPS = ['Tren de Aragua', 'ELN'] as const;

export function legalData(
  t: { strikes: Strike[]; events: StoryEvent[]; votes: Vote[]; facts: Fact[]; sources: Source[] },
  asOf: string,
  ids: { enforcement: string[]; conflict: string[]; voices: string[] },
): LegalData {
  const bySource = sourceIndex(t.sources);
  const names = (sourceIds: string[]) => publisherNames(sourceIds, bySource);
  const claim = (id: string): Claim => {
    const e = t.events.find((x) => x.id === id);
    if (!e) throw new Error(`legal figure: event ${id} is not in content/data/events.csv`);
    return { id, date: e.date, actor: e.actor, quote: e.quote, summary: e.summary, sources: names(e.source_ids) };
  };
  const story = announcedBy(t.strikes, asOf);
  const flights = t.facts.find((f) => f.id === 'G13');
  return {
    zones: t.facts.filter((f) => f.topic === 'sea' && f.unit === 'nm').map((f) => ({ id: f.id, label: f.label, nm: f.value })),
    flights: flights ? { id: flights.id, km: flights.value, nm: Math.round(flights.value / NM_IN_KM), sources: names(flights.source_ids) } : null,
    enforcement: ids.enforcement.map(claim),
    conflict: ids.conflict.map(claim),
    voices: ids.voices.map(claim),
    target: {
      strikes: tally(story).strikes,
      killed: tally(story).killed,
      survivors: tally(story).survivors,
      named: NAMED_GROUPS.map((group) => ({ group, ids: story.filter((s) => s.attribution_claims.includes(group)).map((s) => s.id) })),
      contested: story.filter(contested).map((s) => ({ id: s.id, date: s.strike_date ?? s.reported_by, who: (s as Strike & { dispute?: string }).dispute ?? disputeOf(s) })),
    },
    votes: t.votes
      .filter((v) => v.date <= asOf)
      .map((v) => ({ id: v.id, date: v.date, measure: v.measure, yes: v.yes, no: v.no, outcome: v.outcome, sources: names(v.source_ids) })),
  };
}
