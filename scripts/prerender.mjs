// The prerender step of the build: src/prerender.ts, built for the server by Vite (the Svelte plugin
// compiles the components for svelte/server), renders each language's default view; each is written into the
// built index.html shell: the app's HTML in #app, the language, title and description in <head>.
// The default language goes to index.html, the others to <code>/index.html (the multi-file build
// only: the single-file build is one file, its other languages are mounted from ?lang=).
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { Resvg } from '@resvg/resvg-js';
import { serverIslands } from './islands.mjs';
import { parsed } from './parsed.mjs';

/**
 * Text for an HTML attribute or element: `&`, `<`, `>` and `"` as entities.
 * @param {string} text
 */
export const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The rules that hide a stale page's app: when the address asks for another view than the one
 * prerendered (`<html data-prerendered>`), the page's script (src/boot.ts, render-blocking: the
 * guard) marks the page stale, and the app stays hidden until main.ts has mounted the view asked
 * for and taken the mark off (or, should the app's script never come, for 3 s at most). No flash
 * of the wrong view.
 */
export const STALE_RULES =
  'html[data-stale] #app{visibility:hidden;animation:prerendered-reveal 0s 3s forwards}\n' +
  '@keyframes prerendered-reveal{to{visibility:visible}}\n';

/** The attribute a style attribute becomes: its value is the style's index in the stylesheet. */
export const STYLE_ATTRIBUTE = 'data-prerendered-style';

/**
 * Markup whose style attributes became rules of a stylesheet. A strict Content-Security-Policy
 * refuses styles written as markup (style-src-attr) but takes a stylesheet from the page's origin:
 * each `style="X"` becomes `data-prerendered-style="i"`, with `styles[i]` = X (a style seen before
 * keeps its index). Hydration then sets the same styles through the DOM, which the policy allows,
 * and main.ts takes the attributes off. Svelte's server output escapes `"` in attribute values, so
 * a value ends at the first `"`.
 * @param {string} html
 * @param {string[]} styles the distinct styles so far, in order; new ones are added
 * @returns {string}
 */
export function hoistStyles(html, styles) {
  return html.replace(/\sstyle="([^"]*)"/g, (_, /** @type {string} */ style) => {
    let index = styles.indexOf(style);
    if (index === -1) index = styles.push(style) - 1;
    return ` ${STYLE_ATTRIBUTE}="${index}"`;
  });
}

/**
 * The stylesheet of hoisted styles: one rule per style, on its attribute.
 * @param {readonly string[]} styles
 */
export const hoistedStylesheet = (styles) =>
  styles.map((style, i) => `[${STYLE_ATTRIBUTE}="${i}"]{${style}}\n`).join('');

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
 * @property {string} [noscript] the whole ranking, for the page read with scripts off
 * @property {string} [languages] links to the other languages' pages, for the page read with
 *   scripts off (none in the single file, which has no other page)
 * @property {string} [social] its Open Graph, Twitter and JSON-LD tags (src/lib/export/social.ts)
 * @property {{ svg: string, file?: string }} [card] its preview card, and the PNG's file name
 */

/**
 * The built index.html shell with one prerendered page written into it.
 * `data-prerendered` on <html> holds the query string of the view it shows: main.ts hydrates when
 * the address asks for that view, and mounts afresh otherwise.
 * @param {string} shell
 * @param {Prerendered} page its body's styles already hoisted (`hoistStyles`)
 * @param {{ stylesheet: string | null, keys: readonly string[] | null,
 *   islands?: readonly string[], preload?: readonly string[] }} files the hoisted styles' file
 *   (null when they joined the page's stylesheet: `joinStylesheet`), the view's query-string keys
 *   for the guard (src/boot.ts; null for none), the islands' stylesheets (islandStylesheets) and the chunks of the page's language's first screen's words
 *   to preload (`catalogueChunks`), relative to the shell ('./assets/…'), where there are
 * @returns {string}
 */
