// The build's prerender step (scripts/prerender.mjs): the rendered view written into the HTML shell,
// its style attributes moved to a stylesheet (the strict CSP refuses them as markup), and its
// relative URLs kept pointing at the same files from a language's folder. Expectations by hand.
import { describe, expect, it } from 'vitest';
import {
  catalogueChunks,
  deeper,
  escapeHtml,
  fillShell,
  hoistStyles,
  hoistedStylesheet,
  joinStylesheet,
} from '../../scripts/prerender.mjs';

const shell = [
  '<!doctype html>',
  '<html lang="fr">',
  '<head><meta name="description" content="Classement." /><title>Écoles</title>',
  '<script type="module" crossorigin src="./assets/a.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/a.css"></head>',
  '<body><div id="app"></div>',
  '<noscript>Cette page a besoin de JavaScript.</noscript></body></html>',
].join('\n');

const page = {
  lang: 'en',
  dir: 'en/',
  search: '?lang=en',
  title: 'Schools & “ties”',
  description: 'Ranked <by> months: $&.',
  head: '<meta name="x" />',
  body: '<!--[--><h1>Schools</h1><div class="lazy" data-prerendered-style="0"><a href="?lang=en">x</a></div><!--]-->',
};

describe('escapeHtml', () => {
  it('escapeHtml(`a & <b> "c"`) gives entities for &, <, > and "', () => {
    expect(escapeHtml('a & <b> "c"')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
  });
});

describe('hoistStyles', () => {
  it('gives each distinct style an index, the same style the same one, and keeps the text', () => {
    const styles: string[] = ['height: 1px;'];
    expect(
      hoistStyles(
        '<td colspan="3" style="--rows: 2;"></td><p style="height: 1px;">style="x"</p><i style="--rows: 2;"></i>',
        styles,
      ),
    ).toBe(
      '<td colspan="3" data-prerendered-style="1"></td><p data-prerendered-style="0">style="x"</p><i data-prerendered-style="1"></i>',
    );
    expect(styles).toEqual(['height: 1px;', '--rows: 2;']);
  });
  it('leaves markup without styles as it is', () => {
    const styles: string[] = [];
    expect(hoistStyles('<svg data-style="a"><g></g></svg>', styles)).toBe(
      '<svg data-style="a"><g></g></svg>',
    );
    expect(styles).toEqual([]);
  });
});

describe('hoistedStylesheet', () => {
  it('hoistedStylesheet(["a: 1;", "b: 2;"]) gives one rule per style, on its attribute', () => {
    expect(hoistedStylesheet(['a: 1;', 'b: 2;'])).toBe(
      '[data-prerendered-style="0"]{a: 1;}\n[data-prerendered-style="1"]{b: 2;}\n',
    );
  });
});

describe('deeper', () => {
  it('deeper(html, 1) points "./" src and href one folder up, and leaves others', () => {
    expect(
      deeper('<a href="./a.js"></a><img src="./b.png"><a href="?x=1"><a href="data:,">', 1),
    ).toBe('<a href="../a.js"></a><img src="../b.png"><a href="?x=1"><a href="data:,">');
  });
  it('deeper(html, 0) changes nothing', () => {
    expect(deeper('<a href="./a.js">', 0)).toBe('<a href="./a.js">');
  });
});

describe('fillShell', () => {
  it('writes language, title, description, head and the view into the shell, for a folder', () => {
    expect(fillShell(shell, page, { stylesheet: './assets/p.css', keys: ['q', 'lang'] })).toBe(
      [
        '<!doctype html>',
        '<html lang="en" data-prerendered="?lang=en" data-view-keys="q lang">',
        '<head><meta name="description" content="Ranked &lt;by&gt; months: $&amp;." /><title>Schools &amp; “ties”</title>',
        '<script type="module" blocking="render" crossorigin src="../assets/a.js"></script>',
        '<link rel="stylesheet" crossorigin href="../assets/a.css"><link rel="stylesheet" href="../assets/p.css"><meta name="x" /></head>',
        '<body><div id="app"><!--[--><h1>Schools</h1><div class="lazy" data-prerendered-style="0"><a href="?lang=en">x</a></div><!--]--></div></body></html>',
      ].join('\n'),
    );
  });

  it('keeps the shell’s URLs for the default language, marks its view as "", adds no file', () => {
    const html = fillShell(
      shell,
      { ...page, lang: 'fr', dir: '', search: '' },
      { stylesheet: null, keys: null },
    );
    expect(html).toContain('<script type="module" crossorigin src="./assets/a.js">');
    expect(html).not.toMatch(/p\.css|blocking|data-view-keys|data-preload/);
    expect(html).toContain('<html lang="fr" data-prerendered="">');
  });

  it('names the files to preload once painted in data-preload, from the page’s folder, and links none', () => {
    const html = fillShell(shell, page, {
      stylesheet: null,
      keys: null,
      preload: ['./assets/en-1.js', './assets/words-2.js'],
    });
    expect(html).toContain(
      '<html lang="en" data-prerendered="?lang=en" data-preload="../assets/en-1.js ../assets/words-2.js">',
    );
    expect(html).not.toContain('modulepreload');
    expect(
      fillShell(shell, { ...page, dir: '' }, { stylesheet: null, keys: null, preload: ['./a.js'] }),
    ).toContain('data-preload="./a.js"');
  });

  it('writes the links to the other languages before the app, the whole ranking after it, each in a <noscript>, pointed from the folder', () => {
    const html = fillShell(
      shell,
      {
        ...page,
        languages: '<p class="other-languages"><a href="./">Français</a></p>',
        noscript: '<table></table>',
      },
      { stylesheet: null, keys: null },
    );
    expect(html).toContain(
      '<body><noscript><p class="other-languages"><a href="../">Français</a></p></noscript><div id="app"><!--[--><h1>Schools</h1>',
    );
    expect(html).toContain('<!--]--></div><noscript><table></table></noscript></body>');
  });

  it('fails on a shell without the app’s empty target', () => {
    expect(() =>
      fillShell(shell.replace('<div id="app"></div>', '<main></main>'), page, {
        stylesheet: null,
        keys: null,
      }),
    ).toThrow(/id="app"/);
  });
});

describe('catalogueChunks', () => {
  /** A chunk of a bundle, as Vite hands it to generateBundle (only what is read). */
  const chunk = (fileName: string, imports: string[], more: object = {}) => ({
    type: 'chunk' as const,
    fileName,
    imports,
    dynamicImports: [] as string[],
    isEntry: false,
    isDynamicEntry: false,
    facadeModuleId: null as string | null,
    ...more,
  });
  const catalogue = (lang: string, fileName: string, imports: string[]) =>
    chunk(fileName, imports, {
      isDynamicEntry: true,
      facadeModuleId: `/app/src/lib/i18n/${lang}/first.ts`,
    });
  const bundle = Object.fromEntries(
    [
      chunk('assets/index.js', ['assets/shared.js'], {
        isEntry: true,
        dynamicImports: ['assets/app.js'],
      }),
      chunk('assets/shared.js', []),
      // The app's chunk, which the page's script imports at once, and its own import.
      chunk('assets/app.js', ['assets/runtime.js']),
      chunk('assets/runtime.js', []),
      catalogue('fr', 'assets/fr.js', ['assets/words-fr.js', 'assets/shared.js', 'assets/app.js']),
      chunk('assets/words-fr.js', []),
      catalogue('en', 'assets/en.js', ['assets/words-en.js']),
      chunk('assets/words-en.js', ['assets/shared.js', 'assets/runtime.js']),
      // The French methodology words: another dynamic entry, not the catalogue.
      chunk('assets/method.js', ['assets/words-fr.js'], {
        isDynamicEntry: true,
        facadeModuleId: '/app/src/lib/i18n/fr/method.ts',
      }),
      // The rest of the French catalogue: loaded with the parts below the first screen, and its own
      // import with it.
      chunk('assets/later-fr.js', ['assets/words-fr.js', 'assets/rest-fr.js'], {
        isDynamicEntry: true,
        facadeModuleId: '/app/src/lib/i18n/fr/later.ts',
      }),
      chunk('assets/rest-fr.js', []),
    ].map((c) => [c.fileName, c]),
  );
  // Only what generateBundle's bundle holds that the function reads.
  const asBundle = bundle as unknown as Parameters<typeof catalogueChunks>[0];

  it('gives a language’s first-screen words chunk and the chunks it imports that the page does not load, neither the later words nor the app’s chunk', () => {
    expect(catalogueChunks(asBundle, 'fr')).toEqual(['assets/fr.js', 'assets/words-fr.js']);
    expect(catalogueChunks(asBundle, 'en')).toEqual(['assets/en.js', 'assets/words-en.js']);
  });

  it('gives nothing for a bundle without the catalogue (the single file, inlined)', () => {
    expect(catalogueChunks(asBundle, 'de')).toEqual([]);
    expect(catalogueChunks({}, 'fr')).toEqual([]);
  });
});

describe('joinStylesheet', () => {
  const files = new Map([['assets/a.css', 'a{b:c}\n']]);
  const read = (file: string) => files.get(file);

  it('puts the rules after the shell’s one stylesheet, in a file named after the whole, linked instead', () => {
    const joined = joinStylesheet(shell, read, '[x]{y:z}\n');
    expect(joined?.source).toBe('a{b:c}\n[x]{y:z}\n');
    expect(joined?.replaced).toBe('assets/a.css');
    expect(joined?.file).toMatch(/^assets\/style-[0-9a-f]{8}\.css$/);
    expect(joined?.shell).toBe(
      shell.replace('href="./assets/a.css"', `href="./${joined?.file ?? ''}"`),
    );
    expect(joinStylesheet(shell, read, '[x]{y:w}\n')?.file).not.toBe(joined?.file);
  });

  it('gives null for a shell with no stylesheet of the bundle, or more than one', () => {
    expect(joinStylesheet(shell, () => undefined, 'x')).toBeNull();
    expect(joinStylesheet(shell.replace(/<link[^>]*>/, ''), read, 'x')).toBeNull();
    const two = shell.replace('</head>', '<link rel="stylesheet" href="./assets/b.css"></head>');
    expect(joinStylesheet(two, read, 'x')).toBeNull();
  });
});
