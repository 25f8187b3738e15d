import { AFTER_PAINT_HASH } from './externalize';

/** Where the build writes each hydrated figure's props, under the base path (src/pages/props/[file].ts). */
export const PROPS_DIR = 'props';

/**
 * The HTTP headers a host should send. The policy allows nothing but this site's own files:
 * no inline code (the build moves it to files) but the one script, allowed by its hash, that
 * starts the others after the first paint; no eval, no third-party origin. Framing is left
 * open on purpose: the embed pages are made to sit in other sites' iframes.
 */
export const CSP = `default-src 'self'; script-src 'self' ${AFTER_PAINT_HASH}; base-uri 'self'; form-action 'self'; object-src 'none'`;

interface HeaderRule {
  /** A path pattern in the Netlify / Cloudflare Pages `_headers` syntax: `*` matches the rest. */
  path: string;
  headers: Record<string, string>;
}

/**
 * Every response gets the policy; hashed build assets never change. Pages and data files keep
 * the hosts' default (revalidate) so a correction reaches readers at once; the hosts that merge
 * matching rules would join two Cache-Control values, so only the assets rule sets one.
 */
export function headerRules(base: string, assetsDir = '_astro'): HeaderRule[] {
  const root = base.replace(/\/?$/, '/');
  return [
    {
      path: `${root}*`,
      headers: {
        'Content-Security-Policy': CSP,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    },
    { path: `${root}${assetsDir}/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    // The figures' props files are named by their content too (src/pages/props/[file].ts).
    { path: `${root}${PROPS_DIR}/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  ];
}

/** The `_headers` file Netlify and Cloudflare Pages read from the build folder. */
export function headersFile(rules: HeaderRule[]): string {
  return rules.map((r) => [r.path, ...Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n') + '\n';
}

/** The headers for one path: later rules override earlier ones, as on those hosts. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const matches = r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path;
    if (matches) Object.assign(out, r.headers);
  }
  return out;
}

/** Read a `_headers` file back (the test server serves what hosts will serve). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const i = line.indexOf(':');
      rules.at(-1)!.headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}
