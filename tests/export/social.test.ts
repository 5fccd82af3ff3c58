// What a built page says of itself (export/social.ts): the site's address as the build takes it,
// the Open Graph and Twitter tags with and without it, the JSON-LD Dataset. Expected markup by hand.
import { describe, expect, it } from 'vitest';
import {
  datasetJsonLd,
  siteAddress,
  socialTags,
  type SocialData,
  type SocialPage,
} from '../../src/lib/export/social';

const page: SocialPage = {
  lang: 'en',
  locale: 'en_GB',
  dir: 'en/',
  title: 'Schools & "ties"',
  description: 'Ranked <by> months.',
  image: { file: 'card-en.png', alt: 'The first schools', width: 1200, height: 630 },
  others: [{ lang: 'fr', locale: 'fr_FR', dir: '' }],
};

const data: SocialData = {
  sha256: 'ab'.repeat(32),
  valueName: 'Months abroad',
  unitCode: 'MON',
  keywords: ['ranking', 'France'],
};

describe('siteAddress', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['  ', undefined],
    ['https://example.org', 'https://example.org/'],
    ['https://example.org/ecoles', 'https://example.org/ecoles/'],
    ['http://example.org/ecoles/?x=1#top', 'http://example.org/ecoles/'],
  ])('%j → %j', (raw, site) => {
    expect(siteAddress(raw)).toBe(site);
  });

  it.each([
    ['example.org/ecoles', 'SITE_URL must be an absolute address'],
    ['ftp://example.org/', 'SITE_URL must start with https:// or http://'],
    ['javascript:alert(1)', 'SITE_URL must start with https:// or http://'],
  ])('refuses %j with a message that says what was given', (raw, message) => {
    expect(() => siteAddress(raw)).toThrow(message);
    expect(() => siteAddress(raw)).toThrow(`(given: ${raw})`);
  });
});

describe('socialTags', () => {
  it('without the site’s address: the tags that need none, a small card, no image', () => {
    expect(socialTags(page, undefined)).toBe(
      [
        '<meta property="og:type" content="website">',
        '<meta property="og:title" content="Schools &amp; &quot;ties&quot;">',
        '<meta property="og:description" content="Ranked &lt;by&gt; months.">',
        '<meta property="og:locale" content="en_GB">',
        '<meta property="og:locale:alternate" content="fr_FR">',
        '<meta name="twitter:card" content="summary">',
        '<meta name="twitter:title" content="Schools &amp; &quot;ties&quot;">',
        '<meta name="twitter:description" content="Ranked &lt;by&gt; months.">',
      ].join(''),
    );
  });

  it('with it: canonical and alternate links, the page’s address, the card image absolute', () => {
    const tags = socialTags(page, 'https://example.org/ecoles/');
    expect(
      tags.startsWith(
        [
          '<link rel="canonical" href="https://example.org/ecoles/en/">',
          '<link rel="alternate" hreflang="en" href="https://example.org/ecoles/en/">',
          '<link rel="alternate" hreflang="fr" href="https://example.org/ecoles/">',
        ].join(''),
      ),
    ).toBe(true);
    for (const tag of [
      '<meta property="og:url" content="https://example.org/ecoles/en/">',
      '<meta property="og:image" content="https://example.org/ecoles/card-en.png">',
      '<meta property="og:image:type" content="image/png">',
      '<meta property="og:image:width" content="1200">',
      '<meta property="og:image:height" content="630">',
      '<meta property="og:image:alt" content="The first schools">',
      '<meta name="twitter:card" content="summary_large_image">',
      '<meta name="twitter:image" content="https://example.org/ecoles/card-en.png">',
      '<meta name="twitter:image:alt" content="The first schools">',
    ])
      expect(tags).toContain(tag);
  });

  it('a page without an image (the single file) has a small card even on a site', () => {
    const tags = socialTags({ ...page, image: undefined }, 'https://example.org/');
    expect(tags).toContain('<meta name="twitter:card" content="summary">');
    expect(tags).not.toContain('og:image');
  });
});

describe('datasetJsonLd', () => {
  const json = (markup: string): unknown =>
    JSON.parse(
      markup.replace(/^<script type="application\/ld\+json">/, '').replace(/<\/script>$/, ''),
    );

  it('describes the table as a schema.org Dataset, with its fingerprint and measure', () => {
    expect(json(datasetJsonLd(page, data, 'https://example.org/'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'Schools & "ties"',
      description: 'Ranked <by> months.',
      inLanguage: 'en',
      isAccessibleForFree: true,
      keywords: ['ranking', 'France'],
      spatialCoverage: { '@type': 'Country', name: 'France' },
      identifier: `sha256:${'ab'.repeat(32)}`,
      variableMeasured: { '@type': 'PropertyValue', name: 'Months abroad', unitCode: 'MON' },
      url: 'https://example.org/en/',
    });
  });

  it('has no url without the site, and no unit code for a unit without one', () => {
    const d = json(datasetJsonLd(page, { ...data, unitCode: undefined }, undefined));
    expect(d).not.toHaveProperty('url');
    expect(d).toHaveProperty('variableMeasured', {
      '@type': 'PropertyValue',
      name: 'Months abroad',
    });
  });

  it('never lets the text close its script element', () => {
    const markup = datasetJsonLd(
      { ...page, title: '</script><script>alert(1)</script>' },
      data,
      undefined,
    );
    expect(markup.match(/<\/script>/g)).toEqual(['</script>']);
    expect(json(markup)).toHaveProperty('name', '</script><script>alert(1)</script>');
  });
});
