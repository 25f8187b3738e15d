import type { Strings } from '$lib/i18n/en';
import type { LegalWords } from './words.en';
import type { LegalProps } from './view';
import type { LegalState } from './state';
import { groupsOf, shown, spoken } from './view';

/** The legal figure's text alternative: the drawing, what the step writes on it, and the timeline. */
export function describeLegal(data: LegalProps, state: LegalState, t: Strings, words: LegalWords): string {
  const L = words.view;
  const d = words.describe;
  const s = shown(data, state);
  const nm = (id: string) => t.number(data.zones.find((z) => z.id === id)?.nm ?? 0);
  const timeline = d.timeline(t.number(s.strikes.length), t.date(data.start), t.date(state.through));
  switch (state.panel) {
    case 'zones': {
      const parts = [d.zones(nm('G10'), nm('G11'), nm('G12')), d.strikes];
      if (data.flights) parts.push(d.flights(t.dayMonth(data.flights.date), t.number(data.flights.km), t.number(data.flights.nm)));
      return [...parts, timeline].join(' ');
    }
    case 'frames': {
      const focus = [state.focus, ...(data.together[state.focus ?? ''] ?? [])];
      const voices = s.voices.filter((v) => focus.includes(v.id));
      return [
        d.zones(nm('G10'), nm('G11'), nm('G12')),
        ...voices.map((v) => d.voice(L.terms[v.id], t.actors[v.actor], t.date(v.date), spoken(v.quote))),
        timeline,
      ].join(' ');
    }
    case 'target':
      return [
        d.zones(nm('G10'), nm('G11'), nm('G12')),
        d.target(t.number(s.strikes.length), t.number(s.named.length), groupsOf(s.named, t.number), t.number(s.disputed.length)),
      ].join(' ');
    case 'congress':
      return [timeline, ...s.tallies.map((v) => d.vote(t.date(v.date), t.number(v.yes), t.number(v.no), L.outcome[v.outcome]))].join(' ');
  }
}
