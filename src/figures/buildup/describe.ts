import type { Strings } from '$lib/i18n/en';
import type { BuildupWords } from './words.en';
import type { BuildupData } from './data';
import { GROUPS } from './layout';
import type { BuildupState } from './state';

/** The build-up figure's text alternative: the map (what had been reported by this step, by kind and place) or the troop chart. */
export function describeBuildup(data: BuildupData, state: BuildupState, t: Strings, words: BuildupWords): string {
  const b = words.describe;
  if (state.panel === 'troops') return describeTroops(data, state, t, words);
  const shown = data.marks.filter((m) => m.reported <= state.through);
  if (shown.length === 0) return b.none(t.date(state.through));
  const bySymbol = Object.entries(words.symbols)
    .map(([symbol, name]) => ({ symbol, name, n: shown.filter((m) => m.symbol === symbol).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${t.number(x.n)} ${x.n === 1 ? b.symbolOne[x.symbol] : x.name.toLowerCase()}`);
  const out = [b.lead(t.date(state.through), t.number(shown.length), bySymbol)];
  const inPR = shown.filter((m) => m.anchor === 'puerto_rico').length;
  if (inPR) out.push(b.puertoRico(t.number(inPR)));
  out.push(b.approx);
  const troops = data.troops.points.filter((r) => r.date <= state.through).at(-1);
  if (troops) out.push(b.troops(t.number(troops.troops), t.date(troops.date), troops.what));
  if (state.highlight) out.push(b.highlight(b.groups[state.highlight as keyof typeof GROUPS]));
  const focus = shown.find((m) => m.id === state.focus);
  if (focus) out.push(b.focus(focus.asset, t.date(focus.reported), focus.where));
  return out.join(' ');
}

/** The troop chart: how many totals, the first and the latest, each with who published it and what it counts. */
function describeTroops(data: BuildupData, state: BuildupState, t: Strings, words: BuildupWords): string {
  const b = words.describe;
  const shown = data.troops.points.filter((p) => p.date <= state.through);
  const first = shown[0];
  const latest = shown.at(-1);
  if (!first || !latest) return b.none(t.date(state.through));
  const by = (p: typeof first) => p.sources.join(', ');
  return [
    b.troopsChart(t.number(shown.length), t.date(first.date), t.date(latest.date)),
    b.troopsFirst(t.number(first.troops), t.date(first.date), by(first)),
    ...(latest !== first ? [b.troopsLatest(t.number(latest.troops), t.date(latest.date), by(latest), latest.what)] : []),
  ].join(' ');
}
