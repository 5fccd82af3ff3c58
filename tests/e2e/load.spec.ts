// A reader hands the page a table: through the real file input, a paste anywhere on the page and a
// file dropped on it; a good table explored, the value column asked for, and the hostile
// files, each with a clear message or lines skipped with their reasons, the page never blank, no
// dialog, no console error, no request but to the app's own files. Files are made here.
import { writeFile } from 'node:fs/promises';
import { DB_NAME, STORE } from '../../src/lib/load/store';
import { expect, test, type Page } from '@playwright/test';
import { names, open, rows, settle, axeOf, cutWords } from './page';
import { NBSP } from '../i18n/spaces';

const GOOD = 'Rang;École;Mois\n1;Alpha;8,5\n2;Beta;6\n2;Gamma;6\n4;Delta;2\n';

/** What must never happen while a table is read: kept by `watch`, checked by `clean`. */
interface Watch {
  errors: string[];
  dialogs: string[];
  foreign: string[];
}

/** Opens the app and watches for console errors, dialogs and requests to another origin. */
async function start(page: Page, path = './'): Promise<Watch> {
  const watch: Watch = { errors: [], dialogs: [], foreign: [] };
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    // The app's own files, its inline data, and the worker the single file makes from a blob.
    if (!/^(http:\/\/127\.0\.0\.1:|data:|blob:http:\/\/127\.0\.0\.1:)/.test(r.url()))
      watch.foreign.push(r.url());
  });
  watch.errors = await open(page, path);
  return watch;
}

/** Nothing that must never happen has, and the page still shows its title. */
async function clean(page: Page, watch: Watch): Promise<void> {
  expect(watch).toEqual({ errors: [], dialogs: [], foreign: [] });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
}

const panel = (page: Page) => page.getByRole('region', { name: 'Explorer votre propre tableau' });
const html = (page: Page) => page.locator('html');

async function openPanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Charger un tableau' }).click();
  await expect(panel(page)).toBeVisible();
}

/** Opens the panel if it is folded: a new table shown folds it, « Vérifier la lecture » opens it. */
async function check(page: Page): Promise<void> {
  if (await panel(page).isVisible()) return;
  await page.getByRole('button', { name: /^(Charger un tableau|Vérifier la lecture)$/ }).click();
  await expect(panel(page)).toBeVisible();
}

/** Forgets the last load's signal, so that the next one is waited for. */
const forget = (page: Page) =>
  page.evaluate(() => {
    delete document.documentElement.dataset.load;
  });

/**
 * Picks a file in the panel's file input and waits for the load's signal; gives it. A file on disk
 * (`{ path }`) is read by the browser from there; bytes are sent to it through the protocol.
 */
async function upload(
  page: Page,
  name: string,
  data: string | Buffer | { path: string },
  mimeType = 'text/csv',
) {
  await forget(page);
  await check(page);
  const file =
    typeof data === 'string'
      ? { name, mimeType, buffer: Buffer.from(data, 'utf8') }
      : 'path' in data
        ? data.path
        : { name, mimeType, buffer: data };
  await panel(page).getByLabel('Choisir un fichier').setInputFiles(file);
  await expect(html(page)).toHaveAttribute('data-load', /^(ok|error|ask)$/, { timeout: 20_000 });
  return html(page).getAttribute('data-load');
}

/** A paste on the page outside any text box, as the browser dispatches one. */
async function paste(page: Page, text: string): Promise<void> {
  await forget(page);
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    const e = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.querySelector('main')?.dispatchEvent(e);
  }, text);
}

/** Files dragged over the page and dropped on its main part (not on the overlay). */
async function drop(page: Page, files: { name: string; bytes: number[] }[]): Promise<void> {
  await forget(page);
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([new Uint8Array(f.bytes)], f.name));
    const at = document.querySelector('h1') ?? document.body;
    at.dispatchEvent(
      new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    at.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    at.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  }, files);
}