export function fillShell(shell, page, { stylesheet, keys, islands = [], preload = [] }) {
  const link = [...islands, ...(stylesheet === null ? [] : [stylesheet])]
    .map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`)
    .join('');
  // Not <link rel="modulepreload">s: main.ts awaits the catalogue before it starts, but a preload
  // in the HTML is fetched before the first paint, and Lighthouse's simulated phone counted it
  // (the app's main chunk among them, 119 KB) before the largest paint: 1.96 s against 1.21 s for
  // the first. The page's script (src/boot.ts) asks for them once the page is painted, with the
  // app. Paths relative to the page, as `deeper` would make them.
  const depth = page.dir.split('/').filter(Boolean).length;
  const later = preload
    .map((href) => (depth === 0 ? href : href.replace(/^\.\//, '../'.repeat(depth))))
    .join(' ');
  const root =
    `<html lang="${escapeHtml(page.lang)}" data-prerendered="${escapeHtml(page.search)}"` +
    (keys === null ? '' : ` data-view-keys="${escapeHtml(keys.join(' '))}"`) +
    (later === '' ? '' : ` data-preload="${escapeHtml(later)}"`);
  /** @type {[RegExp, string][]} */
  const steps = [
    [/<html lang="[^"]*"/, root],
    // The guard is in the page's script (src/boot.ts): it runs before the first paint, which then
    // waits for that script, not for a script of its own that also held up reading the page.
    ...(keys === null
      ? []
      : /** @type {[RegExp, string][]} */ ([
          [/<script type="module"(?![^>]*\bblocking=)/, '<script type="module" blocking="render"'],
        ])),
    [/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`],
    [
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${escapeHtml(page.description)}" />`,
    ],
    // The page no longer needs JavaScript to be read.
    [/\s*<noscript>[\s\S]*?<\/noscript>/, ''],
    [/<\/head>/, `${page.social ?? ''}${link}${page.head}</head>`],
    [
      /<div id="app"><\/div>/,
      (page.languages ? `<noscript>${page.languages}</noscript>` : '') +
        `<div id="app">${page.body}</div>` +
        (page.noscript ? `<noscript>${page.noscript}</noscript>` : ''),
    ],
  ];
  let html = shell;
  for (const [pattern, replacement] of steps) {
    if (!pattern.test(html)) throw new Error(`prerender: index.html has no ${pattern}`);
    // A function, so that "$&" in the rendered text is kept as written.
    html = html.replace(pattern, () => replacement);
  }
  return deeper(html, depth);
}

/**
 * The shell's stylesheet (Vite's one file: cssCodeSplit is off) with `css` after its rules, as one
 * file named after its content, so that the first paint waits for one request, not two (each a
 * round trip on a phone's network, and the hoisted styles' file was 200 bytes).
 * @param {string} shell
 * @param {(file: string) => string | undefined} read a CSS file of the bundle by its name
 * @param {string} css
 * @returns {{ shell: string, file: string, source: string, replaced: string } | null} the shell
 *   linking the new file, its name and text, and the file it replaces; null when the shell links
 *   no stylesheet of the bundle
 */
