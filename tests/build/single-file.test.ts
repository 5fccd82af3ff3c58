import { describe, expect, it } from 'vitest';
import { escapeInline, inlineHtml, opensDoubleEscape } from '../../scripts/single-file.mjs';

const page = (head: string): string => `<html><head>${head}</head><body></body></html>`;
const script = '<script type="module" crossorigin src="./assets/a.js"></script>';
const style = '<link rel="stylesheet" crossorigin href="./assets/a.css">';

describe('inlineHtml', () => {
  it('inlineHtml(script + stylesheet) writes both inline and names the files taken', () => {
    const files = new Map([
      ['assets/a.js', 'run();'],
      ['assets/a.css', 'p{color:red}'],
    ]);
    expect(inlineHtml(page(script + style), files)).toEqual({
      html: page('<script type="module">run();</script><style>p{color:red}</style>'),
      used: ['assets/a.js', 'assets/a.css'],
    });
  });

  it('keeps "$&" and "$1" in the code as written', () => {
    const files = new Map([['assets/a.js', 's.replace(/x/, "$&$1")']]);
    expect(inlineHtml(page(script), files).html).toBe(
      page('<script type="module">s.replace(/x/, "$&$1")</script>'),
    );
  });

  it('leaves a script the bundle does not hold as it is', () => {
    const other = '<script type="module" src="https://example.org/x.js"></script>';
    expect(inlineHtml(page(other), new Map())).toEqual({ html: page(other), used: [] });
  });

  it('throws when the page still refers to a file of the bundle', () => {
    const preload = '<link rel="modulepreload" href="./assets/b.js">';
    const files = new Map([
      ['assets/a.js', 'run();'],
      ['assets/b.js', 'more();'],
    ]);
    expect(() => inlineHtml(page(script + preload), files)).toThrow(
      'index.html still refers to assets/b.js',
    );
  });

  it('throws on code with both "<!--" and "<script", which would swallow the closing tag', () => {
    const files = new Map([['assets/a.js', 'const s = "<!--<script>";']]);
    expect(() => inlineHtml(page(script), files)).toThrow('not inlinable');
  });
});

describe('escapeInline', () => {
  it('escapeInline("a</script>b</SCRIPT>", "script") gives "a<\\/script>b<\\/SCRIPT>"', () => {
    expect(escapeInline('a</script>b</SCRIPT>', 'script')).toBe('a<\\/script>b<\\/SCRIPT>');
  });

  it('escapeInline leaves the other closing tag alone', () => {
    expect(escapeInline('"</style>"', 'script')).toBe('"</style>"');
    expect(escapeInline('"</style>"', 'style')).toBe('"<\\/style>"');
  });

  it('an escaped string still evaluates to the same text', () => {
    const code = 'globalThis.out = "</script>";';
    const run = new Function(escapeInline(code, 'script'));
    const box = globalThis as { out?: string };
    run();
    expect(box.out).toBe('</script>');
    delete box.out;
  });

  it.each([
    ['"<!--<script>"', true],
    ['"<!-- x <SCRIPT src=a>"', true],
    ['"<!--<script/>"', true],
    ['"<!---->" + "<script src=x>"', false],
    ['"<!-- -->" + "<!-- --> <script>"', false],
    ['"<!--<scripts>"', false],
    ['"<script>" + "<!--"', false],
    ['"<!-- --> <!-- <script "', true],
  ])('opensDoubleEscape(%s) is %s', (code, expected) => {
    expect(opensDoubleEscape(code)).toBe(expected);
  });
});
