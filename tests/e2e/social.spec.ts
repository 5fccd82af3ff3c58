// The built pages as a link preview or a search engine reads them, without running them: built
// without the site's address (as CI builds), each page carries its Open Graph and Twitter tags, a
// small card (no image address: one must be absolute), and a JSON-LD Dataset whose fingerprint is
// the one the methodology page shows; each language's card image is there for a build that has
// the address, 1200 × 630, not blank.
import { expect, test } from '@playwright/test';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';

for (const { lang, path, t } of [
  { lang: 'fr', path: './', t: fr },
  { lang: 'en', path: './en/', t: en },
]) {
  test(`the ${lang} page’s tags, its Dataset, and its card image`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    const og = (name: string) =>
      html.match(new RegExp(`<meta property="${name}" content="([^"]*)">`))?.[1];
    expect(og('og:title')).toBe(t.title);
    expect(og('og:type')).toBe('website');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).not.toContain('og:image');
    const json = html.match(/<script type="application\/ld\+json">([^<]*)<\/script>/)?.[1];
    const dataset = JSON.parse(json ?? '{}') as { identifier?: string; inLanguage?: string };
    expect(dataset.inLanguage).toBe(lang);

    // The fingerprint is the methodology page's.
    await page.goto(`${path}?page=methode`);
    const sha = await page.locator('[data-figure="sha256"]').textContent();
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(dataset.identifier).toBe(`sha256:${sha}`);

    // The card: served next to the page, a PNG of 1200 × 630 with ink on it.
    const card = await request.get(`./card-${lang}.png`);
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    expect((await card.body()).length).toBeLessThan(300 * 1024);
    const seen = await page.evaluate(
      async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i] !== 255 || data[i + 1] !== 255) inked++;
        return {
          width: img.naturalWidth,
          height: img.naturalHeight,
          inked: inked / (data.length / 4),
        };
      },
      new URL(`../card-${lang}.png`.replace('../', lang === 'en' ? '../' : './'), page.url()).href,
    );
    expect([seen.width, seen.height]).toEqual([1200, 630]);
    expect(seen.inked).toBeGreaterThan(0.02);
  });
}
