// The single-file build: index.html with the bundle's scripts and stylesheets written inline, so the
// page opens from disk (file://) and from any host with no other file.

/**
 * Code that cannot close the element it is inlined in: `</script` → `<\/script` (same in CSS).
 * @param {string} code
 * @param {'script' | 'style'} tag
 */
export const escapeInline = (code, tag) => code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');

/**
 * True when inline script text would put the HTML parser in its "script data double escaped" state:
 * a `<!--` followed by `<script` (then space, `/` or `>`) before any `-->`. There, with every
 * `</script` escaped, the element would never close. A `<!---->` (Svelte's markers) is harmless.
 * @param {string} code
 */
export function opensDoubleEscape(code) {
  let from = code.indexOf('<!--');
  while (from !== -1) {
    const rest = code.slice(from + 4);
    const close = rest.indexOf('-->');
    const open = rest.search(/<script[\s/>]/i);
    if (open !== -1 && (close === -1 || open < close)) return true;
    if (close === -1) return false;
    from = code.indexOf('<!--', from + 4 + close + 3);
  }
  return false;
}

/**
 * The bundle file a `src`/`href` names: "./assets/a.js" → "assets/a.js".
 * @param {string} url
 */
const fileOf = (url) => url.replace(/^(\.\/|\/)/, '');

/**
 * html with each module script and stylesheet found in files written inline.
 * @param {string} html
 * @param {ReadonlyMap<string, string>} files bundle file name → its text
 * @returns {{ html: string, used: string[] }} the new html and the names of the files it took in
 * @throws when the html still refers to a file of the bundle once done
 */
export function inlineHtml(html, files) {
  /** @type {string[]} */
  const used = [];
  /** @param {string} url */
  const take = (url) => {
    const code = files.get(fileOf(url));
    if (code !== undefined) used.push(fileOf(url));
    return code;
  };
  // Replacer functions, so that "$&" in the code is kept as written.
  const out = html
    .replace(/<script\b[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g, (tag, /** @type {string} */ src) => {
      const code = take(src);
      if (code === undefined) return tag;
      if (opensDoubleEscape(code)) {
        throw new Error(`${src} holds "<!--" then "<script" with no "-->" between: not inlinable`);
      }
      return `<script type="module">${escapeInline(code, 'script')}</script>`;
    })
    .replace(
      /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g,
      (tag, /** @type {string} */ href) => {
        const css = take(href);
        return css === undefined ? tag : `<style>${escapeInline(css, 'style')}</style>`;
      },
    );
  const left = [...files.keys()].filter((name) => !used.includes(name) && out.includes(name));
  if (left.length > 0) throw new Error(`index.html still refers to ${left.join(', ')}`);
  return { html: out, used };
}

/**
 * Vite plugin: inlines the emitted JS and CSS into index.html; fails if any other file is left.
 * @returns {import('vite').Plugin}
 */
export function singleFile() {
  return {
    name: 'single-file',
    enforce: 'post',
    // Last of every plugin's generateBundle: Vite's own (build-import-analysis) writes the final code
    // of a dynamic import inlined by codeSplitting: false (its __VITE_PRELOAD__ marker) there.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (page?.type !== 'asset') throw new Error('single-file: no index.html in the bundle');
        /** @type {Map<string, string>} */
        const files = new Map();
        for (const [name, item] of Object.entries(bundle)) {
          if (item.type === 'chunk') files.set(name, item.code);
          else if (name.endsWith('.css')) files.set(name, String(item.source));
        }
        const { html, used } = inlineHtml(String(page.source), files);
        page.source = html;
        // Deleting an entry is how a plugin drops an emitted file from the bundle.
        // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
        for (const name of used) delete bundle[name];
        const left = Object.keys(bundle).filter((name) => name !== 'index.html');
        if (left.length > 0) throw new Error(`single-file: not inlined: ${left.join(', ')}`);
      },
    },
  };
}
