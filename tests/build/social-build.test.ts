// The build told the site's public address (SITE_URL, README "Preview cards"): run as a person
// would, into a temporary folder. Each language's page carries its canonical address, its Open
// Graph and Twitter tags with the card image's absolute address, and a JSON-LD Dataset whose
// fingerprint is the SHA-256 of the published file; each card image exists, is a PNG of 1200 × 630,
// under 300 KB, and not blank. A malformed address stops the build and says why.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPng } from './png';
import { shellEnv } from './shell';

const run = promisify(execFile);

const viteBuild = (outDir: string, site: string) =>
  run(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir'],
    {
      env: { ...shellEnv, SITE_URL: site },
      maxBuffer: 16 * 1024 * 1024,
    },
  );

const SITE = 'https://example.org/ecoles/';
let out = '';

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'social-build-'));
  await viteBuild(out, 'https://example.org/ecoles');
}, 180_000);

afterAll(async () => {
  if (out !== '') await rm(out, { recursive: true, force: true });
});

const attribute = (html: string, tag: RegExp): string | undefined => html.match(tag)?.[1];
const og = (html: string, name: string) =>
  attribute(html, new RegExp(`<meta property="${name}" content="([^"]*)">`));

describe.each([
  {
    lang: 'fr',
    file: 'index.html',
    here: SITE,
    locale: 'fr_FR',
    title: 'Les écoles d’ingénieurs les plus ouvertes à l’international',
  },
  {
    lang: 'en',
    file: 'en/index.html',
    here: `${SITE}en/`,
    locale: 'en_GB',
    title: 'The most international French engineering schools',
  },
])('the $lang page built with SITE_URL', ({ lang, file, here, locale, title }) => {
  it('carries its canonical address, Open Graph and Twitter tags, the card’s absolute address', async () => {
    const html = await readFile(join(out, file), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${here}">`);
    expect(og(html, 'og:title')).toBe(title);
    expect(og(html, 'og:locale')).toBe(locale);
    expect(og(html, 'og:url')).toBe(here);
    expect(og(html, 'og:image')).toBe(`${SITE}card-${lang}.png`);
    expect(og(html, 'og:image:width')).toBe('1200');
    expect(og(html, 'og:image:height')).toBe('630');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain(`<meta name="twitter:image" content="${SITE}card-${lang}.png">`);
  });

  it('carries a JSON-LD Dataset fingerprinted with the published file’s SHA-256', async () => {
    const html = await readFile(join(out, file), 'utf8');
    const json = attribute(html, /<script type="application\/ld\+json">([^<]*)<\/script>/);
    const published = await readFile('data/classement-ecoles-ingenieurs-international.txt');
    const sha = createHash('sha256').update(published).digest('hex');
    expect(JSON.parse(json ?? '{}')).toMatchObject({
      '@type': 'Dataset',
      name: title,
      inLanguage: lang,
      identifier: `sha256:${sha}`,
      url: here,
      variableMeasured: { unitCode: 'MON' },
    });
  });

  it('has its card: a PNG of 1200 × 630 under 300 KB, with text on it (not blank)', async () => {
    const bytes = await readFile(join(out, `card-${lang}.png`));
    expect(bytes.length).toBeLessThan(300 * 1024);
    const png = readPng(bytes);
    expect([png.width, png.height]).toEqual([1200, 630]);
    // White, with the ink of the text and the bars: far more than a handful of colours.
    const colours = new Set(png.pixels);
    expect(colours.has(0xffffffff)).toBe(true);
    expect(colours.size).toBeGreaterThan(50);
    const inked = png.pixels.filter((p) => p !== 0xffffffff).length;
    expect(inked / png.pixels.length).toBeGreaterThan(0.02);
  });
});

describe('SITE_URL that is no address', () => {
  it('stops the build with a message that says what was given', async () => {
    const bad = await mkdtemp(join(tmpdir(), 'social-bad-'));
    try {
      await expect(viteBuild(bad, 'example.org/ecoles')).rejects.toThrow(
        'SITE_URL must be an absolute address such as https://example.org/ecoles/ (given: example.org/ecoles)',
      );
    } finally {
      await rm(bad, { recursive: true, force: true });
    }
  }, 180_000);
});
