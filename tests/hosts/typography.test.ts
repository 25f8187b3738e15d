import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/**
 * The built story, as a reader sees its words: no straight quote or apostrophe anywhere in the
 * visible text of either edition (the typographic pass, src/lib/text/typeset.ts, ran on the
 * story, the data, the editions and the words modules). Needs `npm run build` first.
 */

const HIDDEN = /<(script|style|code|pre|template|textarea)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->/gi;
const ENTITIES: Record<string, string> = { '&#39;': "'", '&#x27;': "'", '&apos;': "'", '&quot;': '"', '&#34;': '"', '&#x22;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': '\u00a0' };

/** The text between tags, outside scripts, styles, code and comments, with entities decoded. */
export function visibleText(html: string): string[] {
  return html
    .replace(HIDDEN, ' ')
    .split(/<[^>]*>/)
    .map((t) => t.replace(/&#?\w+;/g, (e) => ENTITIES[e] ?? e))
    .filter((t) => t.trim());
}

const straight = (html: string) => visibleText(html).filter((t) => /['"]/.test(t)).map((t) => t.trim().slice(0, 120));

describe('curly quotes in the built pages', () => {
  test('the check finds a straight quote in text and ignores attributes, scripts, styles and code', () => {
    const html = `<p title="it's">Colombia&#39;s <a href="/x?a='b'">“union”</a></p><script>var a = "x";</script><style>a::before{content:'x'}</style><code>'c'</code>`;
    expect(straight(html)).toEqual(['Colombia\'s']);
    expect(straight(`<p title="it's" data-x='"'>Colombia’s <code>"x"</code></p>`)).toEqual([]);
  });

  for (const page of ['dist/index.html', 'dist/es/index.html']) {
    test(`${page}: no straight ' or " in visible text`, () => {
      expect(existsSync(page), 'run `npm run build` first').toBe(true);
      const html = readFileSync(page, 'utf8');
      expect(visibleText(html).join(' ').length, 'the story is there').toBeGreaterThan(20_000);
      expect(straight(html)).toEqual([]);
    });
  }

  test('the headline and dek are typeset, and « » stay in the Spanish edition', () => {
    const en = readFileSync('dist/index.html', 'utf8');
    const es = readFileSync('dist/es/index.html', 'utf8');
    expect(en).toMatch(/<h1[^>]*>[^<]*Colombia’s Petro/);
    expect(visibleText(es).join(' ')).toMatch(/«[^»]+»/);
  });
});
