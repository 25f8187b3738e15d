import type { Strings } from '$lib/i18n/en';
import type { LegalData } from './data';
import type { LegalState } from './state';

/** The legal figure's text alternative: the panel's claim, with its numbers. */
export function describeLegal(data: LegalData, state: LegalState, t: Strings): string {
  const L = t.legal;
  const d = t.describe.legal;
  switch (state.panel) {
    case 'zones': {
      const nm = (id: string) => t.number(data.zones.find((z) => z.id === id)?.nm ?? 0);
      const parts = [d.zones(nm('G10'), nm('G11'), nm('G12'))];
      if (data.flights) parts.push(d.flights(t.number(data.flights.km), t.number(data.flights.nm)));
      parts.push(d.strikes);
      return parts.join(' ');
    }
    case 'frames': {
      const voice = data.voices.find((v) => v.id === state.focus);
      return [
        d.frames(t.number(data.target.killed), t.number(data.target.strikes)),
        ...(voice ? [d.voice(L.actor[voice.actor], voice.quote.replace(/^[^:]+:\s*/, ''))] : []),
      ].join(' ');
    }
    case 'target': {
      const named = data.target.named.reduce((n, g) => n + g.ids.length, 0);
      return d.target(t.number(data.target.strikes), t.date(state.through), t.number(named), t.number(data.target.contested.length));
    }
    case 'congress': {
      const votes = data.votes.filter((v) => v.date <= state.through);
      if (votes.length === 0) return L.noVotes;
      return votes.map((v) => d.vote(t.date(v.date), t.number(v.yes), t.number(v.no), L.outcome[v.outcome])).join(' ');
    }
  }
}
