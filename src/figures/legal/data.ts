import { announcedBy, announcedOn, tally } from '$lib/casualties';
import type { Fact, Source, StoryEvent, Strike, Vote } from '$lib/data/schemas';
import { publisherNames, sourceIndex } from '$lib/data/sources';
import { contested, namedGroup } from '$lib/claims';

/**
 * The legal figure's data, all from the tables: the sea zones' limits, the one disclosed
 * distance (the Oct. 2 flights), who called the strikes what and when, what the announcements
 * said about who was aboard, and the Senate's votes.
 */
export const NM_IN_KM = 1.852;


export interface Voice {
  id: string;
  date: string;
  actor: string;
  /** The row's short attributed quote, speaker first ("Kaine: ..."). */
  quote: string;
  /** The summary quotes the edition's term (`legal.terms`, written on the strike area), so the figure may too. */
  quoted: boolean;
  sources: string[];
}

export interface LegalStrike {
  id: string;
  /** The day it was made public: the story counts what had been announced. */
  date: string;
  /** The group the announcement named, if any. */
  named: string | null;
  /** A government or relatives disputed who was aboard. */
  disputed: boolean;
}

export interface LegalData {
  /** The timeline's span: the first of the month of the first strike, to the story's end. */
  start: string;
  end: string;
  zones: { id: string; nm: number }[];
  flights: { id: string; event: string; date: string; km: number; nm: number; sources: string[] } | null;
  voices: Voice[];
  together: Record<string, string[]>;
  strikes: LegalStrike[];
  killed: number;
  votes: (Pick<Vote, 'id' | 'date' | 'yes' | 'no' | 'outcome'> & { event: string; sources: string[] })[];
}

/** Groups the official posts named; every other post said only "Designated Terrorist Organization". */

export interface LegalClaims {
  flights: string;
  voices: string[];
  together: Record<string, string[]>;
}

export function legalData(
  t: { strikes: Strike[]; events: StoryEvent[]; votes: Vote[]; facts: Fact[]; sources: Source[] },
  end: string,
  ids: LegalClaims,
  terms: Record<string, string>,
): LegalData {
  const bySource = sourceIndex(t.sources);
  const names = (sourceIds: string[]) => publisherNames(sourceIds, bySource);
  // A row the tables lack is left out (small test tables); tests/figures/legal/terms.test.ts
  // holds the committed data to every row LEGAL_CLAIMS names.
  const event = (id: string): StoryEvent | undefined => t.events.find((x) => x.id === id);
  const voice = (e: StoryEvent): Voice => {
    const id = e.id;
    const term = terms[id] ?? '';
    const quoted = [`"${term}"`, `«${term}»`].some((q) => e.summary.toLowerCase().includes(q.toLowerCase()));
    return { id, date: e.date, actor: e.actor, quote: e.quote, quoted, sources: names(e.source_ids) };
  };
  const story = announcedBy(t.strikes, end);
  const fact = t.facts.find((f) => f.id === 'G13');
  const flights = fact ? event(ids.flights) : null;
  const first = story.length ? announcedOn(story[0]) : end;
  return {
    start: `${first.slice(0, 7)}-01`,
    end,
    zones: t.facts.filter((f) => f.topic === 'sea' && f.unit === 'nm').map((f) => ({ id: f.id, nm: f.value })),
    flights: fact && flights
      ? { id: fact.id, event: flights.id, date: flights.date, km: fact.value, nm: Math.round(fact.value / NM_IN_KM), sources: names(fact.source_ids) }
      : null,
    voices: ids.voices.flatMap((id) => event(id) ?? []).map(voice).filter((v) => v.date <= end),
    together: ids.together,
    strikes: story.map((s) => ({
      id: s.id,
      date: announcedOn(s),
      named: namedGroup(s),
      disputed: contested(s),
    })),
    killed: tally(story).killed,
    votes: t.votes
      .filter((v) => v.date <= end)
      .map((v) => ({ id: v.id, event: v.event_id, date: v.date, yes: v.yes, no: v.no, outcome: v.outcome, sources: names(v.source_ids) })),
  };
}
