// What a built page says of itself to the programs that read it without running it: the preview
// card a chat or a social network shows for its link (Open Graph, Twitter's card) and a schema.org
// Dataset for search engines (JSON-LD). Written into each prerendered page by the build
// (src/prerender.ts). Card images and canonical links need absolute addresses: they are written only
// when the build is told the site's public address (SITE_URL, see the README); without it the page
// carries the tags that need none, valid as they are, and works from any folder. Pure: strings in,
// a string of markup out, every value escaped.

/** A page of one language, as the build writes it. */
export interface SocialPage {
  /** Its language code ('fr') and its Open Graph locale ('fr_FR'). */
  lang: string;
  locale: string;
  /** Its folder under the site ('' or 'en/'). */
  dir: string;
  title: string;
  description: string;
  /** The card image's file under the site ('card-fr.png'), its alternative text; none without. */
  image?: { file: string; alt: string; width: number; height: number } | undefined;
  /** The other languages' pages: their code, locale and folder. */
  others: readonly { lang: string; locale: string; dir: string }[];
}

/** The table the page shows, for the Dataset. */
export interface SocialData {
  /** SHA-256 of the table's text, in hex. */
  sha256: string;
  /** The value's name, in the page's language, and its unit as UN/CEFACT codes it ('MON' for
   *  months), schema.org's advice; none for a unit without a code (a count, anything). */
  valueName: string;
  unitCode?: string | undefined;
  /** Words a search engine may index. */
  keywords: readonly string[];
}

/**
 * The site's public address from the build's option, ending in '/'; undefined when none is given.
 * Anything but an absolute http(s) address stops the build with a message saying what was given.
 */
export function siteAddress(raw: string | undefined): string | undefined {
  const given = raw?.trim() ?? '';
  if (given === '') return undefined;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(
      `SITE_URL must be an absolute address such as https://example.org/ecoles/ (given: ${given})`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http:// (given: ${given})`);
  }
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Text for an HTML attribute: `&`, `<`, `>` and `"` as entities. */
const attr = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const meta = (key: 'property' | 'name', name: string, content: string | number): string =>
  `<meta ${key}="${name}" content="${attr(String(content))}">`;

/** The Open Graph and Twitter tags of a page, with its canonical and alternate links on a site. */
export function socialTags(page: SocialPage, site: string | undefined): string {
  const tags = [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:locale', page.locale),
    ...page.others.map((o) => meta('property', 'og:locale:alternate', o.locale)),
  ];
  const image = site !== undefined ? page.image : undefined;
  if (site !== undefined) {
    const here = `${site}${page.dir}`;
    tags.unshift(
      `<link rel="canonical" href="${attr(here)}">`,
      `<link rel="alternate" hreflang="${attr(page.lang)}" href="${attr(here)}">`,
      ...page.others.map(
        (o) => `<link rel="alternate" hreflang="${attr(o.lang)}" href="${attr(site + o.dir)}">`,
      ),
    );
    tags.push(meta('property', 'og:url', here));
  }
  if (image !== undefined && site !== undefined) {
    tags.push(
      meta('property', 'og:image', site + image.file),
      meta('property', 'og:image:type', 'image/png'),
      meta('property', 'og:image:width', image.width),
      meta('property', 'og:image:height', image.height),
      meta('property', 'og:image:alt', image.alt),
    );
  }
  tags.push(
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', page.description),
  );
  if (image !== undefined && site !== undefined) {
    tags.push(
      meta('name', 'twitter:image', site + image.file),
      meta('name', 'twitter:image:alt', image.alt),
    );
  }
  return tags.join('');
}

/** The schema.org Dataset of a page, as a JSON-LD script (data, never run: the CSP allows it). */
export function datasetJsonLd(
  page: SocialPage,
  data: SocialData,
  site: string | undefined,
): string {
  const dataset: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: page.title,
    description: page.description,
    inLanguage: page.lang,
    isAccessibleForFree: true,
    keywords: data.keywords,
    spatialCoverage: { '@type': 'Country', name: 'France' },
    identifier: `sha256:${data.sha256}`,
    variableMeasured: {
      '@type': 'PropertyValue',
      name: data.valueName,
      ...(data.unitCode ? { unitCode: data.unitCode } : {}),
    },
  };
  if (site !== undefined) dataset.url = `${site}${page.dir}`;
  // `<` written as its escape: the text can never close the script element.
  const json = JSON.stringify(dataset).replace(/</g, '\\u003c');
  return `<script type="application/ld+json">${json}</script>`;
}
