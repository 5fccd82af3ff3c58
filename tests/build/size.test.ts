// The size check follows what index.html loads at start, and only that: scripts, modulepreloads and
// stylesheets it names, then each script's static imports, and the import() of a script the page
// names itself (src/boot.ts loads the app so, once the page is painted); chunks behind any other
// import() (loaded on first use) are not counted.
import { describe, expect, it } from 'vitest';
import { startFiles, startUrls, staticImports } from '../../scripts/size.mjs';

// A small build as Vite writes it: an entry that imports a shared chunk statically and the app
// through import(); the shared chunk imports another and a lazy one through import(); a
// stylesheet; a remote script and a data: icon.
const html = `<!doctype html><html><head>
<link rel="icon" href="data:," />
<script type="module" crossorigin src="./assets/index-A.js"></script>
<link rel="modulepreload" crossorigin href="./assets/shared-B.js">
<link rel="stylesheet" crossorigin href="./assets/index-C.css">
<script src="https://example.org/x.js"></script>
</head><body><div id="app"></div></body></html>`;

const files: Record<string, string> = {
  'assets/index-A.js':
    'import{a as e}from"./shared-B.js";import"./side-D.js";import(`./app-H.js`);',
  'assets/shared-B.js': 'export{b as a}from"./deep-F.js";const l=()=>import("./lazy-E.js");',
  'assets/app-H.js': 'import"./deep-F.js";import"./app-part-I.js";',
  'assets/app-part-I.js': 'export const i=1;',
  'assets/side-D.js': 'console.log(1);',
  'assets/deep-F.js': 'export const b=1;',
  'assets/lazy-E.js': 'import"./never-G.js";',
};
const read = (path: string): string => {
  const text = files[path];
  if (text === undefined) throw new Error(`read ${path}: not in the fixture`);
  return text;
};

describe('startUrls', () => {
  it('startUrls(page) lists the module script, the modulepreload and the stylesheet, in order', () => {
    expect(startUrls(html)).toEqual([
      './assets/index-A.js',
      './assets/shared-B.js',
      './assets/index-C.css',
    ]);
  });

  it('takes single-quoted and bare attributes, absolute paths, and drops a query', () => {
    const page = `<script type=module src='/a.js?v=1'></script><link href=b.css rel=stylesheet>`;
    expect(startUrls(page)).toEqual(['/a.js', 'b.css']);
  });

  it('adds the chunks the page’s script preloads once painted (<html data-preload>), after the others', () => {
    const page =
      '<html lang="fr" data-preload="./assets/w-1.js ./assets/m-2.js ./assets/i.js">' +
      '<script type="module" src="./assets/i.js"></script>';
    expect(startUrls(page)).toEqual(['./assets/i.js', './assets/w-1.js', './assets/m-2.js']);
  });

  it('ignores icons, preconnects and remote or data: files', () => {
    const page =
      '<link rel="icon" href="i.png"><link rel="preconnect" href="./x">' +
      '<script src="//cdn.example/x.js"></script><link rel="stylesheet" href="data:text/css,p{}">';
    expect(startUrls(page)).toEqual([]);
  });
});

describe('staticImports', () => {
  it('finds import-from, bare import and export-from, not import()', () => {
    expect(staticImports(files['assets/index-A.js'] ?? '')).toEqual([
      './shared-B.js',
      './side-D.js',
    ]);
    expect(staticImports(files['assets/shared-B.js'] ?? '')).toEqual(['./deep-F.js']);
  });

  it('keeps relative specifiers only, each once', () => {
    expect(staticImports('import"svelte";import"./a.js";import{x}from"./a.js";')).toEqual([
      './a.js',
    ]);
  });

  it('does not take a property or identifier ending in "import" for a statement', () => {
    expect(staticImports('o.import("./a.js");reimport"./b.js";')).toEqual([]);
  });
});

describe('startFiles', () => {
  it('startFiles(page) follows static imports and the entry’s import(), and leaves the lazy chunk and what only it imports', () => {
    expect(startFiles(html, read)).toEqual([
      'assets/index-A.js',
      'assets/shared-B.js',
      'assets/deep-F.js',
      'assets/side-D.js',
      'assets/app-H.js',
      'assets/app-part-I.js',
      'assets/index-C.css',
    ]);
  });
});
