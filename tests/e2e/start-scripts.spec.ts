// What the page loads at start, read from the scripts Chromium receives: the bundled table comes
// already parsed (scripts/parsed.mjs), so neither papaparse nor the seed's text nor the schools' own
// facts (data/profils.json) arrive until a person asks for what needs them. Each mark is then seen
// arriving, which shows the check can see it.
import { expect, test, type Page } from '@playwright/test';
import { fr } from '../../src/lib/i18n/fr';
import { download } from './download';
import { open, rows } from './page';

/** Text found in papaparse's code only (an error code it reports; minifiers keep strings). */
const PAPAPARSE = 'UndetectableDelimiter';
/** The seed's text as the build bundles it (`?raw`: a string with its tabs). */
const SEED_TEXT = '\tCentrale Paris\t10,5';
/** A source's file name that only data/profils.json holds. */
const PROFILES = '002_254d1db0dfb1bd6a.txt';

/** Records every script the page receives; `seen(mark)` says whether one held it. Each file is
 *  read again from the server (the same static file): a body Chromium received is gone once the
 *  page navigates, and the parts loaded after the first screen may still be arriving then. */
function scripts(page: Page): { seen: (mark: string) => Promise<boolean> } {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (new URL(url).pathname.endsWith('.js')) {
      bodies.push(page.request.get(url).then((r) => r.text()));
    }
  });
  return { seen: async (mark) => (await Promise.all(bodies)).some((b) => b.includes(mark)) };
}

test('the page starts with the parsed table only: papaparse, the text and the profiles come on first use', async ({
  page,
}) => {
  const received = scripts(page);
  const errors = await open(page);
  await expect(rows(page)).toHaveCount(144);
  expect(await received.seen(PAPAPARSE)).toBe(false);
  expect(await received.seen(SEED_TEXT)).toBe(false);
  expect(await received.seen(PROFILES)).toBe(false);

  // A profile brings the facts; the methodology page the text; a CSV download papaparse.
  await page.goto('./?school=mines-saint-etienne');
  const dialog = page.getByRole('dialog', { name: 'Mines Saint-Etienne' });
  await expect(dialog.locator('[data-fact="duree"] .value')).toHaveText(
    '10 mois en moyenne, en entreprise ou en université',
  );
  expect(await received.seen(PROFILES)).toBe(true);
  expect(await received.seen(PAPAPARSE)).toBe(false);

  await page.goto('./?page=methode');
  await expect(page.locator('[data-figure="sha256"]')).toHaveText(
    '6dc1c08156fc0e4b2a64bc634c319a7babeb48197f2d6fb6f88cfa6843081eda',
  );
  expect(await received.seen(SEED_TEXT)).toBe(true);

  await page.goto('./');
  await download(page, fr.download.table, fr.download.csv);
  expect(await received.seen(PAPAPARSE)).toBe(true);
  expect(errors).toEqual([]);
});
