/**
 * The environment for a child `astro build` or `astro dev` started from inside Vitest. Astro's
 * Vite config, which Vitest loads, writes its own import.meta.env values (SITE, BASE_URL, …) into
 * process.env; a child build would read them back, "undefined" included, as its own. And a dev
 * server that sees VITEST serves no routes at all ("Cannot GET /").
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const leaked = new Set(['SITE', 'BASE_URL', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !leaked.has(k) && !k.startsWith('VITEST')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}
