import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';
import { beforeAll, describe, expect, test } from 'vitest';
import { FACES, FALLBACKS, PRELOAD, fallbackOverrides, stackOf, type Metrics } from '../../../src/lib/text/fonts';
import { FONTS_DIR, writeFonts } from '../../../src/integrations/fonts';
import { typeset } from '../../../src/lib/text/typeset';

const metrics = (m: Partial<Metrics>): Metrics => ({ ascent: 1000, descent: -300, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 500, ...m });

describe('fallback metrics', () => {
  test('a fallback with the same metrics is used as it is', () => {
    const { css, sizeAdjust } = fallbackOverrides(metrics({}), metrics({}));
    expect(sizeAdjust).toBe(1);
    expect(css).toEqual({ 'size-adjust': '100.00%', 'ascent-override': '100.00%', 'descent-override': '30.00%', 'line-gap-override': '0.00%' });
  });

  test('a wider fallback is scaled down to the web font’s average width, and its ascent and descent follow', () => {
    // Georgia-like: 2048 units, wider; the web font: 1000 units.
    const web = metrics({ ascent: 1036, descent: -335, xWidthAvg: 479 });
    const { sizeAdjust, css } = fallbackOverrides(web, metrics({ unitsPerEm: 2048, xWidthAvg: 913 }));
    expect(sizeAdjust).toBeCloseTo(0.479 / (913 / 2048), 6);
    expect(sizeAdjust).toBeGreaterThan(1); // Source Serif 4 is wider than Georgia on average
    // The line box the fallback draws is the web font's: ascent × size-adjust = the web font's ascent.
    expect(parseFloat(css['ascent-override']) / 100 * sizeAdjust).toBeCloseTo(1.036, 3);
    expect(parseFloat(css['descent-override']) / 100 * sizeAdjust).toBeCloseTo(0.335, 3);
  });
});

describe('the fonts the site ships (src/styles/fonts/, written by the build hook)', () => {
  let css = '';
  beforeAll(async () => {
    await writeFonts(process.cwd());
    css = readFileSync(join(FONTS_DIR, 'faces.css'), 'utf8');
  }, 60_000);

  test('each face is a woff2 subset, small: together under 80 KB', () => {
    let total = 0;
    for (const face of FACES) {
      const bytes = readFileSync(join(FONTS_DIR, face.out));
      expect(bytes.subarray(0, 4).toString('latin1'), face.out).toBe('wOF2');
      expect(bytes.length, face.out).toBeLessThan(20 * 1024);
      total += bytes.length;
    }
    expect(total).toBeLessThan(80 * 1024);
  });

  test('every character a reader can see in either edition has a glyph in every face (no tofu, no fallback glyph)', () => {
    const files = [
      'content/story.yaml',
      ...readdirSync('content/story').filter((f) => f.endsWith('.mdx')).map((f) => `content/story/${f}`),
      ...readdirSync('content/story/es').map((f) => `content/story/es/${f}`),
      ...readdirSync('content/data').filter((f) => f.endsWith('.csv')).map((f) => `content/data/${f}`),
      'src/lib/i18n/en.ts',
      'src/lib/i18n/es.ts',
    ];
    const text = typeset(files.map((f) => readFileSync(f, 'utf8')).join('\n'));
    // The word joiner (typeset.ts) is default-ignorable: browsers never draw it, and no font needs it.
    const chars = [...new Set(text)].filter((c) => c > ' ' && c !== '\u2060');
    expect(chars).toEqual(expect.arrayContaining(['’', '“', '”', 'ñ', 'á', '«', '»', '¿']));
    for (const face of FACES) {
      const font = create(readFileSync(join(FONTS_DIR, face.out))) as Font; // one font, not a collection
      const missing = chars.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
      expect(missing, face.out).toEqual([]);
    }
  });

  test('each face is declared once, optional (never swapped in after the first paint), from the site itself', () => {
    for (const face of FACES) {
      const rule = new RegExp(`@font-face \\{\\s*font-family: '${face.family}';\\s*font-style: ${face.style};\\s*font-weight: ${face.weight};\\s*font-display: optional;\\s*src: url\\('\\./${face.out}'\\) format\\('woff2'\\);`);
      expect(css, face.out).toMatch(rule);
    }
    expect(css).not.toMatch(/https?:|data:/);
  });

  test('each family has its metric-matched local fallbacks, and global.css lists them in its stacks', () => {
    const global = readFileSync('src/styles/global.css', 'utf8');
    for (const [family, list] of Object.entries(FALLBACKS)) {
      for (const fb of list) {
        const block = new RegExp(`font-family: '${family} fallback ${fb.name}';\\s*src: local\\([^;]+;\\s*size-adjust: [\\d.]+%;\\s*ascent-override: [\\d.]+%;\\s*descent-override: [\\d.]+%;\\s*line-gap-override: [\\d.]+%;`);
        expect(css, `${family} fallback ${fb.name}`).toMatch(block);
      }
      expect(global, `global.css stack for ${family}`).toContain(stackOf(family));
    }
  });

  test('the preloaded faces are the first view’s: body text (serif regular), the headline (sans bold), the figure’s labels (sans regular)', () => {
    expect(PRELOAD.map((f) => `${f.family} ${f.weight} ${f.style}`)).toEqual(['Source Serif 4 400 normal', 'Source Sans 3 700 normal', 'Source Sans 3 400 normal']);
    const page = readFileSync('src/layouts/Page.astro', 'utf8');
    for (const face of PRELOAD) expect(page).toContain(`../styles/fonts/${face.out}?url`);
  });
});
