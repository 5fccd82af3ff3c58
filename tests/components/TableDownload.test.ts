// @vitest-environment jsdom
// The table's downloads: the schools shown and the whole table, each with its five files, and the
// metadata a press makes (the file named, its SHA-256 the table's, the quartiles of its schools).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createHash } from 'node:crypto';
import TableDownloadHarness from './TableDownloadHarness.svelte';
import { explorerOf } from '../explorer';
import { seedText } from '../seed-text';
import { nb } from '../i18n/spaces';

/** The blobs handed to the browser, in order (URL.createObjectURL is not jsdom's). */
let saved: Blob[] = [];
const original = {
  create: URL.createObjectURL,
  revoke: URL.revokeObjectURL,
  click: HTMLAnchorElement.prototype.click,
};
beforeEach(() => {
  saved = [];
  URL.createObjectURL = (blob: Blob) => {
    saved.push(blob);
    return 'blob:test';
  };
  URL.revokeObjectURL = () => {};
  // A click on the transient <a download> would navigate: jsdom does not.
  HTMLAnchorElement.prototype.click = () => {};
});
afterEach(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
  HTMLAnchorElement.prototype.click = original.click;
});

const SHA = createHash('sha256').update(seedText).digest('hex');
const BUTTONS = [
  'CSV (virgules)',
  'CSV pour Excel en français (;)',
  'Données JSON',
  'Métadonnées (CSVW, JSON)',
  'Lisez-moi (texte)',
];

describe('TableDownload', () => {
  it('offers the schools shown and the whole table, each as five files', () => {
    render(TableDownloadHarness, { m: explorerOf({ search: '?q=centrale' }) });
    const shown = screen.getByRole('group', {
      name: nb('Télécharger les écoles affichées, dans l’ordre du tableau~:'),
    });
    const whole = screen.getByRole('group', {
      name: nb('Télécharger le tableau complet (144~écoles), dans l’ordre du classement~:'),
    });
    for (const group of [shown, whole]) {
      expect(
        within(group)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual(BUTTONS);
    }
  });

  it('makes the whole table’s metadata on a press: named, the table’s SHA-256, its quartiles', async () => {
    const user = userEvent.setup();
    render(TableDownloadHarness, { m: explorerOf({ search: '?q=centrale' }) });
    const whole = screen.getByRole('group', { name: /tableau complet/ });
    await user.click(within(whole).getByRole('button', { name: 'Métadonnées (CSVW, JSON)' }));
    await expect
      .poll(() => within(whole).getByRole('status').textContent)
      .toBe(nb('Téléchargé~: ecoles-international-tableau-complet.csv-metadata.json'));
    expect(saved).toHaveLength(1);
    expect(saved[0]?.type).toBe('application/csvm+json');
    const meta = JSON.parse(await (saved[0] as Blob).text()) as {
      url: string;
      'dc:description': string;
      'dc:source': Record<string, string>;
      'schema:url': string;
      notes: { body: string }[];
    };
    expect(meta.url).toBe('ecoles-international-tableau-complet.csv');
    expect(meta['dc:description']).toBe(nb('Toutes les écoles · 144~sur 144~écoles'));
    expect(meta['dc:source']['schema:sha256']).toBe(SHA);
    expect(meta['schema:url']).toContain(`v=${SHA.slice(0, 12)}`);
    // The whole ranking's quartiles (R-7 over its 144 values), as the methodology page gives them.
    expect(meta.notes[1]?.body).toContain(
      nb('144~valeurs de ce fichier~: premier quartile 4, médiane 5, troisième quartile 6.'),
    );
  });

  it('makes the read-me of the schools shown, in the page’s language', async () => {
    const user = userEvent.setup();
    render(TableDownloadHarness, { m: explorerOf({ search: '?q=centrale&lang=en' }) });
    const shown = screen.getByRole('group', {
      name: 'Download the schools shown, in the table’s order:',
    });
    await user.click(within(shown).getByRole('button', { name: 'Read me (text)' }));
    await expect
      .poll(() => within(shown).getByRole('status').textContent)
      .toBe('Downloaded: schools-abroad-table.README.txt');
    const text = await (saved[0] as Blob).text();
    expect(text.split('\r\n').slice(2, 4)).toEqual([
      'File: schools-abroad-table.csv',
      'Contents: Filter: search “centrale” · 6 of 144 schools',
    ]);
    expect(text).toContain(`SHA-256 of the source table: ${SHA}`);
  });
});
