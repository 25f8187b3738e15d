/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests resolve .svelte, aliases and astro/zod exactly as the build does.
export default getViteConfig({
  test: {
    include: ['tests/lib/**/*.test.ts', 'tests/figures/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/firefox/**/*.test.ts', 'tests/hosts/**/*.test.ts'],
    environment: 'node',
  },
});
