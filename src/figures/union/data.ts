import { announcedBy, tally } from '$lib/casualties';
import type { Fact, Strike, StoryEvent } from '$lib/data/schemas';
import type { Strings } from '$lib/i18n/en';
import type { UnionWords } from './words.en';
import { project } from '$lib/map/geo';
import type { ViewBox } from '$lib/map/views';
import { ASPECT, at, FRAMES, PLACES, placeIn, unitsOf, viewBox, VIEWS, type At, type FrameId, type Label, type Mark } from './layout';
import type { UnionState } from './state';

type Reason = UnionState['reason'];
type ViewName = keyof typeof VIEWS;

/** One step of the figure, laid out for both frames. */
export interface UnionStep {
  view: ViewName;
  /** Countries filled (keys of COUNTRY_IDS). */
  lit: string[];
  /** The shared border drawn heavy. */
  strong: boolean;
  marks: Record<FrameId, Mark[]>;
  labels: Label[];
}

export interface UnionData {
  views: Record<FrameId, Record<ViewName, ViewBox>>;
  steps: Record<Reason, UnionStep>;
  /** The numbers the steps show, for the text alternative. */
  numbers: { proposed: string; borderKm: number; land: number; river: number; strikes: number; killed: number; strikesThrough: string; coTroops: number; veTroops: number };
}

const fact = (facts: Fact[], id: string) => {
  const f = facts.find((x) => x.id === id);
  if (!f) throw new Error(`union figure: fact ${id} is not in content/data/facts.csv`);
  return f.value;
};
const eventDate = (events: StoryEvent[], id: string) => {
  const e = events.find((x) => x.id === id);
  if (!e) throw new Error(`union figure: event ${id} is not in content/data/events.csv`);
  return e.date;
};

/**
 * Where the United States' sides of the triangle leave the map, as fractions of each frame: the
 * top edge, over open sea. The United States is not on this map, so no point is drawn for it; its
 * sides run off the map to the north, under a label that says so.
 */
const US_AT: Record<FrameId, [number, number]> = { w: [0.47, 0], n: [0.52, 0] };

/** The events and facts the figure's words stand on (rows of content/data). */
export const UNION_ROWS = { events: ['E001', 'E020', 'E034', 'E039', 'E044'], facts: ['G01', 'G04', 'G05', 'G06', 'G07'] } as const;