/** A report list's items (skipped, duplicates, suspicious, ranks), as text. */
const report = (page: Page, list: string) => panel(page).locator(`[data-list="${list}"] li`);
const alert = (page: Page) => panel(page).getByRole('alert');

test('a good table picked in the file input is explored; the way back shows the published one', async ({
  page,
}) => {
  const watch = await start(page);
  await expect(html(page)).toHaveAttribute('data-rows', '144');
  await openPanel(page);
  // The open panel, checked by axe-core.
  const axe = await axeOf(page).include('header').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  expect(await upload(page, 'mine.csv', GOOD)).toBe('ok');
  await expect(html(page)).toHaveAttribute('data-rows', '4');
  await expect(
    page.getByText(`Vous explorez votre tableau «\u202fmine.csv\u202f»${NBSP}: 4${NBSP}écoles.`),
  ).toBeVisible();
  await expect(names(rows(page))).toHaveText(['Alpha', 'Beta', 'Gamma', 'Delta']);
  await expect(rows(page).nth(2)).toContainText('ex æquo');
  // The panel folded once the table was shown; the banner that names it has the focus.
  await expect(panel(page)).toBeHidden();
  await expect(page.getByRole('region', { name: /^Vous explorez/ })).toBeFocused();
  await check(page);
  await expect(panel(page).getByLabel('Séparateur', { exact: true })).toHaveValue(';');
  await expect(panel(page).getByRole('table')).toContainText('Alpha');
  const checked = await axeOf(page).include('header').analyze();
  expect(checked.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // A choice changed reads the table again: the lowest value first.
  await forget(page);
  await panel(page).getByLabel('Classement').selectOption('lower');
  await expect(html(page)).toHaveAttribute('data-load', 'ok');
  await expect(names(rows(page)).first()).toHaveText('Delta');

  // Kept across a reload, with its choices: once the browser holds them (the page saves after it
  // shows the table; a reload before the save would find the first choices).
  await page.waitForFunction(
    ({ db, store }) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(db);
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const all = open.result.transaction(store).objectStore(store).getAll();
          all.onerror = () => resolve(false);
          all.onsuccess = () => {
            open.result.close();
            resolve(JSON.stringify(all.result).includes('"direction":"lower"'));
          };
        };
      }),
    { db: DB_NAME, store: STORE },
  );
  await page.reload();
  await expect(html(page)).toHaveAttribute('data-load', 'ok');
  await expect(html(page)).toHaveAttribute('data-rows', '4');
  await expect(names(rows(page))).toHaveText(['Delta', 'Beta', 'Gamma', 'Alpha']);

  await page.getByRole('button', { name: 'Revenir au classement publié' }).click();
  await expect(html(page)).toHaveAttribute('data-rows', '144');
  await expect(rows(page)).toHaveCount(144);
  // Forgotten: a reload shows the published ranking.
  await page.reload();
  await settle(page);
  await expect(html(page)).toHaveAttribute('data-rows', '144');
  await expect(html(page)).not.toHaveAttribute('data-load', 'ok');
  await clean(page, watch);
});

