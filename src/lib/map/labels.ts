import { toFrame, type ViewBox } from './views';

export interface MapLabel {
  id: string;
  /** The place's name: the English key into the edition's place names (src/lib/i18n), in the edition's words once built (namedIn). */
  name: string;
  x: number;
  y: number;
  /** 1 shows first; lower priorities give way when labels would collide. */
  priority: number;
  kind: 'country' | 'sea';
}

/** The labels with their names in the edition's words (resolved at build time, so no dictionary ships). */
export function namedIn(labels: readonly MapLabel[], places: Readonly<Record<string, string>>): MapLabel[] {
  return labels.map((l) => ({ ...l, name: places[l.name] ?? l.name }));
}

/** The frame widths (px) label passes assume: a laptop's map column and a phone's. */
export const FRAME_PX = { wide: 720, narrow: 360 } as const;

/** Rough width of a label in px: the average glyph of a system sans at this size. */
export const GLYPH_WIDTH = 0.56;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function box(label: MapLabel, text: string, view: ViewBox, widthPx: number, fontPx: number): Box {
  const heightPx = (widthPx * view.h) / view.w;
  const { left, top } = toFrame(label.x, label.y, view);
  const cx = (left / 100) * widthPx;
  const cy = (top / 100) * heightPx;
  const lines = text.split('\n');
  const w = Math.max(...lines.map((l) => l.length)) * GLYPH_WIDTH * fontPx + 4;
  const h = lines.length * fontPx * 1.2 + 2;
  return { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The labels that fit a frame `widthPx` wide showing `view`: greedy by priority, each kept only
 * if it lies inside the frame and overlaps no kept label nor any reserved box (marks, callouts).
 */
export function fittingLabels(
  labels: readonly MapLabel[],
  textOf: (l: MapLabel) => string,
  view: ViewBox,
  widthPx: number,
  fontPx = 13,
  reserved: readonly { x: number; y: number; r: number }[] = [],
): Set<string> {
  const heightPx = (widthPx * view.h) / view.w;
  const scale = widthPx / view.w;
  const taken: Box[] = reserved.map((m) => {
    const { left, top } = toFrame(m.x, m.y, view);
    const cx = (left / 100) * widthPx;
    const cy = (top / 100) * heightPx;
    const r = m.r * scale;
    return { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r };
  });
  const kept = new Set<string>();
  for (const l of [...labels].sort((a, b) => a.priority - b.priority)) {
    const b = box(l, textOf(l), view, widthPx, fontPx);
    if (b.x0 < 0 || b.y0 < 0 || b.x1 > widthPx || b.y1 > heightPx) continue;
    if (taken.some((t) => overlaps(t, b))) continue;
    taken.push(b);
    kept.add(l.id);
  }
  return kept;
}
