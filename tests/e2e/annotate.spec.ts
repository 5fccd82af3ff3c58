// An author's annotation (issue 15, part 4): title=, note= and highlight= set the page's headline
// (the ranking's title kept above it), a note, the schools put forward on the ranking, an embed's
// headline, and the downloaded SVG and PNG; all of it as text, never markup; set from the share
// panel's « Annoter » form, the page's headline following as it is typed.
import { expect, test, type Page } from '@playwright/test';
import { fr } from '../../src/lib/i18n/fr';
import { open, unfold, axeOf } from './page';
import { download, pngSize, svgInfo } from './download';

const TITLE = 'Les Mines en tête, Centrale suit';
const NOTE = 'Mois passés à l’étranger en moyenne, selon le classement publié. Calcul : aucun.';
const ANNOTATED = `./?title=${encodeURIComponent(TITLE)}&note=${encodeURIComponent(NOTE)}&highlight=mines-douai,centrale-paris`;
const RANKING = fr.download.chart(fr.ranking.heading);

/** The header's paragraphs: the kicker above the headline and the note under it. */
const header = (page: Page) => ({
  h1: page.getByRole('heading', { level: 1 }),
  kicker: page.locator('header .kicker'),
  note: page.locator('header .author-note'),
});

/** A row of the ranking chart by the school's name: its name's weight, its dot's ring. */
async function mark(page: Page, name: string) {
  const row = page.locator('.rows .row:not([data-off])', {
    has: page.locator('text.name', { hasText: name }),
  });
  return row.evaluate((g) => {
    const text = g.querySelector('text.name');
    const circle = g.querySelector('circle');
    return {
      weight: text ? getComputedStyle(text).fontWeight : '',
      stroke: circle?.getAttribute('stroke') ?? null,
      width: circle ? getComputedStyle(circle).strokeWidth : '',
    };
  });
}

test('a link’s title, note and highlight: the headline, the note, the marks and their key; axe-clean', async ({
  page,
}) => {
  // axe over the header and the ranking (144 rows) takes a while on a busy 2-core machine.
  test.setTimeout(120_000);
  const errors = await open(page, ANNOTATED);
  const { h1, kicker, note } = header(page);
  await expect(h1).toHaveText(TITLE);
  // The ranking's own title stays, above: the reader still knows what ranking this is.
  await expect(kicker).toHaveText(fr.title);
  await expect(kicker).toBeVisible();
  await expect(note).toHaveText(NOTE);
  await expect(page).toHaveTitle(fr.title);

  // Put forward: a bold name and a ringed dot (not colour alone), said in the chart's key.
  expect(await mark(page, 'Mines Douai')).toEqual({
    weight: '700',
    stroke: 'currentColor',
    width: '2px',
  });
  expect(await mark(page, 'Centrale Paris')).toEqual({
    weight: '700',
    stroke: 'currentColor',
    width: '2px',
  });
  expect(await mark(page, 'Centrale Lyon')).toEqual({ weight: '400', stroke: null, width: '1px' });
  await expect(page.getByText(fr.annotate.legend).first()).toBeVisible();
  // In the table too, the names put forward are in bold (the others at the table's 500).
  const weight = (name: string) =>
    page
      .locator('tbody th[scope="row"]')
      .filter({ has: page.getByRole('button', { name, exact: true }) })
      .evaluate((th) => getComputedStyle(th).fontWeight);
  expect(await weight('Mines Douai')).toBe('800');
  expect(await weight('Centrale Lyon')).toBe('500');

  const result = await axeOf(page)
    .include('header')
    .include('section[aria-labelledby="ranking-heading"]')
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the downloaded SVG and PNG carry the headline, the note, the marks and their legend', async ({
  page,
}) => {
  await open(page, ANNOTATED);
  const svg = await download(page, RANKING, fr.download.svg);
  const text = svg.bytes.toString('utf8');
  const info = await svgInfo(page, text);
  expect(info.error).toBeNull();
  // The headline replaces the chart's title; the note is under the filter, wrapped.
  expect(info.title).toBe(TITLE);
  expect(info.lines[0]).toBe(TITLE);
  const words = info.lines.join(' ');
  expect(words).toContain(NOTE);
  expect(words).toContain(fr.annotate.legend);
  expect(text).toContain('selon le classement publi');
  // Escaped as XML text (the apostrophe of l’étranger is a typographic one, kept as is).
  expect(text).toContain('Calcul : aucun.');
  // The marks came along with the chart: its bold names, its rings.
  expect(text).toMatch(/<text[^>]*font-weight="700"[^>]*>(<!---->)?Mines Douai<\/text>/);
  expect(text).toMatch(/stroke-width="2(px)?"/);

  const png = await download(page, RANKING, fr.download.png);
  expect(png.bytes.length).toBeGreaterThan(10_000);
  expect(pngSize(png.bytes)).toEqual({
    width: 2 * Number(info.width),
    height: 2 * Number(info.height),
  });
});

