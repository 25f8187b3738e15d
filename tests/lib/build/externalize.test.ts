import { describe, expect, it } from 'vitest';
import { externalize, inlineCode } from '../../../src/lib/build/externalize';

const page = `<!doctype html><html><head><style>body{color:red}</style></head><body>
<div class="a" style="--x: 5; left: 10%">a</div><span style="--x: 5; left: 10%">b</span>
<script>window.x=1</script><script type="module">import('x')</script>
<script type="application/json">{"a":1}</script><script src="/s.js"></script>
</body></html>`;

describe('externalize: a page a strict CSP can run', () => {
  const { html, assets } = externalize(page, (n) => `/base/_astro/${n}`);

  it('leaves no inline script, style element or style attribute', () => {
    expect(inlineCode(page).length).toBeGreaterThan(0);
    expect(inlineCode(html)).toEqual([]);
  });

  it('keeps executable scripts in order, as deferred files under the base path (no render blocking), types intact', () => {
    const srcs = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(srcs[0]).toMatch(/^ defer src="\/base\/_astro\/inline\.\w+\.js"$/);
    expect(srcs[1]).toMatch(/^ type="module" src="\/base\/_astro\/inline\.\w+\.js"$/);
    expect(html).toContain('<script type="application/json">{"a":1}</script>');
    expect(assets.find((a) => a.body === 'window.x=1')).toBeDefined();
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
