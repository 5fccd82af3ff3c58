// The embed view (Embed.svelte), which a page without `embed=` never shows: loaded on first use in a
// browser, so that the page's first script does not carry it, with the words it reads that the
// first screen does not (i18n/load.ts `loadLaterWords`); on a server (prerender, tests/server)
// imported before the first render, so that an embed renders there in one pass, as before.
import { loadLaterWords } from '../i18n/load';
import { lazy, type Lazy } from '../lazy';

type EmbedModule = typeof import('./Embed.svelte');

// `import.meta.env.SSR` is a constant: in the browser build this line is `null`, and nothing waits.
const onServer: EmbedModule | null = import.meta.env.SSR ? await import('./Embed.svelte') : null;

/** The embed view's module: at once on a server, its promise on the first call in a browser. */
export const loadEmbed: Lazy<EmbedModule> = onServer
  ? () => onServer
  : lazy(() => Promise.all([import('./Embed.svelte'), loadLaterWords()]).then(([embed]) => embed));
