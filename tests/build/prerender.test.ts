// The build's prerender step (scripts/prerender.mjs): the rendered view written into the HTML shell,
// its style attributes left to hydration, and its relative URLs kept pointing at the same files from
// a language's folder. Expectations written out by hand.
import { describe, expect, it } from 'vitest';
import { deeper, escapeHtml, fillShell, withoutStyleAttributes } from '../../scripts/prerender.mjs';

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
  body: '<!--[--><h1>Schools</h1><div class="lazy" style="height: 3px;"><a href="?lang=en">x</a></div><!--]-->',
};

describe('escapeHtml', () => {
  it('escapeHtml(`a & <b> "c"`) gives entities for &, <, > and "', () => {
    expect(escapeHtml('a & <b> "c"')).toBe('a &amp; &lt;b&gt; &quot;c&quot;');
  });
});

describe('withoutStyleAttributes', () => {
  it('drops every style attribute, keeps the rest of the tag and the text', () => {
    expect(
      withoutStyleAttributes(
        '<td colspan="3" style="height: 10px;"></td><p style="">style="x"</p>',
      ),
    ).toBe('<td colspan="3"></td><p>style="x"</p>');
  });
  it('leaves markup without styles as it is', () => {
    expect(withoutStyleAttributes('<svg data-style="a"><g></g></svg>')).toBe(
      '<svg data-style="a"><g></g></svg>',
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
    expect(fillShell(shell, page)).toBe(
      [
        '<!doctype html>',
        '<html lang="en">',
        '<head><meta name="description" content="Ranked &lt;by&gt; months: $&amp;." /><title>Schools &amp; “ties”</title>',
        '<script type="module" crossorigin src="../assets/a.js"></script>',
        '<link rel="stylesheet" crossorigin href="../assets/a.css"><meta name="x" /></head>',
        '<body><div id="app" data-prerendered="?lang=en"><!--[--><h1>Schools</h1><div class="lazy"><a href="?lang=en">x</a></div><!--]--></div></body></html>',
      ].join('\n'),
    );
  });

  it('keeps the shell’s URLs for the default language, and marks its view as ""', () => {
    const html = fillShell(shell, { ...page, lang: 'fr', dir: '', search: '' });
    expect(html).toContain('src="./assets/a.js"');
    expect(html).toContain('<div id="app" data-prerendered="">');
  });

  it('fails on a shell without the app’s empty target', () => {
    expect(() => fillShell(shell.replace('<div id="app"></div>', '<main></main>'), page)).toThrow(
      /id="app"/,
    );
  });
});
