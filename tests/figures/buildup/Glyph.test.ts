import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import Glyph from '$figures/buildup/Glyph.svelte';
import { SYMBOL_OF, type GlyphKind } from '$figures/buildup/layout';
import { ASSET_TYPES } from '$lib/data/schemas';

const drawing = (symbol: GlyphKind) =>
  render(Glyph, { props: { symbol } })
    .body.replace(/<svg[^>]*>/, '')
    .replace(/\s*class="[^"]*"/g, '');

describe('build-up symbols', () => {
  test('every asset type has one of the six symbols', () => {
    expect(new Set(ASSET_TYPES.map((type) => SYMBOL_OF[type]))).toEqual(new Set(['large_ship', 'ship', 'submarine', 'aircraft', 'drone', 'base']));
  });

  test('the six are told apart by shape alone: no two draw the same thing', () => {
    const kinds: GlyphKind[] = ['large_ship', 'ship', 'submarine', 'aircraft', 'drone', 'base'];
    const shapes = kinds.map(drawing);
    for (const s of shapes) expect(s).toMatch(/<(path|rect|circle)\b/);
    expect(new Set(shapes).size).toBe(kinds.length);
  });
});
