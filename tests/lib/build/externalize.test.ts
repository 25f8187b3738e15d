import { describe, expect, it } from 'vitest';
import { AFTER_PAINT, AFTER_PAINT_ID, externalize, inlineCode } from '../../../src/lib/build/externalize';

const page = `<!doctype html><html><head><style>body{color:red}</style></head><body>
<div class="a" style="--x: 5; left: 10%">a</div><span style="--x: 5; left: 10%">b</span>
<script>window.x=1</script><script type="module">import('x')</script>
<script type="application/json">{"a":1}</script><script src="/s.js"></script>
<script type="application/json" id="props-1">{"data":[1,2],"label":"\\u003c/script>"}</script>
<div data-island="casualties" data-props="#props-1"><svg></svg></div>
</body></html>`;

describe('externalize: a page a strict CSP can run', () => {
  const { html, assets } = externalize(page, (n) => `/base/_astro/${n}`);

  it('leaves no inline script, style element or style attribute', () => {
    expect(inlineCode(page).length).toBeGreaterThan(0);
    expect(inlineCode(html)).toEqual([]);
  });

  it('keeps classic scripts in order, as deferred files under the base path (no render blocking)', () => {
    const srcs = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(srcs[0]).toMatch(/^ defer src="\/base\/_astro\/inline\.\w+\.js"$/);
    expect(html).toContain('<script type="application/json">{"a":1}</script>');
    expect(assets.find((a) => a.body === 'window.x=1')).toBeDefined();
  });

  it('starts module scripts after the first paint, from one starter that is the same on every page', () => {
    expect(html).not.toMatch(/<script type="module"/);
    const list = new RegExp(`<script type="application/json" id="${AFTER_PAINT_ID}">(.*?)</script><script>(.*?)</script></body>`).exec(html)!;
    expect(JSON.parse(list[1])).toEqual([expect.stringMatching(/^\/base\/_astro\/inline\.\w+\.js$/)]);
    expect(list[2]).toBe(AFTER_PAINT);
    expect(assets.find((a) => a.body === "import('x')")).toBeDefined();
    // The starter is allowed by its hash; anything else inline would still be reported.
    expect(inlineCode(html)).toEqual([]);
    expect(inlineCode(html.replace(AFTER_PAINT, 'alert(1)'))).toHaveLength(1);
  });

  it('leaves data blocks and everything else as they were: only the CSP is its business', () => {
    // A figure's props are a file the build writes (src/pages/props/[file].ts), not cut out of the page here.
    expect(html).toContain('<script type="application/json" id="props-1">{"data":[1,2],"label":"\\u003c/script>"}</script>');
    expect(html).toContain('<div data-island="casualties" data-props="#props-1"><svg></svg></div>');
    expect(assets.filter((a) => a.name.endsWith('.json'))).toEqual([]);
  });

  it('reads the page as a browser does, not by pattern: text that looks like code is text', () => {
    const tricky = `<html><head></head><body><p>Write style="color:red" or <code>&lt;style&gt;</code></p>
<script type="application/json">{"html":"<b style=\\"x\\">"}</script>
<b style='color: blue' title="a > b">x</b><svg><path style="fill:red"/></svg>
<script>if (a < b && "</sp" + "an>") go()</script></body></html>`;
    const out = externalize(tricky, (n) => `/_astro/${n}`);
    expect(out.html).toContain('<p>Write style="color:red" or <code>&lt;style&gt;</code></p>');
    expect(out.html).toContain('<script type="application/json">{"html":"<b style=\\"x\\">"}</script>');
    expect(out.html).toMatch(/<b data-sx="\w+" title="a > b">x<\/b><svg><path data-sx="\w+"\/><\/svg>/);
    expect(inlineCode(out.html)).toEqual([]);
    expect(out.assets.find((a) => a.name.endsWith('.js'))!.body).toBe('if (a < b && "</sp" + "an>") go()');
    expect(out.assets.find((a) => a.name.endsWith('.css'))!.body).toMatch(/\{color: blue\}\n.*\{fill:red\}$/);
  });

  it('reports event handler attributes and style attributes however they are quoted', () => {
    expect(inlineCode(`<body><button onclick='go()'>x</button><i style=color:red>y</i></body>`)).toHaveLength(2);
  });

  it('turns equal style attributes into one rule that outranks class rules', () => {
    const keys = [...html.matchAll(/data-sx="(\w+)"/g)].map((m) => m[1]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    const css = assets.find((a) => a.body.includes('data-sx'))!.body;
    // One stylesheet: the page's <style> first, then the attribute rules, linked where the <style> was.
    expect(css).toBe(`body{color:red}\n:is([data-sx="${keys[0]}"],#_){--x: 5; left: 10%}`);
    expect(html).toMatch(/<head><link rel="stylesheet" href="\/base\/_astro\/inline\.\w+\.css"><\/head>/);
    expect(assets.filter((a) => a.name.endsWith('.css'))).toHaveLength(1);
  });

  it('names files by content, so the same code on two pages is one cached file', () => {
    const again = externalize(page.replace('<div class="a"', '<p'), (n) => n);
    expect(again.assets.filter((a) => a.name.endsWith('.js')).map((a) => a.name)).toEqual(assets.filter((a) => a.name.endsWith('.js')).map((a) => a.name));
  });
});
