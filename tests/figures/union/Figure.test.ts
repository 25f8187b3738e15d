import { describe, expect, test } from 'vitest';
import Union from '$figures/union/Figure.svelte';
import { AS_OF } from '../../fixtures/tables';
import { figureRenderer } from '../render';

const union = figureRenderer(Union, 'union');

describe('union figure', () => {
  test('the border step draws the real shared border and states its length with its source', () => {
    const out = union({ reason: 'border', through: '2025-09-26' });
    expect(out).toMatch(/<use href="\/basemap\.svg#border-co-ve" class="border[^"]*\bstrong\b/);
    expect(out).toContain('Shared land border: 2,219 km');
    expect(out).toContain('2,219 km (Cancillería de Colombia)');
  });

  test('Gran Colombia lights four countries; the triangle draws three sides', () => {
    const message = union({ reason: 'message', through: AS_OF });
    // Drawn once in the laptop frame and once in the phone frame.
    expect(message.match(/<use href="\/basemap\.svg#land-\d+" class="country [a-z]+[^"]*\blit\b/g)).toHaveLength(8);
    const triangle = union({ reason: 'triangle', through: AS_OF });
    expect(triangle).toMatch(/class="triangle[^"]*\bon\b/);
    expect(triangle).toContain('Counternarcotics partners');
  });

  test('against intervention: the build-up counted to the step', () => {
    // Ten fixture deployments were reported by Nov. 10.
    expect(union({ reason: 'stance', through: AS_OF })).toContain('Map with Colombia highlighted. 10 U.S. deployments to the Caribbean had been reported by Nov. 10, 2025');
  });
});