test('a name of 300 letters with no space breaks: the table keeps its months, the profile its close button', async ({
  page,
}) => {
  const watch = await start(page);
  await openPanel(page);
  // Cut to 200 characters on reading (its line is reported), then one word of 200 letters.
  const long = 'A'.repeat(300);
  const words = Array.from({ length: 40 }, () => 'mot').join(' ');
  expect(
    await upload(page, 'long.csv', `Rang,École,Mois\n1,${long},5\n2,${words},4\n3,Gamma,3\n`),
  ).toBe('ok');
  await expect(html(page)).toHaveAttribute('data-rows', '3');
  await settle(page);
  /** Each text shown in `root` that reaches past `box` (a part clips what goes past it). */
  const past = (root: string, box: string) =>
    page.evaluate(
      ({ root, box }) => {
        const out: string[] = [];
        for (const el of document.querySelectorAll(root)) {
          const edge = (el.closest(box) ?? el).getBoundingClientRect();
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            // Text read out only (a column header's word, 1 px wide and clipped) is not in sight.
            if ((n.parentElement?.getBoundingClientRect().width ?? 0) <= 1) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            for (const r of range.getClientRects())
              if (r.right > edge.right + 1) out.push(`${n.textContent?.slice(0, 12)} ${r.right}`);
          }
        }
        return out;
      },
      { root, box },
    );
  // The ranking table: every cell in sight, the months of the long name's row included.
  const first = rows(page).first();
  await first.scrollIntoViewIfNeeded();
  expect(await past('.scroll table', '.scroll')).toEqual([]);
  const months = first.locator('td.numeric', { hasText: 'mois' });
  await expect(months).toHaveText(`5${NBSP}mois`);
  await expect(months).toBeInViewport();
  // The key points' sentence naming it, and the comparison of the first two.
  expect(await past('.insights li', '.insights')).toEqual([]);
  await first.getByRole('checkbox').check();
  await rows(page).nth(1).getByRole('checkbox').check();
  const compare = page
    .locator('table')
    .filter({ has: page.locator('button.name') })
    .first();
  await expect(compare).toBeVisible();
  expect(await past('tbody', 'section')).toEqual([]);
  // The profile: its heading breaks, its close button is on screen.
  await names(rows(page)).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(`${'A'.repeat(199)}…`);
  await expect(dialog.getByRole('button', { name: 'Fermer la fiche' })).toBeInViewport({
    ratio: 1,
  });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await clean(page, watch);
});

test('a table pasted on the page, and files dropped on it (the first read, the page says so)', async ({
  page,
}) => {
  const watch = await start(page);
  await page.getByRole('button', { name: 'Charger un tableau' }).waitFor();
  await paste(page, 'École\tMois\nAlpha\t3\nBeta\t5\n');
  await expect(html(page)).toHaveAttribute('data-load', 'ok');
  await expect(html(page)).toHaveAttribute('data-rows', '2');
  await expect(names(rows(page))).toHaveText(['Beta', 'Alpha']);

  const bytes = (s: string) => [...Buffer.from(s, 'utf8')];
  await drop(page, [
    { name: 'a.csv', bytes: bytes(GOOD) },
    { name: 'b.csv', bytes: bytes('École;Mois\nX;1\n') },
  ]);
  await expect(html(page)).toHaveAttribute('data-load', 'ok');
  await expect(html(page)).toHaveAttribute('data-rows', '4');
  await expect(panel(page)).toContainText(
    `2${NBSP}fichiers déposés${NBSP}: seul le premier, a.csv, est lu.`,
  );
  // A PNG dropped by mistake: said so, the table kept.
  await drop(page, [
    { name: 'photo.png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13] },
  ]);
  await expect(html(page)).toHaveAttribute('data-load', 'error');
  await expect(alert(page)).toContainText('une image PNG');
  await expect(html(page)).toHaveAttribute('data-rows', '4');
  // Names carrying markup or formulas, pasted: text everywhere.
  await paste(
    page,
    'École\tMois\n<img src=x onerror="globalThis.pwned=1">\t3\n<script>globalThis.pwned=2</script>\t4\n=HYPERLINK("http://evil.test","x")\t5\n',
  );
  await expect(html(page)).toHaveAttribute('data-load', 'ok');
  await expect(names(rows(page))).toHaveText([
    '=HYPERLINK("http://evil.test","x")',
    '<script>globalThis.pwned=2</script>',
    '<img src=x onerror="globalThis.pwned=1">',
  ]);
  expect(await page.locator('img[src="x"], main script').count()).toBe(0);
  await clean(page, watch);
});

test('on a phone, a table read folds the panel and its problems: the search comes on the second screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const watch = await start(page);
  await openPanel(page);
  // 60 schools, and 50 lines that are not: 3 problems in sight, 47 in a fold.
  const good = Array.from(
    { length: 60 },
    (_, i) => `${i + 1};École ${i + 1};${(12 - i / 6).toFixed(1)}`,
  );
  const bad = Array.from({ length: 50 }, (_, i) => `;Sans valeur ${i + 1};n.c.`);
  expect(await upload(page, 'mine.csv', ['Rang;École;Mois', ...good, ...bad].join('\n'))).toBe(
    'ok',
  );
  await expect(html(page)).toHaveAttribute('data-rows', '60');
  await expect(panel(page)).toBeHidden();
  await expect(page.getByRole('region', { name: /^Vous explorez/ })).toBeFocused();
  const problems = page.getByRole('region', { name: /^50\sproblèmes dans le tableau$/ });
  await expect(problems.locator(':scope > ul > li')).toHaveCount(3);
  await expect(problems.locator('details')).not.toHaveAttribute('open');
  await expect(problems.locator('summary')).toHaveText(`Voir les 47${NBSP}problèmes suivants`);
  const axe = await axeOf(page).include('header').include('.problems').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // The search box and the first match: before, the open panel and the 50 problems put the
  // search box 8,021 px down.
  const search = page.getByRole('searchbox');
  const top = await search.evaluate((el) => el.getBoundingClientRect().top + scrollY);
  expect(top).toBeLessThan(1000);
  await search.fill('École 12');
  await expect(
    page.getByRole('list', { name: 'Résultats' }).locator('li > button:not([aria-pressed])'),
  ).toHaveText([/École 12/]);
  await clean(page, watch);
});

