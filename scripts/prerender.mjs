// The prerender step of the build: src/prerender.ts, loaded through Vite (the Svelte plugin compiles
// the components for the server), renders each language's default view; each is written into the
// built index.html shell: the app's HTML in #app, the language, title and description in <head>.
// The default language goes to index.html, the others to <code>/index.html (the multi-file build
// only: the single-file build is one file, its other languages are mounted from ?lang=).
import { createServer } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Text for an HTML attribute or element: `&`, `<`, `>` and `"` as entities.
 * @param {string} text
 */
export const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Markup without its style attributes. A strict Content-Security-Policy refuses them as markup
 * (style-src-attr); hydration sets the same styles again through the DOM, which the policy allows.
 * Svelte's server output escapes `"` in attribute values, so a value ends at the first `"`.
 * @param {string} html
 */
export const withoutStyleAttributes = (html) => html.replace(/\sstyle="[^"]*"/g, '');

/**
 * The relative URLs of a page moved `depth` folders down, still pointing at the same files:
 * `src="./assets/a.js"` → `src="../assets/a.js"` for depth 1.
 * @param {string} html
 * @param {number} depth
 */
export const deeper = (html, depth) =>
  depth === 0 ? html : html.replace(/\b(src|href)="\.\//g, `$1="${'../'.repeat(depth)}`);

/**
 * @typedef {object} Prerendered What src/prerender.ts gives for one language.
 * @property {string} lang
 * @property {string} dir
 * @property {string} search
 * @property {string} title
 * @property {string} description
 * @property {string} head
 * @property {string} body
 */

/**
 * The built index.html shell with one prerendered page written into it.
 * `data-prerendered` on #app holds the query string of the view it shows: main.ts hydrates when the
 * address asks for that view, and mounts afresh otherwise.
 * @param {string} shell
 * @param {Prerendered} page
 * @returns {string}
 */
export function fillShell(shell, page) {
  /** @type {[RegExp, string][]} */
  const steps = [
    [/<html lang="[^"]*"/, `<html lang="${escapeHtml(page.lang)}"`],
    [/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`],
    [
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${escapeHtml(page.description)}" />`,
    ],
    // The page no longer needs JavaScript to be read.
    [/\s*<noscript>[\s\S]*?<\/noscript>/, ''],
    [/<\/head>/, `${page.head}</head>`],
    [
      /<div id="app"><\/div>/,
      `<div id="app" data-prerendered="${escapeHtml(page.search)}">${withoutStyleAttributes(page.body)}</div>`,
    ],
  ];
  let html = shell;
  for (const [pattern, replacement] of steps) {
    if (!pattern.test(html)) throw new Error(`prerender: index.html has no ${pattern}`);
    // A function, so that "$&" in the rendered text is kept as written.
    html = html.replace(pattern, () => replacement);
  }
  return deeper(html, page.dir.split('/').filter(Boolean).length);
}

/** Renders every language's default view with src/prerender.ts, loaded through a Vite server. */
async function renderPages() {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    appType: 'custom',
    plugins: [svelte()],
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    /** @type {{ prerenderAll: () => Prerendered[] }} */
    const entry = /** @type {never} */ (await server.ssrLoadModule('/src/prerender.ts'));
    return entry.prerenderAll();
  } finally {
    await server.close();
  }
}

/**
 * Vite plugin: writes the prerendered default views into index.html (and <code>/index.html).
 * Listed before single-file (both 'post'), which then inlines the scripts into the filled page.
 * @param {{ languages: 'all' | 'default' }} options 'default': index.html only (the single file)
 * @returns {import('vite').Plugin}
 */
export function prerender({ languages }) {
  return {
    name: 'prerender',
    apply: 'build',
    // After Vite has written index.html (its own plugins emit it in generateBundle).
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const shell = bundle['index.html'];
      if (shell?.type !== 'asset') throw new Error('prerender: no index.html in the bundle');
      const source = String(shell.source);
      const pages = await renderPages();
      for (const page of pages) {
        if (page.dir === '') shell.source = fillShell(source, page);
        else if (languages === 'all') {
          this.emitFile({
            type: 'asset',
            fileName: `${page.dir}index.html`,
            source: fillShell(source, page),
          });
        }
      }
    },
  };
}
