// Shared by the benchmark and the budget tests: what a page costs, from the files a host serves.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';

export const KINDS = { '.html': 'html', '.css': 'css', '.js': 'js', '.json': 'data', '.woff2': 'fonts', '.woff': 'fonts', '.png': 'images', '.svg': 'images', '.jpg': 'images', '.webp': 'images' };

/** The baseline for the benchmark: the same page with no figures and no JavaScript. */
export function baselineOf(html) {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<svg class="basemap-defs"[\s\S]*?<\/svg>/, '')
    .replace(/<figure class="(scrolly__figure|static-figure)"[\s\S]*?<\/figure>/g, '')
    .replace(/<p class="visually-hidden step-alt">[\s\S]*?<\/p>/g, '');
}

/** Gzip bytes of each requested file of the site, by kind; `urls` are paths under `root`. */
export function bytesOf(urls, root, base = '/') {
  const out = { html: 0, css: 0, js: 0, data: 0, fonts: 0, images: 0, other: 0, files: {} };
  for (const url of new Set(urls)) {
    let path = new URL(url, 'http://x').pathname;
    if (!path.startsWith(base)) continue;
    path = path.slice(base.length);
    let file = join(root, decodeURIComponent(path));
    if (path === '' || path.endsWith('/')) file = join(file, 'index.html');
    if (!existsSync(file)) continue;
    const gz = gzipSync(readFileSync(file), { level: 9 }).length;
    const kind = KINDS[extname(file)] ?? 'other';
    out[kind] += gz;
    out.files[path || 'index.html'] = gz;
  }
  out.total = out.html + out.css + out.js + out.data + out.fonts + out.images + out.other;
  return out;
}

/** Which figure each JavaScript chunk belongs to, by its name ("figure-<id>.[hash].js", see astro.config.mjs). */
export function jsByFigure(files) {
  const figures = { casualties: /figure-casualties\./, strikemap: /figure-strikemap\./, buildup: /figure-buildup\./, maps_shared: /MapFrame\./, legal: /figure-legal\./, timeline: /figure-timeline\./, union: /figure-union\./, words: /\/(en|es)\.[\w-]+\.js$/ };
  const out = {};
  for (const [name, re] of Object.entries(figures)) {
    out[name] = Object.entries(files).filter(([f]) => f.endsWith('.js') && re.test(f)).reduce((n, [, b]) => n + b, 0);
  }
  out.shared = Object.entries(files).filter(([f]) => f.endsWith('.js')).reduce((n, [, b]) => n + b, 0) - Object.values(out).reduce((a, b) => a + b, 0);
  return out;
}
