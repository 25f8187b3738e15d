import { describe, expect, test } from 'vitest';
import { fittingLabels, GLYPH_WIDTH } from '$lib/map/labels';
import { mapLabels, mapViews } from '$lib/map/scene';
import { en } from '$lib/i18n/en';

describe('label placement', () => {
  const labels = mapLabels();
  const name = (l: (typeof labels)[number]) => en.places[l.name] ?? l.name;
  const { wide, narrow } = mapViews();

  test.each([
    ['phone', 360, 12, narrow],
    ['laptop', 720, 13, wide],
  ] as const)('on a %s, no two labels collide in any view', (_, width, font, views) => {
    for (const view of Object.values(views)) {
      const kept = labels.filter((l) => fittingLabels(labels, name, view, width, font).has(l.id));
      const scale = width / view.w;
      const boxes = kept.map((l) => {
        const cx = (l.x - view.x) * scale;
        const cy = (l.y - view.y) * scale;
        const w = name(l).length * GLYPH_WIDTH * font + 4;
        const h = font * 1.2 + 2;
        return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
      });
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
          expect(overlap, `${kept[i].id} / ${kept[j].id}`).toBe(false);
        }
      }
    }
  });

  test('the countries the story is about are labelled on the whole map, even on a phone', () => {
    const kept = fittingLabels(labels, name, narrow.all, 360, 12);
    expect(kept.has('Venezuela')).toBe(true);
    expect(kept.has('Colombia')).toBe(true);
  });

  test('a label gives way to a mark it would cover', () => {
    const ve = labels.find((l) => l.id === 'Venezuela')!;
    const kept = fittingLabels(labels, name, wide.all, 720, 13, [{ x: ve.x, y: ve.y, r: 10 }]);
    expect(kept.has('Venezuela')).toBe(false);
  });
});
