import type { Strings } from '$lib/i18n/en';
import type { LegalWords } from './words.en';
import type { LegalData } from './data';
import type { LegalLayout } from './layout';
import type { LegalState } from './state';

/**
 * What each step of the legal figure writes and marks, in the edition's words, made at build
 * time: the component only places it. (Its words never ship as code: the story's script budget.)
 */

/** The data writes straight quotes; the page sets type: "a" -> “a”. */
export const curly = (s: string) => s.replace(/"([^"]*)"/g, '“$1”');

/** The strikes, voices and votes a step shows: announced, or held, by its `through` date. */
export function shown(data: LegalData, state: LegalState) {
  const strikes = data.strikes.filter((s) => s.date <= state.through);
  const focusVote = data.votes.find((v) => v.id === state.focus);
  return {
    strikes,
    voices: data.voices.filter((v) => v.date <= state.through),
    votes: data.votes.filter((v) => v.date <= state.through),
    /** The vote bars: up to the focused vote. */
    tallies: focusVote ? data.votes.filter((v) => v.date <= focusVote.date) : [],
    named: strikes.filter((s) => s.named),
    disputed: strikes.filter((s) => s.disputed),
  };
}

/** The groups named, with how many announcements named each: "Tren de Aragua 2, ELN 1". */
export function groupsOf(named: { named: string | null }[], n: (x: number) => string): string {
  const counts = new Map<string, number>();
  for (const s of named) if (s.named) counts.set(s.named, (counts.get(s.named) ?? 0) + 1);
  return [...counts].map(([g, c]) => `${g} ${n(c)}`).join(', ');
}

/** The voices a step brings forward: its focus, and any its step speaks of too. */
export const focusedVoices = (data: LegalData, state: LegalState) =>
  state.panel === 'frames' && state.focus ? [state.focus, ...(data.together[state.focus] ?? [])] : [];

export type LegalNote =
  | { kind: 'key'; text: string }
  | { kind: 'said'; items: { id: string; tone: string; who: string; quote: string }[] }
  | { kind: 'legend'; head: string; named: string; disputed: string; unnamed: string; dto: string }
  | { kind: 'votes'; rows: { id: string; when: string; yes: number; no: number; count: string; lit: boolean; later: boolean }[]; keys: { yes: string; half: string } };

export interface LegalView {
  panel: LegalState['panel'];
  title: string;
  /** Written on the strike area, and under it ('' for nothing: the step's words are its own mark, not the sea's). */
  term: string;
  by: string;
  /** Whether the sea-zone drawing is shown: the Senate's votes have nothing to say of the sea, so it is left blank (its room kept: nothing below moves). */
  strip: boolean;
  tone: string;
  /** Ids ringed or lit on the timeline. */
  focus: string[];
  /** Where the dotted guide crosses the timeline (percent), if anywhere. */
  guide: number | null;
  /** Strikes, voices and votes after the step's `through` date: not drawn. */
  later: string[];
  /** Strikes drawn pale: announced after the voice in focus, or, on `target`, neither named nor disputed. */
  pale: string[];
  note: LegalNote;
}

export function legalLabels(data: LegalData, g: LegalLayout, t: Strings, words: LegalWords) {
  const L = words.view;
  const nm = (key: string) => t.number(g.bands.find((b) => b.key === key)?.nm ?? 0);
  return {
    coast: L.coast,
    eez: [`${L.zones.eez},`, L.upTo(nm('eez'))],
    high: L.high,
    contiguous: [`${L.zones.contiguous},`, L.upTo(nm('contiguous'))],
    territorial: [`${L.zones.territorial},`, L.upTo(nm('territorial'))],
    flights: data.flights ? L.flights(t.dayMonth(data.flights.date), t.number(data.flights.km), t.number(data.flights.nm)) : null,
    lanes: L.lanes,
    months: g.months.map((m) => t.monthTick(m.date, false)),
  };
}

export function legalView(data: LegalData, g: LegalLayout, state: LegalState, t: Strings, words: LegalWords): LegalView {
  const L = words.view;
  const s = shown(data, state);
  const focus = state.panel === 'frames' ? focusedVoices(data, state) : state.focus ? [state.focus] : [];
  const voice = state.panel === 'frames' ? data.voices.find((v) => v.id === state.focus) : undefined;
  const later = [...data.strikes, ...data.voices, ...data.votes].filter((x) => x.date > state.through).map((x) => x.id);
  const base = { panel: state.panel, title: L.titles[state.panel], focus, later, guide: null as number | null, pale: [] as string[], strip: true };
  switch (state.panel) {
    case 'frames':
      return {
        ...base,
        term: voice ? (voice.quoted ? L.quoted(L.terms[voice.id]) : L.terms[voice.id]) : L.waters,
        by: voice ? L.by(t.actors[voice.actor], t.dayMonth(voice.date)) : L.watersNote,
        tone: voice?.actor ?? 'strikes',
        guide: voice ? (g.voices.find((p) => p.id === voice.id)?.x ?? null) : null,
        pale: voice ? s.strikes.filter((x) => x.date > voice.date).map((x) => x.id) : [],
        note: {
          kind: 'said',
          items: s.voices.filter((v) => focus.includes(v.id)).map((v) => ({ id: v.id, tone: v.actor, who: `${t.actors[v.actor]} · ${t.dayMonth(v.date)}`, quote: curly(v.quote) })),
        },
      };
    case 'target':
      return {
        ...base,
        // Who was aboard is a question of the strikes, not of the sea: its count heads the strikes' key,
        // under their row of the timeline, and the sea's drawing says only where.
        term: '',
        by: '',
        tone: 'strikes',
        pale: s.strikes.filter((x) => !x.named && !x.disputed).map((x) => x.id),
        note: {
          kind: 'legend',
          head: L.namedOf(t.number(s.named.length), t.number(s.strikes.length)),
          named: L.named(groupsOf(s.named, t.number)),
          disputed: L.disputed(t.number(s.disputed.length)),
          unnamed: L.unnamed(t.number(s.strikes.filter((x) => !x.named).length)),
          dto: L.dto,
        },
      };
    case 'congress':
      return {
        ...base,
        term: '',
        by: '',
        strip: false,
        tone: 'strikes',
        guide: g.votes.find((p) => p.id === state.focus)?.x ?? null,
        note: {
          kind: 'votes',
          // Every vote has its row, those after the focus kept but unseen: the note keeps its
          // height from step to step, and nothing below it moves (no layout shift).
          rows: data.votes.map((v) => ({ id: v.id, when: t.dayMonth(v.date), yes: v.yes, no: v.no, count: L.tally(t.number(v.yes), t.number(v.no), L.outcome[v.outcome]), lit: v.id === state.focus, later: !s.tallies.includes(v) })),
          keys: { yes: L.yesKey, half: L.halfKey },
        },
      };
    default:
      return { ...base, term: L.waters, by: L.watersNote, tone: 'strikes', note: { kind: 'key', text: L.key } };
  }
}

/** The part of a row's quote after its speaker ("Kaine: …" -> "…"). */
export const spoken = (quote: string) => quote.replace(/^[^:"«]+:\s*/, '');

/** What the legal figure's island receives: its data, the drawing's layout, the labels and each step's view, all made at build time. */
export type LegalProps = LegalData & { layout: LegalLayout; labels: ReturnType<typeof legalLabels>; views: LegalView[] };
