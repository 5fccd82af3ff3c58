import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // Scoped class names `sv-<hash>` rather than `svelte-<hash>`: they sit on most elements of the
    // prerendered page, so their length is paid for in every first load.
    cssHash: ({ hash, css }) => `sv-${hash(css)}`,
  },
};