export function joinStylesheet(shell, read, css) {
  const links = [...shell.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\.\/([^"]+)"/g)];
  const [only] = links;
  const name = only?.[1];
  const own = name === undefined || links.length !== 1 ? undefined : read(name);
  if (name === undefined || own === undefined) return null;
  const source = own + css;
  const file = hashedName('style', 'css', source);
  return {
    shell: shell.replace(`href="./${name}"`, () => `href="./${file}"`),
    file,
    source,
    replaced: name,
  };
}

/**
 * Renders every language's default view: src/prerender.ts built for the server (Svelte's server
 * output, the data files inlined, svelte itself left to Node) into a folder under node_modules, so
 * that Node finds svelte from it, then run. A folder of its own per build: two builds at once (the
 * build tests run two) each wrote and removed the same one under the other.
 * @param {{ site: string | undefined, images: boolean }} options the site's public address as
 *   given (SITE_URL), and whether the pages' card images are written (not in the single file)
 * @returns {Promise<{ pages: Prerendered[], keys: string[] }>} the pages, and the view's query keys
 */
export async function renderPages({ site, images }) {
  const outDir = await mkdtemp(resolve('node_modules/.prerender-'));
  try {
    await build({
      configFile: false,
      root: process.cwd(),
      mode: 'production',
      logLevel: 'error',
      plugins: [serverIslands(), parsed(), svelte()],
      assetsInclude: ['**/*.txt'],
      build: {
        ssr: 'src/prerender.ts',
        outDir,
        emptyOutDir: true,
        target: 'node20',
        minify: false,
      },
    });
    /** @type {{ prerenderAll: (o: { site: string | undefined, images: boolean }) => Promise<Prerendered[]>, viewKeys: () => string[] }} */
    const entry = await import(pathToFileURL(join(outDir, 'prerender.js')).href);
    return { pages: await entry.prerenderAll({ site, images }), keys: entry.viewKeys() };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/**
 * The chunks of a language's words of the first screen (src/lib/i18n/<lang>/first.ts, loaded with
 * `import()`, see registry.ts) and those it imports that the page does not load already: the
 * page's `<link rel="modulepreload">`s, so that those words load with the app and not after it.
 * The rest of its catalogue (later.ts) is not preloaded: it loads with the parts below the first
 * screen. Nor is the app's chunk, which the page's script imports in the task that adds these
 * links, nor what that chunk imports: a link for them only started their requests twice, a few
 * milliseconds of that task each. None in a bundle without code splitting (the single file holds
 * every catalogue).
 * @param {import('vite').Rollup.OutputBundle} bundle
 * @param {string} lang
 * @returns {string[]} file names, relative to the build's folder
 */
export function catalogueChunks(bundle, lang) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const entry = chunks.find(
    (c) => c.isDynamicEntry && c.facadeModuleId?.endsWith(`/src/lib/i18n/${lang}/first.ts`),
  );
  if (entry === undefined) return [];
  // What the page's own scripts import, statically, and the chunks they import() (the app's, and
  // its own imports): loaded already, or asked for in the same task.
  /** @type {Set<string>} */
  const loaded = new Set();
  /** @param {string} name */
  const follow = (name, into = loaded) => {
    if (into.has(name)) return;
    into.add(name);
    const chunk = bundle[name];
    if (chunk?.type === 'chunk') for (const i of chunk.imports) follow(i, into);
  };
  for (const c of chunks)
    if (c.isEntry) [c.fileName, ...c.dynamicImports].forEach((n) => follow(n));
  /** @type {Set<string>} */
  const needed = new Set();
  follow(entry.fileName, needed);
  return [...needed].filter((name) => !loaded.has(name));
}

/**
 * A file of the bundle named after its content: `assets/<stem>-<8 hex of its sha-256>.<ext>`.
 * @param {string} stem
 * @param {string} ext
 * @param {string} content
 */
const hashedName = (stem, ext, content) =>
  `assets/${stem}-${createHash('sha256').update(content).digest('hex').slice(0, 8)}.${ext}`;

/**
 * The stylesheets of the page's islands (src/lib/parts, loaded with import()): their prerendered
 * markup is painted before any script, so their styles load at start with the page's own.
 * @param {import('vite').Rollup.OutputBundle} bundle
 * @returns {string[]} './assets/….css', in the bundle's order
 */
export function islandStylesheets(bundle) {
  /** @type {Set<string>} */
  const css = new Set();
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} name a chunk and the chunks it imports statically */
  const follow = (name) => {
    const chunk = bundle[name];
    if (seen.has(name) || chunk?.type !== 'chunk') return;
    seen.add(name);
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(`./${file}`);
    chunk.imports.forEach(follow);
  };
  // What the entry loads already (Vite links it in index.html) is not linked twice.
  for (const [name, chunk] of Object.entries(bundle))
    if (chunk.type === 'chunk' && chunk.isEntry) follow(name);
  const linked = new Set(css);
  for (const [name, chunk] of Object.entries(bundle)) {
    if (chunk.type !== 'chunk' || !chunk.isDynamicEntry) continue;
    if (/\/src\/lib\/parts\/[^/]+\.svelte$/.test(chunk.facadeModuleId ?? '')) follow(name);
  }
  return [...css].filter((file) => !linked.has(file));
}

/** The font files the card is drawn with: DejaVu Sans from its npm package, the same on every
 *  machine (a system's fonts may be missing, and a card without text is blank). */
const cardFonts = () => {
  const dir = join(
    dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
    'ttf',
  );
  return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(dir, file));
};