test('markup in a title or a note shows as text, in the page and in the image', async ({
  page,
}) => {
  const hostile = '<script>window.__owned = 1</script><b>gras</b> « x » & "y"';
  const errors = await open(
    page,
    `./?title=${encodeURIComponent(hostile)}&note=${encodeURIComponent('<img src=x onerror="window.__owned=2">')}`,
  );
  const { h1, note } = header(page);
  await expect(h1).toHaveText(hostile);
  await expect(note).toHaveText('<img src=x onerror="window.__owned=2">');
  await expect(page.locator('header b, header img, header script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __owned?: number }).__owned)).toBeUndefined();

  const svg = await download(page, RANKING, fr.download.svg);
  const text = svg.bytes.toString('utf8');
  expect(text).not.toMatch(/<script|<b>|<img/);
  expect(text).toContain('&lt;script&gt;window.__owned = 1&lt;/script&gt;&lt;b&gt;gras&lt;/b&gt;');
  const info = await svgInfo(page, text);
  expect(info.error).toBeNull();
  expect(info.title).toBe(hostile);
  expect(errors).toEqual([]);
});

test('an embed shows the author’s headline, the view’s title above it, and the note; axe-clean', async ({
  page,
}) => {
  const errors = await open(
    page,
    `./?embed=ranking&title=${encodeURIComponent(TITLE)}&note=${encodeURIComponent(NOTE)}&highlight=mines-douai`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.locator('.kicker')).toHaveText(fr.embed.titles.ranking);
  await expect(page.locator('.author-note')).toHaveText(NOTE);
  expect(await mark(page, 'Mines Douai')).toEqual({
    weight: '700',
    stroke: 'currentColor',
    width: '2px',
  });
  const result = await axeOf(page).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('the « Annoter » form: the headline follows as typed, the link and the embed code too', async ({
  page,
}, info) => {
  const errors = await open(page, './');
  await unfold(page, fr.share.heading);
  const steps = await page.evaluate(() => history.length);
  const title = page.getByRole('textbox', { name: fr.annotate.title });
  await expect(title).toHaveAttribute('maxlength', '120');
  await title.fill('Mon titre');
  const { h1, kicker } = header(page);
  // The page's own headline is the live preview.
  await expect(h1).toHaveText('Mon titre');
  await expect(kicker).toHaveText(fr.title);
  await page.getByRole('textbox', { name: fr.annotate.note }).fill('Ma note');
  await expect(header(page).note).toHaveText('Ma note');
  await expect(page).toHaveURL(/\?title=Mon\+titre&note=Ma\+note$/);
  // Typing replaced the history entry: no step to go back through per letter.
  expect(await page.evaluate(() => history.length)).toBe(steps);

  const box = page.getByRole('combobox', { name: fr.annotate.add });
  await box.fill('mines douai');
  await box.press('Enter');
  await expect(page).toHaveURL(/&highlight=mines-douai$/);
  await expect(page.getByRole('button', { name: fr.annotate.remove('Mines Douai') })).toBeVisible();
  expect(await mark(page, 'Mines Douai')).toEqual({
    weight: '700',
    stroke: 'currentColor',
    width: '2px',
  });
  // The embed code takes the annotation along.
  await expect(page.getByRole('textbox', { name: fr.share.embedField })).toHaveValue(
    /title=Mon\+titre&amp;note=Ma\+note&amp;highlight=mines-douai|title=Mon\+titre&note=Ma\+note&highlight=mines-douai/,
  );
  await page.getByRole('region', { name: fr.share.heading }).screenshot({
    path: info.outputPath('annotate-form.png'),
  });
  const result = await axeOf(page).include('.share-fold').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a headline in capitals, and the link that carries it, stay inside the downloaded SVG on a phone', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const title =
    'LES ÉCOLES D’INGÉNIEURS LES PLUS OUVERTES À L’INTERNATIONAL EN MOIS PASSÉS À L’ÉTRANGER';
  const errors = await open(page, `./?title=${encodeURIComponent(title)}`);
  const svg = await download(page, RANKING, fr.download.svg);
  // Each line drawn around the chart, as Chromium lays it out, ends inside the image: at 0.6 em a
  // character, the first title line and the link's ran past its right edge (378 px of 343).
  const overflow = await page.evaluate((source) => {
    const box = document.createElement('div');
    box.innerHTML = source;
    document.body.append(box);
    const root = box.querySelector('svg');
    const width = Number(root?.getAttribute('width'));
    const past = [...(root?.querySelectorAll<SVGTextElement>(':scope > text') ?? [])]
      .map((t) => ({ text: t.textContent ?? '', right: t.getBBox().x + t.getBBox().width }))
      .filter((t) => t.right > width)
      .map((t) => `${Math.round(t.right)} px: ${t.text}`);
    box.remove();
    return { width, past };
  }, svg.bytes.toString('utf8'));
  expect(overflow).toEqual({ width: 343, past: [] });
  const info = await svgInfo(page, svg.bytes.toString('utf8'));
  expect(info.lines.slice(0, 4).join(' ')).toBe(title);
  expect(errors).toEqual([]);
});