test('the first lines read are shown with no word broken, a long header beside them', async ({
  page,
}) => {
  // At a phone's width, where the columns share little room (this file runs at the desktop's).
  await page.setViewportSize({ width: 375, height: 812 });
  const watch = await start(page);
  await openPanel(page);
  const lines = Array.from({ length: 8 }, (_, i) => `;École ${i};${12 - i}`);
  const text = ['Rang;École;Durée moyenne passée à l’étranger (mois)', ...lines].join('\n');
  expect(await upload(page, 'preview.csv', text)).toBe('ok');
  await check(page);
  const preview = panel(page).getByRole('table', { name: 'Les 8 premières lignes lues' });
  await expect(preview.locator('th')).toHaveText([
    'Rang',
    'École',
    'Durée moyenne passée à l’étranger (mois)',
  ]);
  // Each word of each cell on one line.
  const cut = await cutWords(preview.locator('th, td'));
  expect(cut).toEqual([]);
  await clean(page, watch);
});

test('several numeric columns, none named: the page asks, the best guess selected', async ({
  page,
}) => {
  const watch = await start(page);
  await openPanel(page);
  expect(await upload(page, 'two.tsv', 'École\tA\tB\nAlpha\t3\t9\nBeta\t5\t1\nGamma\t4\t2\n')).toBe(
    'ask',
  );
  await expect(html(page)).toHaveAttribute('data-rows', '144');
  const ask = panel(page).getByRole('form');
  const value = ask.getByLabel('Colonne de la valeur');
  await expect(value).toHaveValue(/^[12]$/);
  await value.selectOption({ label: 'B' });
  await forget(page);
  await ask.getByRole('button', { name: 'Explorer avec cette colonne' }).click();
  await expect(html(page)).toHaveAttribute('data-load', 'ok');
  await expect(names(rows(page))).toHaveText(['Alpha', 'Gamma', 'Beta']);
  await clean(page, watch);
});

