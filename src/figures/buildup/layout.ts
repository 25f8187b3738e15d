import type { Deployment } from '$lib/data/schemas';

/**
 * Shaping the build-up tables for the build-up map. An asset is placed only where a place was
 * reported (a base in Puerto Rico, a port call in Trinidad, an airport in El Salvador); ships
 * at sea and flights off the coast are grouped in an approximate area, marked as such.
 */
export type GlyphKind = 'large_ship' | 'ship' | 'submarine' | 'aircraft' | 'drone' | 'base';

export const SYMBOL_OF: Record<Deployment['asset_type'], GlyphKind> = {
  carrier_group: 'large_ship',
  amphibious_group: 'large_ship',
  destroyer: 'ship',
  cruiser: 'ship',
  littoral_combat_ship: 'ship',
  special_ops_ship: 'ship',
  submarine: 'submarine',
  fighter: 'aircraft',
  bomber: 'aircraft',
  gunship: 'aircraft',
  surveillance_aircraft: 'aircraft',
  helicopter: 'aircraft',
  other: 'aircraft',
  drone: 'drone',
  base: 'base',
};

/** What a step can bring forward. */
export const GROUPS = { ships: ['large_ship', 'ship', 'submarine'], aircraft: ['aircraft', 'drone'], bases: ['base'] } as const;

export type AnchorId = 'puerto_rico' | 'trinidad' | 'el_salvador' | 'off_venezuela' | 'caribbean_sea' | 'eastern_pacific' | 'en_route';

/** Named places (drawn as a pin on the country) versus areas (a dashed ring: position not disclosed). */
export const ANCHOR_KIND: Record<AnchorId, 'place' | 'area'> = {
  puerto_rico: 'place',
  trinidad: 'place',
  el_salvador: 'place',
  off_venezuela: 'area',
  caribbean_sea: 'area',
  eastern_pacific: 'area',
  en_route: 'area',
};

/**
 * A named place whose marks sit above its pin (north-east, at sea), its name above them: Trinidad's
 * pin is on the Venezuelan coast's doorstep, where marks or a name below would cover the mainland
 * and Venezuela's name, and a name to the left the ring of flights off Venezuela.
 */
export const MARKS_ABOVE: ReadonlySet<AnchorId> = new Set(['trinidad']);

/** The map label (its Natural Earth name, the label's id) that a named-place anchor replaces. */
export const ANCHOR_LABEL: Partial<Record<AnchorId, string>> = { puerto_rico: 'Puerto Rico', trinidad: 'Trinidad and Tobago', el_salvador: 'El Salvador' };

/**
 * Where a deployment's mark sits. Only cells that no edition translates decide it (`region`,
 * `base_or_port`): a mark placed by the words of `location_as_reported` moved when those words
 * were translated (the Ford sat "at sea" in the Spanish map while it was still en route).
 */
export function anchorOf(d: Deployment): AnchorId {
  const departure = /\(departure\)/.test(d.base_or_port);
  if (d.region === 'en_route') return 'en_route';
  if (d.region === 'puerto_rico' || (!departure && /Puerto Rico/.test(d.base_or_port))) return 'puerto_rico';
  if (/Trinidad/.test(d.base_or_port)) return 'trinidad';
  if (!departure && /El Salvador/.test(d.base_or_port)) return 'el_salvador';
  if (d.region === 'venezuela_coast') return 'off_venezuela';
  if (d.region === 'eastern_pacific') return 'eastern_pacific';
  return 'caribbean_sea';
}

export interface AssetMark {
  id: string;
  symbol: GlyphKind;
  anchor: AnchorId;
  x: number;
  y: number;
  reported: string;
}

export interface AnchorGroup {
  id: AnchorId;
  kind: 'place' | 'area';
  /** The named place (pin) or the centre of the approximate area. */
  x: number;
  y: number;
  /** The dashed ring around an area's icons. */
  r: number;
}

/**
 * Icon grid per anchor, in report order, stable across steps so marks appear in place: beside
 * the pin of a named place, or centred in the ring of an approximate area.
 */
export function placeAssets(
  rows: readonly Deployment[],
  anchors: Record<AnchorId, [number, number]>,
  cell = 19,
  cols = 4,
): { marks: AssetMark[]; groups: AnchorGroup[] } {
  const byAnchor = new Map<AnchorId, Deployment[]>();
  for (const d of rows) {
    const a = anchorOf(d);
    byAnchor.set(a, [...(byAnchor.get(a) ?? []), d]);
  }
  const marks: AssetMark[] = [];
  const groups: AnchorGroup[] = [];
  for (const [anchor, members] of byAnchor) {
    const [ax, ay] = anchors[anchor];
    const place = ANCHOR_KIND[anchor] === 'place';
    // Only a large area carries its name inside; the one-mark ring of a carrier en route has it beside.
    const band = place || members.length < 2 ? 0 : LABEL_BAND;
    const n = Math.min(cols, members.length);
    const rows = Math.ceil(members.length / cols);
    members.forEach((d, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      marks.push({
        id: d.id,
        symbol: SYMBOL_OF[d.asset_type],
        anchor,
        x: round(place ? ax + cell * (col + 0.9) : ax + (col - (n - 1) / 2) * cell),
        y: round(place ? ay + (MARKS_ABOVE.has(anchor) ? -1 : 1) * cell * (row + 0.9) : ay + (NAME_BELOW.has(anchor) ? -band : band) / 2 + (row - (rows - 1) / 2) * cell),
        reported: d.reported_date ?? '',
      });
    });
    const r = round(Math.hypot((n * cell) / 2, (rows * cell) / 2) + cell * 0.4 + band / 2);
    groups.push({ id: anchor, kind: ANCHOR_KIND[anchor], x: ax, y: ay, r });
  }
  return { marks, groups };
}

/**
 * Room at the top of an area's ring, in map units, for its name: the name is set in px
 * and the map scales with its frame, so on a 320 px phone a line is about 17 units tall, and
 * without this band it covered the first row of marks.
 */
export const LABEL_BAND = 8;

/**
 * The area whose name sits at the bottom of its ring, not the top: the Caribbean ring's top is
 * where Puerto Rico's name and the carrier's ring crowd a phone's frame.
 */
export const NAME_BELOW: ReadonlySet<AnchorId> = new Set(['caribbean_sea']);

const round = (n: number) => Math.round(n * 10) / 10;
