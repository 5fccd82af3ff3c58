// @vitest-environment jsdom
// public/embed.js, the script a host page loads: it sizes an iframe only from that iframe's own
// messages, from its src's origin, with its id.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const APP = 'https://app.example';

beforeAll(() => {
  document.body.innerHTML = `
    <iframe id="a" data-ecoles-embed src="${APP}/sub/?embed=ranking&embedId=a"></iframe>
    <iframe id="b" data-ecoles-embed src="${APP}/sub/?embed=school&pick=x&embedId=b"></iframe>
    <iframe id="c" data-ecoles-embed src="${APP}/sub/?embed=table"></iframe>
    <iframe id="other" src="${APP}/sub/?embed=table"></iframe>`;
  const code = readFileSync('public/embed.js', 'utf8');
  // Loaded twice, as two pasted snippets would.
  new Function(code)();
  new Function(code)();
});

const frame = (id: string): HTMLIFrameElement => document.getElementById(id) as HTMLIFrameElement;

function post(data: unknown, source: Window | null, origin = APP): void {
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));
}

const msg = (id: string | null, height: unknown) => ({
  type: 'ecoles-international:height',
  id,
  height,
});

describe('embed.js', () => {
  it('sets each iframe’s height from its own messages', () => {
    post(msg('a', 2400.2), frame('a').contentWindow);
    post(msg('b', 312), frame('b').contentWindow);
    post(msg(null, 900), frame('c').contentWindow);
    expect([frame('a'), frame('b'), frame('c')].map((f) => f.style.height)).toEqual([
      '2401px',
      '312px',
      '900px',
    ]);
  });

  it.each([
    ['from the host’s own window', msg('a', 5), () => window, APP],
    ['from another iframe', msg('a', 5), () => frame('b').contentWindow, APP],
    ['with no source', msg('a', 5), () => null, APP],
    ['from another origin', msg('a', 5), () => frame('a').contentWindow, 'https://evil.example'],
    ['with another id', msg('b', 5), () => frame('a').contentWindow, APP],
    ['of another type', { ...msg('a', 5), type: 'resize' }, () => frame('a').contentWindow, APP],
    ['with a height that is text', msg('a', '5px'), () => frame('a').contentWindow, APP],
    ['with a negative height', msg('a', -5), () => frame('a').contentWindow, APP],
    ['with an absurd height', msg('a', 1e9), () => frame('a').contentWindow, APP],
    ['with NaN', msg('a', NaN), () => frame('a').contentWindow, APP],
    ['that is a string', 'ecoles-international:height', () => frame('a').contentWindow, APP],
  ])('ignores a message %s', (_, data, source, origin) => {
    post(data, source(), origin);
    expect(frame('a').style.height).toBe('2401px');
  });

  it('leaves an iframe without data-ecoles-embed alone', () => {
    post(msg(null, 700), frame('other').contentWindow);
    expect(frame('other').style.height).toBe('');
  });
});
