import { defineConfig, devices } from '@playwright/test';
import type { Lang } from './src/lib/i18n';

// Debian's Chromium, never a downloaded one; flags keep it off the network this machine lacks.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PORT = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig<{ edition: Lang }>({
  testDir: 'tests/e2e',
  // Two workers, one Chromium each, test by test: the tests share nothing but the read-only server
  // (E2E_WORKERS to change). Tests tagged @timing measure time (long tasks, a 300 ms window mid-zoom):
  // `npm test` runs them afterwards on their own, with one worker (tests/run-all.sh).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: true,
  timeout: 60_000,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'reports/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  // Every test in both editions: English at the root, Spanish under /es/ (tests/e2e/fixtures.ts),
  // at a laptop's width and a phone's. A test that reads neither layout nor touch says so with a
  // tag, and runs only where its answer can differ (issue 24):
  //   @edition  reads the edition's page or words, no layout: desktop and desktop-es only;
  //   @once     the same bytes in every project (requests to addresses no edition prefixes): desktop only.
  // Untagged tests read layout (boxes, the viewport, what is in view) and run in all four.
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } }, testIgnore: ['**/spanish.spec.ts'] },
    { name: 'phone', use: { ...devices['Pixel 5'], viewport: { width: 375, height: 740 }, browserName: 'chromium' }, testIgnore: ['**/print.spec.ts', '**/embeds.spec.ts', '**/spanish.spec.ts'], grepInvert: /@once|@edition/ },
    { name: 'desktop-es', use: { viewport: { width: 1280, height: 800 }, edition: 'es' }, grepInvert: /@once/ },
    { name: 'phone-es', use: { ...devices['Pixel 5'], viewport: { width: 375, height: 740 }, browserName: 'chromium', edition: 'es' }, testIgnore: ['**/print.spec.ts', '**/embeds.spec.ts'], grepInvert: /@once|@edition/ },
  ],
  webServer: {
    // The built site, as a host would serve it.
    command: `node tests/serve.mjs ${PORT} dist`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
