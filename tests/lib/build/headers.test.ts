import { describe, expect, it } from 'vitest';
import { CSP, headerRules, headersFile, headersFor, parseHeadersFile } from '../../../src/lib/build/headers';

describe('host headers', () => {
  it('allow only the site itself: no inline code, no eval, no other origin', () => {
    expect(CSP).toMatch(/^default-src 'self'/);
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it('cache hashed assets for a year and leave pages to revalidate, under the base path', () => {
    const rules = parseHeadersFile(headersFile(headerRules('/news/boats')));
    expect(headersFor(rules, '/news/boats/_astro/app.Ab12.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/news/boats/es/')['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/news/boats/es/')['Content-Security-Policy']).toBe(CSP);
    expect(headersFor(rules, '/elsewhere/')).toEqual({});
  });
});