/** Latin-1 bytes of a text (Windows-1252 for these characters). */
const latin1 = (s: string) => Buffer.from(s, 'latin1');
/** UTF-16 with its BOM, little- or big-endian. */
function utf16(s: string, big: boolean): Buffer {
  const le = Buffer.from(`\ufeff${s}`, 'utf16le');
  if (!big) return le;
  for (let i = 0; i + 1 < le.length; i += 2) {
    const a = le[i] as number;
    le[i] = le[i + 1] as number;
    le[i + 1] = a;
  }
  return le;
}
/** The first bytes of an .xlsx: a ZIP whose first entry is [Content_Types].xml. */
const XLSX = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0]),
  Buffer.alloc(16),
  Buffer.from([19, 0, 0, 0]),
  Buffer.from('[Content_Types].xml'),
  Buffer.alloc(64),
]);
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
]);

test('the hostile files of the issue: each a clear message, or lines skipped with their reasons', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const watch = await start(page);
  await openPanel(page);

  // Refused with a message; the table shown stays.
  const refused: [string, string | Buffer, string][] = [
    ['empty.csv', '', 'Le fichier est vide'],
    ['blank.csv', ' \n\t \n  \n', 'Le fichier est vide'],
    ['header.csv', 'École;Mois\n', 'Aucune école n’a pu être lue.'],
    ['photo.png', PNG, 'une image PNG'],
    ['classeur.xlsx', XLSX, 'un classeur Excel (.xlsx)'],
    ['page.html', '<!doctype html>\n<table><tr><td>A</td><td>8</td></tr></table>', 'une page web'],
    ['data.json', '[{"école": "A", "mois": 8}]', 'un fichier de données JSON'],
  ];
  for (const [name, data, words] of refused) {
    expect(await upload(page, name, data), name).toBe('error');
    await expect(alert(page), name).toContainText(words);
    await expect(alert(page), name).toContainText('Le tableau affiché reste en place.');
    await expect(html(page)).toHaveAttribute('data-rows', '144');
  }

  // Values that are not numbers, negative, absurd; duplicates; ranks that disagree.
  const values = [
    'Rang;École;Mois',
    '1;Alpha;8',
    '2;Beta;n.c.',
    '2;Gamma;-',
    '2;Delta;NaN',
    '2;Epsilon;Infinity',
    '2;Zeta;0x10',
    '2;Eta;12abc',
    '2;Theta;-3',
    '2;Iota;900',
    '3;alpha ;6',
    '9;Kappa;5',
    '5;Lambda;３',
  ].join('\n');
  expect(await upload(page, 'values.csv', values)).toBe('ok');
  await check(page);
  const skipped = await report(page, 'skipped').allInnerTexts();
  for (const v of ['n.c.', '-', 'NaN', 'Infinity', '0x10', '12abc']) {
    expect(
      skipped.some((s) => s.includes(`« ${v} »`.replaceAll(' ', '\u202f')) || s.includes(v)),
      v,
    ).toBe(true);
  }
  expect(skipped.some((s) => s.includes('négatif'))).toBe(true);
  await expect(report(page, 'suspicious')).not.toHaveCount(0);
  await expect(report(page, 'duplicates')).toContainText(['Cette école figure déjà ligne 2']);
  await expect(report(page, 'ranks').first()).toContainText('Rang imprimé');

  // Text that must stay text: control, zero-width and right-to-left characters, a __proto__
  // header, 10,000-character names, 1,000 columns, unbalanced and stray quotes.
  const long = 'N'.repeat(10_000);
  const texts: [string, string | Buffer][] = [
    ['controls.csv', 'École;Mois\nA\u0007b\u200bc;3\n\u202eevil\u202c;4\nשלום;5\n'],
    ['proto.csv', '__proto__;constructor\nAlpha;3\nBeta;4\n'],
    ['long.csv', `École;Mois\n${long};3\nB;4\n`],
    [
      'wide.csv',
      `${Array.from({ length: 1000 }, (_, i) => `c${i}`).join(';')}\n${Array.from({ length: 1000 }, (_, i) => (i === 0 ? 'Alpha' : String(i))).join(';')}\n`,
    ],
    ['quotes.csv', 'École;Mois\n"Alpha;3\nBeta;4\nGamma;5\n'],
    ['stray.tsv', 'École\tMois\nAl"pha\t3\n"Be"ta\t4\n'],
    ['mixed.csv', 'École;Mois\nAlpha,3\nBeta\t4\nGamma;5\n'],
  ];
  for (const [name, data] of texts) {
    const signal = await upload(page, name, data);
    expect(['ok', 'error', 'ask'], name).toContain(signal);
    if (signal === 'error') await expect(alert(page), name).not.toBeEmpty();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  // Encodings: Windows-1252 as French Excel saves it, UTF-16 with a BOM either way.
  const accents = 'École;Mois\nMines d’Alès;3\nTélécom Saint-Étienne;4\n';
  expect(await upload(page, 'excel.csv', latin1(accents.replace('’', "'")))).toBe('ok');
  await expect(names(rows(page))).toHaveText(['Télécom Saint-Étienne', "Mines d'Alès"]);
  await check(page);
  await expect(panel(page).getByLabel('Encodage')).toHaveValue('windows-1252');
  for (const big of [false, true]) {
    expect(await upload(page, `utf16-${big ? 'be' : 'le'}.csv`, utf16(accents, big))).toBe('ok');
    await expect(names(rows(page))).toHaveText(['Télécom Saint-Étienne', 'Mines d’Alès']);
  }
  // UTF-16 LE without its BOM, as some tools save it: told from its NUL bytes.
  expect(await upload(page, 'utf16-nobom.csv', utf16(accents, false).subarray(2))).toBe('ok');
  await expect(names(rows(page))).toHaveText(['Télécom Saint-Étienne', 'Mines d’Alès']);
  await check(page);
  await expect(panel(page).getByLabel('Encodage')).toHaveValue('utf-16le');

  // Over the size limit: refused before it is read, its size and the limit said. Written to disk
  // and picked by its path: 30 MB sent through the protocol took the test several seconds.
  const huge = test.info().outputPath('huge.csv');
  await writeFile(huge, Buffer.alloc(30 * 1024 * 1024, 'a;1\n'));
  expect(await upload(page, 'huge.csv', { path: huge })).toBe('error');
  await expect(alert(page)).toContainText('au-delà de la limite de');
  await expect(alert(page)).toContainText(`30${NBSP}Mo`);
  await clean(page, watch);
});

