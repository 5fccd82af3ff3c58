import { expect, test, type Page } from '@playwright/test';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { method as frMethod } from '../../src/lib/i18n/fr/method';
import { method as enMethod } from '../../src/lib/i18n/en/method';
import { open, settle, axeViolations } from './page';

const insights = (page: Page) => page.locator('.insights [data-insight]');
const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`);
/** The page never scrolls sideways. */
const noSideScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('key points state the seed’s figures and follow a search', async ({ page }) => {
  const errors = await open(page);
  await expect(page.getByRole('heading', { name: 'À retenir' })).toBeVisible();
  await expect(insights(page)).toHaveText([
    /^65\u00a0écoles sur 144 \(45\s%\) envoient leurs étudiants 6\u00a0mois ou plus à l’étranger, en moyenne\.$/,
    'Le plus grand groupe d’ex æquo : 32 écoles à 6 mois, toutes au 34e rang (places 34 à 65).',
    'AgroParisTech (place 34) et SUPMECA (place 65) ne diffèrent en rien : 6 mois toutes les deux, et le même rang, 34e.',
    'Les 10 premières écoles par place : de 12 à 10 mois ; 4 autres écoles à 10 mois, ex æquo avec la 10e, restent hors de ces 10.',
    'Les 10 dernières écoles par place : de 2,5 à 1 mois ; 1 autre école à 2,5 mois, ex æquo avec la 10e en partant de la fin, reste hors de ces 10.',
    /^131\u00a0de ces 144\u00a0écoles \(91\s%\) partagent leur rang/,
  ]);

  await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('centrale');
  // Six schools: the five Centrale and SUPELEC, found by its current name, CentraleSupélec.
  await expect(insights(page)).toHaveCount(5);
  await expect(insights(page).first()).toHaveText(/^5\u00a0écoles sur 6 \(83\s%\)/);
  await expect(insights(page).nth(2)).toHaveText(
    'Centrale Lille (place 35) et Centrale Lyon (place 36) ne diffèrent en rien : 6 mois toutes les deux, et le même rang, 34e.',
  );
  await expect(insights(page).nth(3)).toHaveText(
    'Entre la première de ces 6 écoles, Centrale Paris (10,5 mois, 8e), et la dernière, Centrale Marseille (2,3 mois, 136e) : 8,2 mois d’écart.',
  );
  await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('centrale lyon');
  await expect(insights(page)).toHaveText([
    'Centrale Lyon : 6 mois en moyenne, 34e sur 144 écoles, ex æquo avec 31 autres écoles (places 34 à 65).',
  ]);
  expect(errors).toEqual([]);
});

test('the methodology opens from the key points, works the example out, and back returns', async ({
  page,
}) => {
  const errors = await open(page, './?q=centrale');
  const link = page.getByRole('link', { name: fr.insights.methodLink });
  await link.click();
  await expect(page).toHaveURL(/\?q=centrale&page=methode$/);
  await expect(page).toHaveTitle(`Méthode et limites · ${fr.title}`);
  const heading = page.getByRole('heading', { level: 2, name: 'Méthode et limites' });
  await expect(heading).toBeFocused();
  await expect(
    page.getByRole('heading', { name: 'Exemple : les 32 écoles à 6 mois' }),
  ).toBeVisible();
  await expect(figure(page, 'competition')).toHaveText('34, car 33 écoles ont plus de mois');
  await expect(figure(page, 'dense')).toHaveText(
    '13, car 12 valeurs différentes sont plus grandes',
  );
  await expect(figure(page, 'fractional')).toHaveText('49,5 = (34 + 65) / 2');
  await expect(figure(page, 'percentile')).toHaveText('66,08 = 100 × (144 − 49,5) / (144 − 1)');
  await expect(figure(page, 'sha256')).toHaveText(
    '6dc1c08156fc0e4b2a64bc634c319a7babeb48197f2d6fb6f88cfa6843081eda',
  );
  await expect(page.getByText('data/classement-ecoles-ingenieurs-international.txt')).toBeVisible();
  await expect(page.locator('.insights')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  expect(await noSideScroll(page)).toBe(true);

  // Back returns to the explorer as it was, focus on the link that opened the page.
  await page.goBack();
  await expect(page).toHaveURL(/\?q=centrale$/);
  await expect(insights(page)).toHaveCount(5);
  await expect(page.getByRole('link', { name: fr.insights.methodLink })).toBeFocused();
  await expect(page).toHaveTitle(fr.title);

  // From the header link, and back by the page's own link.
  await page.getByRole('link', { name: fr.method.link, exact: true }).click();
  await expect(heading).toBeFocused();
  await page.getByRole('link', { name: frMethod.back }).first().click();
  await expect(page).toHaveURL(/\?q=centrale$/);
  await expect(page.getByRole('searchbox', { name: 'Chercher une école' })).toHaveValue('centrale');
  await expect(page.getByRole('link', { name: fr.method.link, exact: true })).toBeFocused();
  expect(errors).toEqual([]);
});

test('a link to the methodology reads at 320 px, and a reload keeps it', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const errors = await open(page, './?page=methode');
  await expect(page.getByRole('heading', { level: 2, name: 'Méthode et limites' })).toBeVisible();
  expect(await noSideScroll(page)).toBe(true);
  await page.reload();
  await settle(page);
  await expect(figure(page, 'fractional')).toHaveText('49,5 = (34 + 65) / 2');
  expect(errors).toEqual([]);
});

/** Every fixed French string of a catalogue branch that English words differently (4 letters or more). */
function frenchOnly(node: unknown, other: unknown): string[] {
  if (typeof node === 'string') return node !== other && node.length >= 4 ? [node] : [];
  if (node === null || typeof node !== 'object') return [];
  const twin = (other ?? {}) as Record<string, unknown>;
  return Object.entries(node).flatMap(([k, v]) => frenchOnly(v, twin[k]));
}

test('in English the methodology is English, apart from the source’s own French title', async ({
  page,
}) => {
  const errors = await open(page, './?lang=en&page=methode');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 2, name: 'Method and limits' })).toBeVisible();
  await expect(page).toHaveTitle(`Method and limits · ${en.title}`);
  await expect(figure(page, 'fractional')).toHaveText('49.5 = (34 + 65) / 2');
  await expect(figure(page, 'percentile')).toHaveText('66.08 = 100 × (144 − 49.5) / (144 − 1)');
  const text = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang="fr"]').forEach((el) => el.remove());
    return copy.innerText;
  });
  expect(
    frenchOnly({ method: fr.method, insights: fr.insights }, en).filter((s) => text.includes(s)),
  ).toEqual([]);
  expect(text).not.toMatch(/\bmois\b|\bécoles\b|\bex æquo\b/);
  expect(text).not.toMatch(/\d,\d/);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: enMethod.back }).first().click();
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
  await expect(insights(page).first()).toHaveText(
    '65 of 144 schools (45%) send their students abroad for 6 months or more on average.',
  );
  expect(errors).toEqual([]);
});
