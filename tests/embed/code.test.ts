import { describe, expect, it } from 'vitest';
import { embedCode, embedScript, embedSrc } from '../../src/lib/embed/code';
import { defaultParams, linkTo } from '../../src/lib/state/url';

const params = {
  ...defaultParams,
  query: 'mines',
  picks: ['mines-albi-carmaux'],
  theme: 'dark' as const,
};

describe('linkTo', () => {
  it.each([
    ['http://h/app/?q=x#top', defaultParams, 'http://h/app/'],
    [
      'http://h/app/index.html?embed=ranking',
      { ...defaultParams, lang: 'en' as const },
      'http://h/app/index.html?lang=en',
    ],
    [
      'file:///home/a/index.html',
      { ...defaultParams, query: 'é' },
      'file:///home/a/index.html?q=%C3%A9',
    ],
  ])('linkTo(%j) gives %j', (href, v, expected) => {
    expect(linkTo(href, v)).toBe(expected);
  });
});

describe('embed code', () => {
  const parts = {
    href: 'https://h.example/deep/path/?q=old&lang=en',
    params,
    kind: 'school' as const,
    id: 'school-k3x9',
    title: 'Une école « & »',
  };

  it('embedSrc: the view’s parameters, then the embed and its id', () => {
    expect(embedSrc(parts)).toBe(
      'https://h.example/deep/path/?q=mines&pick=mines-albi-carmaux&theme=dark&embed=school&embedId=school-k3x9',
    );
  });

  it.each([
    ['https://h.example/deep/path/?q=x', 'https://h.example/deep/path/embed.js'],
    ['https://h.example/deep/index.html#a', 'https://h.example/deep/embed.js'],
    ['file:///home/a/index.html', 'file:///home/a/embed.js'],
  ])('embedScript(%j) gives %j', (href, expected) => {
    expect(embedScript(href)).toBe(expected);
  });

  it('embedCode: an iframe marked for embed.js, and the script, attributes escaped', () => {
    expect(embedCode(parts)).toBe(
      '<iframe src="https://h.example/deep/path/?q=mines&amp;pick=mines-albi-carmaux&amp;theme=dark&amp;embed=school&amp;embedId=school-k3x9" title="Une école « &amp; »" data-ecoles-embed height="600" style="width: 100%; border: 0" loading="lazy" allow="clipboard-write"></iframe>\n' +
        '<script src="https://h.example/deep/path/embed.js" async></script>',
    );
  });

  it('embedCode: a title with quotes and markup cannot leave its attribute', () => {
    const code = embedCode({ ...parts, title: '"><script>x</script>' });
    expect(code).toContain('title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(code.match(/<script/g)).toHaveLength(1);
  });
});