export function unionData(
  t: { facts: Fact[]; events: StoryEvent[]; strikes: Strike[] },
  end: string,
  states: readonly UnionState[],
  s: Strings,
  words: UnionWords,
): UnionData {
  const U = words.map;
  const day = (id: string) => s.dayMonth(eventDate(t.events, id));
  const n = s.number;
  const stanceThrough = states.find((s) => s.reason === 'stance')?.through ?? end;
  const caribbean = announcedBy(t.strikes, stanceThrough).filter((s) => s.region === 'caribbean');
  const numbers = {
    proposed: eventDate(t.events, 'E044'),
    borderKm: fact(t.facts, 'G01'),
    land: fact(t.facts, 'G04'),
    river: fact(t.facts, 'G05'),
    strikes: caribbean.length,
    killed: tally(caribbean).killed,
    strikesThrough: stanceThrough,
    coTroops: fact(t.facts, 'G06'),
    veTroops: fact(t.facts, 'G07'),
  };
  for (const id of UNION_ROWS.events) eventDate(t.events, id);

  const views = {} as UnionData['views'];
  for (const f of FRAMES) {
    views[f] = {} as Record<ViewName, ViewBox>;
    for (const v of Object.keys(VIEWS) as ViewName[]) views[f][v] = viewBox(VIEWS[v][f], ASPECT[f]);
  }

  /** A label placed in each frame (same spot unless `narrow` says otherwise; null hides it there). */
  const label = (view: ViewName, id: string, text: string, kind: string, wide: At, narrow: At | null = wide): Label => ({
    id,
    text,
    kind,
    w: placeIn(views.w[view], 'w', wide),
    ...(narrow ? { n: placeIn(views.n[view], 'n', narrow) } : {}),
  });
  const marks = (view: ViewName, make: (v: ViewBox, f: FrameId) => Mark[]) => ({ w: make(views.w[view], 'w'), n: make(views.n[view], 'n') });
  const dot = (p: readonly [number, number], px: number, cls: string, v: ViewBox, f: FrameId): Mark => {
    const [x, y] = at(p);
    return { kind: 'dot', cls, x, y, r: unitsOf(px, v, f) };
  };
  const area = (p: readonly [number, number], rxDeg: number, ryDeg: number, cls: string): Mark => {
    const [x, y] = at(p);
    const [x1, y1] = project(p[0] + rxDeg, p[1] + ryDeg);
    return { kind: 'area', cls, x, y, rx: Math.abs(x1 - x), ry: Math.abs(y - y1) };
  };
  const country = (view: ViewName, id: string, wide: At, narrow: At | null = wide) => label(view, id, s.places[id] ?? id, 'country', wide, narrow);

  // Troop circles: area for the number, the larger 26 px across on a laptop.
  const troopPx = (count: number, f: FrameId) => Math.sqrt(count / Math.max(numbers.coTroops, numbers.veTroops)) * (f === 'w' ? 20 : 15);

  const steps: Record<Reason, UnionStep> = {
    message: {
      view: 'region',
      lit: ['colombia', 'venezuela', 'ecuador', 'panama'],
      strong: false,
      marks: { w: [], n: [] },
      labels: [
        country('region', 'Colombia', { at: [-73.6, 4.2], a: 'c' }),
        country('region', 'Venezuela', { at: [-66.2, 6.8], a: 'c' }),
        country('region', 'Ecuador', { at: [-78.3, -1.4], a: 'c' }),
        country('region', 'Panama', { at: [-80.3, 8.0], a: 'b', dy: -4 }, { at: [-80.45, 9.9], a: 'l' }),
        label('region', 'gran', U.granColombia(day('E044')), 'note open', { at: [-77.5, 12.3], a: 'c' }, { fx: 0.5, fy: 0.02, a: 't' }),
      ],
    },
    border: {
      view: 'border',
      lit: ['colombia', 'venezuela'],
      strong: true,
      marks: marks('border', (v, f) => [
        area(PLACES.zone1, 1.1, 1.4, 'zone'),
        area(PLACES.zone2, 0.9, 2.4, 'zone'),
        dot(PLACES.paraguachon, 5, 'crossing', v, f),
        dot(PLACES.cucuta, 5, 'crossing', v, f),
        dot(PLACES.arauca, 5, 'crossing', v, f),
        dot(PLACES.puertoCarreno, 5, 'crossing river', v, f),
      ]),
      labels: [
        country('border', 'Colombia', { at: [-74.6, 4.6], a: 'c' }),
        country('border', 'Venezuela', { at: [-65.4, 8.6], a: 'c' }, { at: [-66.2, 5.8], a: 'c' }),
        label('border', 'length', U.borderLength(n(numbers.borderKm)), 'note', { at: [-69.6, 7.75], a: 'c' }, { at: [-69.6, 8.7], a: 'c' }),
        label('border', 'key', U.crossings(n(numbers.land), n(numbers.river)), 'key', { fx: 0.02, fy: 0.025, a: 'tl' }, { fx: 0.03, fy: 0.02, a: 'tl' }),
        label('border', 'paraguachon', 'Paraguachón', 'place', { at: PLACES.paraguachon, a: 'l', dx: 9 }),
        label('border', 'cucuta', 'Cúcuta', 'place', { at: PLACES.cucuta, a: 'r', dx: -9 }),
        label('border', 'arauca', 'Arauca', 'place', { at: PLACES.arauca, a: 't', dy: 8 }),
        label('border', 'carreno', U.river('Puerto Carreño'), 'place', { at: PLACES.puertoCarreno, a: 'l', dx: 9 }, { at: PLACES.puertoCarreno, a: 'b', dy: -8 }),
        label('border', 'zone1', U.zone1(day('E001')), 'zone', { at: [-73.45, 9.8], a: 'r' }, { at: [-75.9, 6.95], a: 'tl' }),
        label('border', 'zone2', U.zone2(day('E020')), 'zone', { at: [-68.85, 3.6], a: 'r' }),
      ],
    },
    stance: {
      view: 'sea',
      lit: ['colombia'],
      strong: false,
      marks: marks('sea', (v, f) => [
        area([-70, 13.9], 5.2, 0.9, 'strike-area'),
        ...caribbean.map((_, i) => dot([-70 - ((caribbean.length - 1) / 2) * 1.1 + i * 1.1, 13.9], f === 'w' ? 6 : 5, 'strike', v, f)),
      ]),
      labels: [
        country('sea', 'Colombia', { at: [-73.8, 6.5], a: 'c' }),
        country('sea', 'Venezuela', { at: [-66.2, 7.6], a: 'c' }),
        label('sea', 'strikes', U.strikes(n(numbers.strikes), n(numbers.killed), s.dayMonth(stanceThrough)), 'note open', { fx: 0.5, fy: 0.025, a: 't' }),
      ],
    },
    depth: {
      view: 'border',
      lit: ['colombia', 'venezuela'],
      strong: false,
      marks: marks('border', (v, f) => [dot(PLACES.catatumbo, troopPx(numbers.coTroops, f), 'troops co', v, f), dot(PLACES.zuliaTachira, troopPx(numbers.veTroops, f), 'troops ve', v, f)]),
      labels: [
        // On a phone the soldiers' label, in Colombia's colour, names the country.
        country('border', 'Colombia', { at: [-74.6, 4.6], a: 'c' }, null),
        country('border', 'Venezuela', { at: [-65.4, 6.2], a: 'c' }, { at: [-66.2, 5.8], a: 'c' }),
        label('border', 'co', U.coTroops(n(numbers.coTroops)), 'note co', { at: [-77.6, 7.9], a: 'tl' }, { at: [-75.9, 7.0], a: 'tl' }),
        label('border', 've', U.veTroops(n(numbers.veTroops)), 'note ve', { at: PLACES.zuliaTachira, a: 'l', dx: 18 }, { at: [-70.6, 9.6], a: 'l', dx: 18 }),
        label('border', 'us', U.pressure(day('E034'), day('E039')), 'note us', { fx: 0.02, fy: 0.025, a: 'tl' }, { fx: 0.03, fy: 0.97, a: 'bl' }),
      ],
    },
    triangle: {
      view: 'region',
      lit: ['colombia', 'venezuela'],
      strong: false,
      marks: marks('region', (v, f) => {
        // The United States is far north of the map: its corner of the triangle sits at the top edge.
        const us: [number, number] = [v.x + v.w * US_AT[f][0], v.y + v.h * US_AT[f][1]];
        const [bx, by] = at(PLACES.bogota);
        const [cx, cy] = at(PLACES.caracas);
        return [
          { kind: 'line', cls: 'side us-side', x1: us[0], y1: us[1], x2: bx, y2: by },
          { kind: 'line', cls: 'side us-side', x1: us[0], y1: us[1], x2: cx, y2: cy },
          { kind: 'line', cls: 'side union-side', x1: bx, y1: by, x2: cx, y2: cy },
          dot(PLACES.bogota, 5, 'capital co', v, f),
          dot(PLACES.caracas, 5, 'capital ve', v, f),
        ];
      }),
      labels: [
        label('region', 'us', U.usNorth, 'capital us', { fx: US_AT.w[0] - 0.015, fy: 0.045, a: 'r' }, { fx: US_AT.n[0] - 0.02, fy: 0.045, a: 'r' }),
        label('region', 'bogota', 'Bogotá', 'capital', { at: PLACES.bogota, a: 'r', dx: -9 }),
        label('region', 'caracas', 'Caracas', 'capital', { at: PLACES.caracas, a: 'l', dx: 9 }),
        label('region', 'usCo', U.usCo, 'side', { at: [-73.9, 9.3], a: 'r' }, { at: [-72.3, 12.2], a: 'r' }),
        label('region', 'usVe', U.usVe, 'side', { at: [-69.3, 12.3], a: 'bl' }),
        label('region', 'coVe', U.coVe, 'side', { at: [-70.2, 7.3], a: 'tl' }, { at: [-68.4, 8.7], a: 'tl' }),
      ],
    },
  };
  return { views, steps, numbers };
}
