import { vitePreprocess } from '@astrojs/svelte';

// discloseVersion: no `window.__svelte` version stamp, a module every page would load for nothing.
export default { preprocess: vitePreprocess(), compilerOptions: { discloseVersion: false } };
