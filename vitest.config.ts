/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects (issue 24): `fast`, the unit and component tests (no build, no server, no browser:
// `npm run test:fast`, the edit-test loop), and `slow`, the suites that build a copy of the project,
// start a dev server, nginx or a browser, or read the built dist/ (`npm run test:slow`, after
// `npm run build`). `vitest run` runs both.
const FAST = ['tests/lib/**/*.test.ts', 'tests/figures/**/*.test.ts', 'tests/components/**/*.test.ts'];
const SLOW = ['tests/build/**/*.test.ts', 'tests/firefox/**/*.test.ts', 'tests/hosts/**/*.test.ts'];

// Astro's Vite config, so tests resolve .svelte, aliases and astro/zod exactly as the build does.
export default getViteConfig({
  test: {
    environment: 'node',
    // One worker (Vitest's default on two cores): with two, the dev-loop suite once missed a saved
    // table edit while other suites built beside it, and two workers saved no time here.
    projects: [
      // The fast tests share no state between files (no mocks, no globals): one worker reuses its
      // module graph across files instead of starting afresh for each of ~55 files.
      // A figure's server render takes 1-2 s when quiet; on two cores shared with other runs it has
      // passed 5 s (Vitest's default timeout). A timeout is no check: 20 s.
      { extends: true, test: { name: 'fast', include: FAST, isolate: false, testTimeout: 20_000 } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