test('?data= reads a table next to the app; a missing one says why and keeps the published one', async ({
  page,
}) => {
  await page.route('**/tables/mine.csv', (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv', body: GOOD }),
  );
  const watch = await start(page, './?data=tables/mine.csv');
  await expect(html(page)).toHaveAttribute('data-load', 'ok');
  await expect(html(page)).toHaveAttribute('data-rows', '4');
  await expect(page.getByText(/Vous explorez votre tableau/)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Chercher une école' }).fill('alpha');
  await expect(page).toHaveURL(/data=tables%2Fmine\.csv|data=tables\/mine\.csv/);
  await clean(page, watch);

  const errors = await open(page, './?data=tables/none.csv');
  await expect(html(page)).toHaveAttribute('data-load', 'error');
  await expect(html(page)).toHaveAttribute('data-rows', '144');
  await expect(alert(page)).toContainText('tables/none.csv');
  // The 404 itself is the browser's console line; nothing else.
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

for (const [where, path] of [
  ['under the strict Content-Security-Policy', '/csp/'],
  ['in the single file', '/single/'],
] as const) {
  test(`${where}, the controls are styled and read a table in a worker`, async ({ page }) => {
    const watch = await start(page, path);
    await openPanel(page);
    // The controls' own sheet is adopted (load.css): the panel has its border.
    await expect(panel(page)).toHaveCSS('border-top-style', 'solid');
    await paste(page, 'École\tMois\nAlpha\t3\nBeta\t5\n');
    await expect(html(page)).toHaveAttribute('data-load', 'ok');
    await expect(html(page)).toHaveAttribute('data-rows', '2');
    await clean(page, watch);
  });
}
