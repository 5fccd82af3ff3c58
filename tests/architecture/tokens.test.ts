// The page's colour tokens (src/app.css): each theme block sets every token the light one does,
// so a token never falls back to the light value in the dark theme (the CTI lines once did, with
// theme=dark in the address, while the system's dark mode had them).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');

/** The custom properties set in the first block that opens with `selector {`. */
function tokensOf(selector: string): string[] {
  const start = css.indexOf(`${selector} {`);
  if (start === -1) throw new Error(`no block ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  return [...body.matchAll(/(--[\w-]+):/g)].map((m) => m[1] ?? '').sort();
}

describe('app.css colour tokens', () => {
  const light = tokensOf(':root');

  it('the light theme sets the tokens the components read', () => {
    expect(light).toEqual(
      [
        '--accent',
        '--band',
        '--band-alt',
        '--bg',
        '--error',
        '--grid',
        '--muted',
        '--ref',
        '--surface',
        '--text',
        '--warn',
      ].sort(),
    );
  });

  it.each([
    ["the system's dark mode", "  :root:not([data-theme='light'])"],
    ['theme=dark', ":root[data-theme='dark']"],
    ['print', "  :root[data-theme='dark']"],
  ])('%s sets every one of them', (_, selector) => {
    expect(tokensOf(selector)).toEqual(light);
  });
});
