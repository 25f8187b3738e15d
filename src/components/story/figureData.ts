import type { Tables } from '../../lib/data/load';
import type { Strings } from '../../lib/i18n/en';
import { casualtyData } from '../../lib/casualties';
import { layoutCasualties } from '../../lib/casualtyLayout';
import { packLayouts } from '../../lib/casualtyFrames';
import { strikeMapData } from '../../lib/strikeMapData';
import { buildupData } from '../../lib/buildupData';
import { legalData } from '../../lib/legal';
import { timelineData } from '../../lib/timeline';
import { unionData } from '../../lib/union';
import { describeCasualties } from '../figures/casualties/describe';
import { describeStrikeMap } from '../figures/strikemap/describe';
import { describeBuildup } from '../figures/buildup/describe';
import { describeLegal } from '../figures/legal/describe';
import { describeTimeline } from '../figures/timeline/describe';
import { describeUnion, UNION_EVENTS } from '../figures/union/describe';
import { LEGAL_CLAIMS } from '../figures/legal/claims';

type State = Record<string, string>;

/**
 * Build time only: the props each figure's island receives for a set of steps, and the text
 * alternative of each step. One place that knows every figure's data, so the island, the
 * per-step descriptions and the static edition cannot disagree.
 */
export function figureProps(figure: string, t: Tables, end: string, states: State[]): Record<string, unknown> {
  switch (figure) {
    case 'casualties': {
      const markerIds = new Set(states.map((s) => s.marker).filter(Boolean));
      const markers = [
        ...t.events.map((e) => ({ id: e.id, date: e.date, label: e.label })),
        ...t.deployments.map((d) => ({ id: d.id, date: d.reported_date ?? '', label: d.label })),
      ].filter((m) => markerIds.has(m.id));
      const data = casualtyData(t.strikes, end, markers);
      // One layout per step: D3 runs here, once; the island swaps numbers.
      return { data, layouts: packLayouts(states.map((s) => layoutCasualties(data, s as never))) };
    }
    case 'strikemap':
      return { data: strikeMapData(t.strikes, end) };
    case 'buildup':
      return { data: buildupData(t.deployments, t.troopLevels, end) };
    case 'legal':
      return { data: legalData(t, end, LEGAL_CLAIMS) };
    case 'timeline':
      return { data: timelineData(t, '2025-08-01', end, states.map((s) => s.through), new Set(states.map((s) => s.focus).filter(Boolean))) };
    case 'union':
      return { data: unionData(t, end, Object.values(UNION_EVENTS).flat()) };
    default:
      throw new Error(`No figure "${figure}" (src/components/story/figureData.ts)`);
  }
}

/** Every step's text alternative, from the same build-time data the island gets. */
export function describeSteps(figure: string, t: Tables, end: string, states: State[], s: Strings): string[] {
  const { data } = figureProps(figure, t, end, states);
  return states.map((state) => describeStep(figure, data, state, s));
}

export function describeStep(figure: string, data: unknown, state: State, s: Strings): string {
  const d = data as never;
  const st = state as never;
  switch (figure) {
    case 'casualties':
      return describeCasualties(d, st, s);
    case 'strikemap':
      return describeStrikeMap(d, st, s);
    case 'buildup':
      return describeBuildup(d, st, s);
    case 'legal':
      return describeLegal(d, st, s);
    case 'timeline':
      return describeTimeline(d, st, s);
    case 'union':
      return describeUnion(d, st, s);
    default:
      throw new Error(`No figure "${figure}"`);
  }
}
