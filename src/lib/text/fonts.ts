/**
 * The site's two web fonts, as data: which files of which npm packages, and the metric-matched
 * fallbacks that hold the page still while they load. Pure functions; the build hook that
 * subsets and writes them is src/integrations/fonts.ts.
 */

/** The metrics a fallback is matched on (what @capsizecss/unpack reads from a font file, and @capsizecss/metrics lists for system fonts). */
export interface Metrics {
  ascent: number;
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  xWidthAvg: number;
}

export interface Face {
  /** CSS family name. */
  family: string;
  /** @fontsource package and file (latin subset: every character both editions use is in it). */
  file: string;
  weight: number;
  style: 'normal' | 'italic';
  /** The name of the subset written for the page. */
  out: string;
}

const serif = (weight: number, style: Face['style']): Face => ({
  family: 'Source Serif 4',
  file: `@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-${style}.woff2`,
  weight,
  style,
  out: `serif-${weight}-${style}.woff2`,
});
const sans = (weight: number): Face => ({
  family: 'Source Sans 3',
  file: `@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`,
  weight,
  style: 'normal',
  out: `sans-${weight}-normal.woff2`,
});

/** What the pages use: the serif for reading (regular, the run-in italic heads, bold), the sans for headings, figures and chrome. */
export const FACES: Face[] = [serif(400, 'normal'), serif(400, 'italic'), serif(700, 'normal'), sans(400), sans(600), sans(700)];

/**
 * The faces the first view shows, preloaded: body text (serif regular), the headline and kickers
 * (sans bold) and the figure's labels (sans regular). Fetched with the page, they are there by the
 * first paint on a first visit where the link allows (`optional` below: otherwise the sized
 * fallback stays on that page); the others load when text uses them. About 34 KB in all.
 */
export const PRELOAD = [FACES[0], FACES[5], FACES[3]];

/** Local fonts to stand in while a family loads, each under the names it has on the systems that have it. */
export const FALLBACKS: Record<string, { name: string; metrics: string; local: string[] }[]> = {
  'Source Serif 4': [
    { name: 'Georgia', metrics: 'georgia', local: ['Georgia'] },
    // Liberation Serif and Tinos (Linux, ChromeOS) are drawn to Times New Roman's metrics.
    { name: 'Times', metrics: 'timesNewRoman', local: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'Tinos'] },
    { name: 'Noto', metrics: 'notoSerif', local: ['Noto Serif', 'NotoSerif'] },
  ],
  'Source Sans 3': [
    // Liberation Sans and Arimo are drawn to Arial's metrics.
    { name: 'Arial', metrics: 'arial', local: ['Arial', 'ArialMT', 'Liberation Sans', 'Arimo'] },
    { name: 'Roboto', metrics: 'roboto', local: ['Roboto'] },
  ],
};

const pct = (n: number) => `${(n * 100).toFixed(2)}%`;

/**
 * The overrides that make `fallback` take the web font's room: scaled to the same average
 * character width (so lines break at the same words), with the web font's ascent, descent and
 * line gap (so the baseline and the line box do not move).
 */
export function fallbackOverrides(web: Metrics, fallback: Metrics) {
  const sizeAdjust = web.xWidthAvg / web.unitsPerEm / (fallback.xWidthAvg / fallback.unitsPerEm);
  const per = web.unitsPerEm * sizeAdjust;
  return {
    sizeAdjust,
    css: {
      'size-adjust': pct(sizeAdjust),
      'ascent-override': pct(web.ascent / per),
      'descent-override': pct(Math.abs(web.descent) / per),
      'line-gap-override': pct(web.lineGap / per),
    },
  };
}

/** The family names a stack lists for `family`: the web font, then its fallbacks in order. */
export const fallbackName = (family: string, name: string) => `${family} fallback ${name}`;
export const stackOf = (family: string) => [family, ...(FALLBACKS[family] ?? []).map((f) => fallbackName(family, f.name))].map((n) => `'${n}'`).join(', ');

/**
 * The @font-face rules: each face with its subset file (a URL the bundler resolves), then the
 * fallbacks. `optional`: a face that is not there by first paint (Chrome waits up to 100 ms,
 * longer for the preloaded body face) is not swapped in later on that page, so text never
 * moves; the sized fallback reads the same, and the next page has the font from the cache.
 * (`swap` moved the Spanish headline: bold Source Sans 3 is wider than a synthesized bold Arial.)
 */
export function fontFaceCss(faces: Face[], url: (face: Face) => string, web: Record<string, Metrics>, system: Record<string, Metrics>): string {
  const rules = faces.map(
    (f) =>
      `@font-face {\n  font-family: '${f.family}';\n  font-style: ${f.style};\n  font-weight: ${f.weight};\n  font-display: optional;\n  src: url('${url(f)}') format('woff2');\n}`,
  );
  for (const [family, list] of Object.entries(FALLBACKS)) {
    for (const fb of list) {
      const { css } = fallbackOverrides(web[family], system[fb.metrics]);
      const props = Object.entries(css).map(([k, v]) => `  ${k}: ${v};`).join('\n');
      rules.push(`@font-face {\n  font-family: '${fallbackName(family, fb.name)}';\n  src: ${fb.local.map((l) => `local('${l}')`).join(', ')};\n${props}\n}`);
    }
  }
  return `${rules.join('\n')}\n`;
}
