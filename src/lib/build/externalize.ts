import { createHash } from 'node:crypto';

/**
 * A strict Content Security Policy (`default-src 'self'`, no 'unsafe-inline') blocks every
 * inline `<script>`, `<style>` and `style="…"` attribute. Astro inlines its island runtime and
 * our components render positions as style attributes, so after the build each page's inline
 * code moves into files: one file per distinct `<script>` body (shared between pages, so
 * cached once) and one stylesheet per page for its `<style>` blocks and style attributes (one
 * render-blocking request). Hosts then need one static header for every page, not per-page hashes.
 */

export interface Asset {
  /** File name under the assets folder, named by content so it can be cached forever. */
  name: string;
  body: string;
}

interface Externalized {
  html: string;
  assets: Asset[];
}

/**
 * The one inline script a page keeps (allowed by its hash in the policy, see headers.ts). It
 * starts the page's module scripts once the first frame has painted, so the text paints
 * without waiting for them on a slow phone, and not a script runs before it. Where paint
 * timing is not reported (or an offscreen frame never paints), a timer starts them.
 * The list of scripts is a JSON data block, so this code, and its hash, are the same on every page.
 */
export const AFTER_PAINT_ID = 'after-paint';
export const AFTER_PAINT =
  '(()=>{let started=false;const start=()=>{if(started)return;started=true;' +
  `for(const src of JSON.parse(document.getElementById("${AFTER_PAINT_ID}").textContent)){const s=document.createElement("script");s.type="module";s.src=src;document.head.append(s)}};` +
  'if(performance.getEntriesByName("first-contentful-paint").length)start();' +
  'else if((PerformanceObserver.supportedEntryTypes||[]).includes("paint"))new PerformanceObserver(start).observe({type:"paint",buffered:true});' +
  'setTimeout(start,1000)})()';

/** The policy's source for AFTER_PAINT. */
export const AFTER_PAINT_HASH = `'sha256-${createHash('sha256').update(AFTER_PAINT).digest('base64')}'`;

const hash = (s: string, n = 10) => createHash('sha256').update(s).digest('base64url').slice(0, n).replace(/[-_]/g, 'x');

/** Scripts that the browser executes; data blocks (JSON, templates) are not governed by CSP. */
const EXECUTABLE = /^(|text\/javascript|module|application\/javascript)$/i;

/**
 * Move inline code out of one HTML page.
 * @param href turns an asset's file name into the URL the page links (base path included).
 */
export function externalize(html: string, href: (name: string) => string): Externalized {
  const assets = new Map<string, Asset>();
  const add = (ext: 'css' | 'js' | 'json', body: string, prefix = 'inline') => {
    const name = `${prefix}.${hash(body)}.${ext}`;
    assets.set(name, { name, body });
    return href(name);
  };

  // All of a page's CSS goes into one file: one render-blocking request, not one per <style>.
  const css: string[] = [];
  let out = html.replace(/<style([^>]*)>([\s\S]*?)<\/style>/g, (_whole, attrs: string, body: string) => {
    const media = /\smedia="([^"]*)"/.exec(attrs)?.[1];
    css.push(media ? `@media ${media}{${body}}` : body);
    return css.length === 1 ? '<!--css-->' : '';
  });

  // A figure's props (its data, for hydration) leave the page for a file fetched with the
  // component: the HTML, which every reader waits for, carries only what the first paint needs.
  const props = new Map<string, string>();
  out = out.replace(/<script type="application\/json" id="([^"]+)">([\s\S]*?)<\/script>/g, (whole, id: string, body: string) => {
    if (!html.includes(`data-props="#${id}"`)) return whole;
    props.set(id, add('json', body, 'props'));
    return '';
  });
  out = out.replace(/data-props="#([^"]+)"/g, (whole, id: string) => (props.has(id) ? `data-props="${props.get(id)}"` : whole));

  out = out.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs: string, body: string) => {
    if (/\ssrc=/.test(attrs) || !body.trim()) return whole;
    const type = /\stype="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (!EXECUTABLE.test(type)) return whole;
    // A classic script in a file would block rendering where the inline one did not; `defer`
    // keeps it in document order with the module scripts, after parsing.
    const defer = /^\s*$|text\/javascript|application\/javascript/.test(type) && !/\s(defer|async)\b/.test(attrs) ? ' defer' : '';
    return `<script${attrs}${defer} src="${add('js', body)}"></script>`;
  });

  // Module scripts start after the first paint (AFTER_PAINT). They are deferred already, but a
  // deferred script still runs before the first frame when the page parses fast, and a slow
  // phone then waits for its download too. Classic scripts keep their place.
  const modules: string[] = [];
  out = out.replace(/<script type="module" src="([^"]+)"><\/script>/g, (_whole, src: string) => {
    modules.push(src);
    return '';
  });
  if (modules.length) {
    const boot = `<script type="application/json" id="${AFTER_PAINT_ID}">${JSON.stringify(modules)}</script><script>${AFTER_PAINT}</script>`;
    out = out.includes('</body>') ? out.replace('</body>', `${boot}</body>`) : out + boot;
  }

  // Style attributes become rules keyed by a data attribute. `:is(…, #_)` lends each rule an
  // id's specificity, as an inline style outranks class rules; a style set later by script
  // (element.style, which CSP allows) still wins over it.
  const rules = new Map<string, string>();
  out = out.replace(/(<[a-zA-Z][^<>]*?)\sstyle="([^"]*)"/g, (_whole, open: string, value: string) => {
    const decl = value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').trim();
    if (!decl) return open;
    const key = hash(decl, 8);
    rules.set(key, `:is([data-sx="${key}"],#_){${decl}}`);
    return `${open} data-sx="${key}"`;
  });
  css.push(...rules.values());
  if (css.length) {
    const link = `<link rel="stylesheet" href="${add('css', css.join('\n'))}">`;
    if (out.includes('<!--css-->')) out = out.replace('<!--css-->', link);
    else out = out.includes('</head>') ? out.replace('</head>', `${link}</head>`) : link + out;
  }

  return { html: out, assets: [...assets.values()] };
}

/** Does any inline code that the strict CSP would block remain, AFTER_PAINT aside? (Used by the tests.) */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /\stype="([^"]*)"/.exec(m[1])?.[1] ?? '';
    if (!/\ssrc=/.test(m[1]) && m[2].trim() && EXECUTABLE.test(type) && m[2] !== AFTER_PAINT) found.push(`<script>${m[2].slice(0, 60)}`);
  }
  for (const m of html.matchAll(/<style[^>]*>/g)) found.push(m[0]);
  for (const m of html.matchAll(/<[a-zA-Z][^<>]*?\sstyle="[^"]*"/g)) found.push(m[0].slice(0, 80));
  for (const m of html.matchAll(/<[a-zA-Z][^<>]*?\son[a-z]+="[^"]*"/g)) found.push(m[0].slice(0, 80));
  return found;
}
