import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CSP, headerRules, headersFile, headersFor, parseHeadersFile } from '../../../src/lib/build/headers';
import { AFTER_PAINT } from '../../../src/lib/build/externalize';

describe('host headers', () => {
  it('allow only the site itself: no inline code but the one starter script, by its hash; no eval, no other origin', () => {
    expect(CSP).toMatch(/^default-src 'self'/);
    expect(CSP).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    const scriptSrc = /script-src ([^;]+)/.exec(CSP)![1].split(' ');
    expect(scriptSrc).toEqual(["'self'", `'sha256-${createHash('sha256').update(AFTER_PAINT).digest('base64')}'`]);
  });

  it('cache hashed assets for a year and leave pages to revalidate, under the base path', () => {
    const rules = parseHeadersFile(headersFile(headerRules('/news/boats')));
    expect(headersFor(rules, '/news/boats/_astro/app.Ab12.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/news/boats/props/casualties.0a1b2c3d4e.json')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/news/boats/es/')['Cache-Control']).toBeUndefined();
    expect(headersFor(rules, '/news/boats/es/')['Content-Security-Policy']).toBe(CSP);
    expect(headersFor(rules, '/elsewhere/')).toEqual({});
  });

  it('are the ones the README tells hosts to send', () => {
    const readme = readFileSync('README.md', 'utf8');
    const policies = [...readme.matchAll(/Content-Security-Policy:? "?([^"\n]+)/g)].map((m) => m[1]);
    expect(policies.length).toBeGreaterThanOrEqual(3);
    for (const p of policies) expect(p).toBe(CSP);
  });
});