/**
 * A preview card's SVG (src/lib/export/card.ts) drawn into a PNG of its size, by resvg.
 * @param {string} svg
 * @returns {Uint8Array}
 */
export function cardPng(svg) {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: cardFonts(), defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/**
 * Vite plugin: writes the prerendered default views into index.html (and <code>/index.html), their
 * hoisted styles joined to the page's stylesheet, the view's keys for the guard (src/boot.ts, made
 * render-blocking) and the chunks of their language's catalogue that the page's script preloads.
 * Listed before single-file (both 'post'), which then inlines the scripts into the filled page.
 * @param {{ single: boolean }} options the single-file build: index.html only, and no guard (its
 *   one script is the whole app)
 * @returns {import('vite').Plugin}
 */
export function prerender({ single }) {
  return {
    name: 'prerender',
    apply: 'build',
    // After Vite has written index.html (its own plugins emit it in generateBundle).
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const shell = bundle['index.html'];
      if (shell?.type !== 'asset') throw new Error('prerender: no index.html in the bundle');
      /** @type {string[]} */
      const styles = [];
      const rendered = await renderPages({ site: process.env.SITE_URL, images: !single });
      for (const page of rendered.pages) {
        if (page.card?.file) {
          this.emitFile({
            type: 'asset',
            fileName: page.card.file,
            source: cardPng(page.card.svg),
          });
        }
      }
      const pages = rendered.pages.map((page) => ({
        ...page,
        body: hoistStyles(page.body, styles),
      }));
      const css = hoistedStylesheet(styles) + STALE_RULES;
      const own = (/** @type {string} */ file) => {
        const asset = bundle[file];
        return asset?.type === 'asset' ? String(asset.source) : undefined;
      };
      const joined = joinStylesheet(String(shell.source), own, css);
      /** @type {string | null} */
      let stylesheet = null;
      let source = String(shell.source);
      if (joined === null) {
        stylesheet = `./${hashedName('prerendered', 'css', css)}`;
        this.emitFile({ type: 'asset', fileName: stylesheet.slice(2), source: css });
      } else {
        Reflect.deleteProperty(bundle, joined.replaced);
        this.emitFile({ type: 'asset', fileName: joined.file, source: joined.source });
        source = joined.shell;
      }
      const islands = single ? [] : islandStylesheets(bundle);
      for (const page of pages) {
        const files = {
          stylesheet,
          // No guard in the single file: its one script is the whole app, which must not hold
          // up the first paint.
          keys: single ? null : rendered.keys,
          islands,
          preload: catalogueChunks(bundle, page.lang).map((name) => `./${name}`),
        };
        // The single file is one page: no other language's page to link to.
        if (page.dir === '')
          shell.source = fillShell(
            source,
            single ? { ...page, languages: undefined } : page,
            files,
          );
        else if (!single) {
          const html = fillShell(source, page, files);
          this.emitFile({ type: 'asset', fileName: `${page.dir}index.html`, source: html });
        }
      }
    },
  };
}
