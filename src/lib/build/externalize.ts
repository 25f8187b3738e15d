import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

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
const CLASSIC = /^(|text\/javascript|application\/javascript)$/i;

/** An element the policy cares about, where it sits in the page's source (end exclusive). */
interface Placed {
  name: string;
  attrs: Record<string, string>;
  /** The open tag: `<name …>`. */
  open: { start: number; end: number };
  /** The whole element, open tag to close tag. */
  start: number;
  end: number;
  /** Its text, for <script> and <style> (raw text: the parser decodes nothing in them). */
  text: string;
  /** The source span of its `style` attribute, if it has one. */
  style?: { start: number; end: number };
  /** Its attributes' names, as written (for on* handlers). */
  names: string[];
}

/**
 * The page's elements, as the HTML parser reads them (htmlparser2: a script's `</script>` in a
 * string, a `style=` in text, an attribute in single quotes all mean what a browser takes them to
 * mean), with their places in the source, so edits leave every other byte of the page as it was.
 */
function elements(html: string): { all: Placed[]; headEnd: number; bodyEnd: number } {
  const all: Placed[] = [];
  const open: Placed[] = [];
  let headEnd = -1;
  let bodyEnd = -1;
  let pending: { names: string[]; style?: { start: number; end: number } } = { names: [] };
  const parser = new Parser(
    {
      onattribute(name, _value, quote) {
        pending.names.push(name);
        if (name !== 'style') return;
        // The parser's span of an attribute runs past its value; the value ends at its quote.
        const eq = html.indexOf('=', parser.startIndex);
        const end = quote === '"' || quote === "'" ? html.indexOf(quote, eq + 2) + 1 : parser.endIndex;
        pending.style = { start: parser.startIndex, end };
      },
      onopentag(name, attrs) {
        const el: Placed = { name, attrs, open: { start: parser.startIndex, end: parser.endIndex + 1 }, start: parser.startIndex, end: parser.endIndex + 1, text: '', ...pending };
        pending = { names: [] };
        all.push(el);
        open.push(el);
      },
      ontext(text) {
        const el = open.at(-1);
        if (el && (el.name === 'script' || el.name === 'style')) el.text += text;
      },
      onclosetag(name, implied) {
        const el = open.pop();
        if (el && !implied) el.end = parser.endIndex + 1;
        if (name === 'head' && !implied) headEnd = parser.startIndex;
        if (name === 'body' && !implied) bodyEnd = parser.startIndex;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { all, headEnd, bodyEnd };
}

const isInlineCode = (el: Placed) => el.name === 'script' && !('src' in el.attrs) && el.text.trim() !== '' && EXECUTABLE.test(el.attrs.type ?? '');

/**
 * Move inline code out of one HTML page.
 * @param href turns an asset's file name into the URL the page links (base path included).
 */
export function externalize(html: string, href: (name: string) => string): Externalized {
  const assets = new Map<string, Asset>();
  const add = (ext: 'css' | 'js', body: string) => {
    const name = `inline.${hash(body)}.${ext}`;
    assets.set(name, { name, body });
    return href(name);
  };
  const { all, headEnd, bodyEnd } = elements(html);
  // Each edit replaces a span of the source; the spans never overlap (an element's parts, or different elements).
  const edits: { start: number; end: number; text: string }[] = [];
  const css: string[] = [];
  let cssAt = -1;
  const modules: string[] = [];
  const rules = new Map<string, string>();

  for (const el of all) {
    // All of a page's CSS goes into one file: one render-blocking request, not one per <style>.
    if (el.name === 'style') {
      const media = el.attrs.media;
      css.push(media ? `@media ${media}{${el.text}}` : el.text);
      if (cssAt < 0) cssAt = el.start;
      edits.push({ start: el.start, end: el.end, text: '' });
      continue;
    }
    if (el.name === 'script') {
      const type = el.attrs.type ?? '';
      // Module scripts start after the first paint (AFTER_PAINT). They are deferred already, but a
      // deferred script still runs before the first frame when the page parses fast, and a slow
      // phone then waits for its download too. Classic scripts keep their place.
      const names = Object.keys(el.attrs);
      if (type === 'module' && names.length === 2 && 'src' in el.attrs && !el.text.trim()) {
        modules.push(el.attrs.src);
        edits.push({ start: el.start, end: el.end, text: '' });
      } else if (isInlineCode(el)) {
        if (type === 'module' && names.length === 1) {
          modules.push(add('js', el.text));
          edits.push({ start: el.start, end: el.end, text: '' });
        } else {
          // A classic script in a file would block rendering where the inline one did not; `defer`
          // keeps it in document order with the module scripts, after parsing.
          const attrs = html.slice(el.open.start + '<script'.length, el.open.end - 1);
          const defer = CLASSIC.test(type) && !('defer' in el.attrs) && !('async' in el.attrs) ? ' defer' : '';
          edits.push({ start: el.start, end: el.end, text: `<script${attrs}${defer} src="${add('js', el.text)}"></script>` });
        }
      }
      continue;
    }
    // Style attributes become rules keyed by a data attribute. `:is(…, #_)` lends each rule an
    // id's specificity, as an inline style outranks class rules; a style set later by script
    // (element.style, which CSP allows) still wins over it.
    if (el.style) {
      const decl = (el.attrs.style ?? '').trim();
      if (!decl) {
        // The space before the attribute goes with it.
        edits.push({ start: el.style.start - 1, end: el.style.end, text: '' });
        continue;
      }
      const key = hash(decl, 8);
      rules.set(key, `:is([data-sx="${key}"],#_){${decl}}`);
      edits.push({ start: el.style.start, end: el.style.end, text: `data-sx="${key}"` });
    }
  }

  css.push(...rules.values());
  if (css.length) {
    const link = `<link rel="stylesheet" href="${add('css', css.join('\n'))}">`;
    // Linked where the first <style> was, else at the end of the head.
    edits.push({ start: cssAt >= 0 ? cssAt : Math.max(headEnd, 0), end: cssAt >= 0 ? cssAt : Math.max(headEnd, 0), text: link });
  }
  if (modules.length) {
    const boot = `<script type="application/json" id="${AFTER_PAINT_ID}">${JSON.stringify(modules)}</script><script>${AFTER_PAINT}</script>`;
    const at = bodyEnd >= 0 ? bodyEnd : html.length;
    edits.push({ start: at, end: at, text: boot });
  }

  // Applied from the end, so each edit's positions still hold; an insertion goes before a removal that starts at the same place.
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = html;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { html: out, assets: [...assets.values()] };
}

/** Does any inline code that the strict CSP would block remain, AFTER_PAINT aside? (Used by the tests.) */
export function inlineCode(html: string): string[] {
  const found: string[] = [];
  for (const el of elements(html).all) {
    const tag = html.slice(el.open.start, el.open.end).slice(0, 80);
    if (isInlineCode(el) && el.text !== AFTER_PAINT) found.push(`<script>${el.text.slice(0, 60)}`);
    if (el.name === 'style') found.push(tag);
    if (el.style) found.push(tag);
    if (el.names.some((n) => /^on[a-z]+$/.test(n))) found.push(tag);
  }
  return found;
}
