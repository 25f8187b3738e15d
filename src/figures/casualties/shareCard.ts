import { escapeMarkup as esc } from '$lib/text/escape';
import { FIGURE, type CasualtyLayout } from './layout';

/**
 * The 1200×630 picture that social sites show for a shared link: the headline over the
 * casualty figure as it stands on the as-of date. Drawn as SVG from the same layout the page
 * draws, then rasterised at build time (src/pages/share.png.ts); no third-party service.
 */
const SHARE = { width: 1200, height: 630, pad: 64 } as const;

interface ShareText {
  headline: string;
  /** "75 killed in 19 strikes", in the edition's words and number format. */
  total: string;
  /** "Through June 22, 2026 · Published Nov. 10, 2025 · Updated Dec. 6, 2026": a line per part. */
  asOf: string;
  legend: { caribbean: string; pacific: string };
}

const COLORS = { ink: '#1a1a1a', paper: '#ffffff', muted: '#595959', rule: '#d9d9d9', caribbean: '#0b6e99', eastern_pacific: '#c0561b', unknown: '#595959' } as const;


/**
 * Greedy line breaks by an average glyph width: the headline font is fixed (Source Sans 3 Bold,
 * whose mean advance is about half an em), so a measured font engine is not needed here.
 */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function shareCardSvg(layout: CasualtyLayout, text: ShareText): string {
  const { width, height, pad } = SHARE;
  // The whole headline, never cut: a smaller size where it needs a fourth line.
  const long = wrap(text.headline, 40).length > 3;
  const size = long ? 42 : 50;
  const lines = wrap(text.headline, long ? 48 : 40);
  const dates = text.asOf.split(' · ');
  const headBottom = pad + lines.length * size * 1.1;
  // The figure fills the rest of the card, below the headline, at the layout's aspect ratio.
  const top = headBottom + 24;
  const chartH = height - top - 40;
  const scale = chartH / FIGURE.height;
  const chartW = FIGURE.width * scale;
  const left = width - pad - chartW;
  const circles = layout.circles
    .filter((c) => c.shown)
    .map((c) => `<circle cx="${c.cx}" cy="${c.cy}" r="${c.r}" fill="${COLORS[c.region as keyof typeof COLORS] ?? COLORS.unknown}" fill-opacity="0.85" stroke="${COLORS.paper}" stroke-width="1"/>`)
    .join('');
  const grid = layout.yTicks.map((t) => `<line x1="${FIGURE.margin.left}" x2="${FIGURE.width - FIGURE.margin.right}" y1="${t.pos}" y2="${t.pos}" stroke="${COLORS.rule}" stroke-width="1"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${COLORS.paper}"/>
<rect width="${width}" height="10" fill="${COLORS.ink}"/>
<text font-family="Source Sans 3" font-weight="700" font-size="${size}" fill="${COLORS.ink}">${lines.map((l, i) => `<tspan x="${pad}" y="${pad + size * 0.9 + i * size * 1.1}">${esc(l)}</tspan>`).join('')}</text>
<text x="${pad}" y="${top + 56}" font-family="Source Sans 3" font-weight="700" font-size="44" fill="${COLORS.ink}">${esc(text.total)}</text>
<text font-family="Source Sans 3" font-size="24" fill="${COLORS.muted}">${dates.map((d, i) => `<tspan x="${pad}" y="${top + 96 + i * 30}">${esc(d)}</tspan>`).join('')}</text>
<g font-family="Source Sans 3" font-size="24" fill="${COLORS.muted}">
<circle cx="${pad + 10}" cy="${top + 126 + dates.length * 30}" r="9" fill="${COLORS.caribbean}"/><text x="${pad + 28}" y="${top + 134 + dates.length * 30}">${esc(text.legend.caribbean)}</text>
<circle cx="${pad + 10}" cy="${top + 164 + dates.length * 30}" r="9" fill="${COLORS.eastern_pacific}"/><text x="${pad + 28}" y="${top + 172 + dates.length * 30}">${esc(text.legend.pacific)}</text>
</g>
<g transform="translate(${left.toFixed(1)} ${top.toFixed(1)}) scale(${scale.toFixed(4)})">
${grid}
<line x1="${FIGURE.margin.left}" x2="${FIGURE.width - FIGURE.margin.right}" y1="${layout.baseline}" y2="${layout.baseline}" stroke="${COLORS.muted}" stroke-width="1.5"/>
<path d="${layout.path}" fill="none" stroke="${COLORS.ink}" stroke-width="3"/>
${circles}
</g>
</svg>`;
}
