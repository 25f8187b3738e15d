import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { shareCardSvg, wrap } from '$figures/casualties/shareCard';

describe('the share card', () => {
  it('breaks the headline between words, within the line length', () => {
    const lines = wrap("As U.S. strikes on small boats mount, Colombia's Petro turns toward Venezuela", 40);
    expect(lines).toEqual(['As U.S. strikes on small boats mount,', "Colombia's Petro turns toward Venezuela"]);
  });
});

// The card social sites show: each edition's headline whole, every line inside the card's margins.
describe('the share card of each edition', () => {
  const editions = parse(readFileSync('content/story.yaml', 'utf8')) as Record<string, { headline: string }>;
  const layout = { circles: [], yTicks: [], baseline: 0, path: '' } as unknown as Parameters<typeof shareCardSvg>[0];
  for (const [lang, { headline }] of Object.entries(editions)) {
    it(`${lang}: the headline is whole, and no line runs past the margin`, () => {
      const svg = shareCardSvg(layout, { headline, total: '', asOf: '', legend: { caribbean: '', pacific: '' } });
      const head = /<text[^>]*font-size="(\d+)"[^>]*>((?:<tspan[^>]*>[^<]*<\/tspan>)+)<\/text>/.exec(svg)!;
      const lines = [...head[2].matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
      expect(lines.join(' ')).toBe(headline);
      // Source Sans 3 Bold averages about half an em a glyph (0.47 measured on the rendered Spanish
      // card); 1200 px less two 64 px margins.
      for (const l of lines) expect(l.length * Number(head[1]) * 0.5, l).toBeLessThanOrEqual(1200 - 2 * 64);
    });
  }
});
