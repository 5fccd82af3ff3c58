// Vite plugin: in a server build (the prerender, svelte/server tests), src/lib/island/Island.svelte
// resolves to Island.server.svelte, which renders its part in place; the client's Island.svelte
// loads the part later (src/lib/island/islands.ts). Two files, because the client's template must
// leave the island's element empty for hydration to keep the prerendered part as it is.

/** @returns {import('vite').Plugin} */
export function serverIslands() {
  return {
    name: 'server-islands',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!options?.ssr || !/(^|\/)Island\.svelte$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !resolved.id.endsWith('/src/lib/island/Island.svelte')) return null;
      return resolved.id.replace(/Island\.svelte$/, 'Island.server.svelte');
    },
  };
}
