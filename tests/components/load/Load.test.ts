// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import LoadHarness from './LoadHarness.svelte';
import { TableSession } from '../../../src/lib/load/session.svelte';
import { readInput } from '../../../src/lib/model/read';
import { bundled, explorerOf } from '../../explorer';
import { nb } from '../../i18n/spaces';
import { fakeStore, fakeWorker, GOOD, resultOf, type Call } from './fake';

const published = readInput(bundled).table;
const settle = () => new Promise<void>((r) => setTimeout(r, 0));

function setup() {
  const explorer = explorerOf();
  const worker = fakeWorker();
  const session = new TableSession(explorer, published, worker.start, () => undefined, fakeStore());
  render(LoadHarness, { explorer, session });
  return { explorer, session, calls: worker.calls, user: userEvent.setup() };
}
const call = (calls: Call[], i: number): Call => {
  const c = calls[i];
  if (!c) throw new Error(`no load ${i}`);
  return c;
};
/** An element's text, runs of plain spaces and line breaks made one (no-break spaces kept). */
const text = (el: Element): string => (el.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();

/** A paste of `data` on `target`, as a browser dispatches it (jsdom has no clipboard data). */
function paste(target: EventTarget, data: string): Event {
  const e = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'clipboardData', { value: { getData: () => data } });
  target.dispatchEvent(e);
  return e;
}
/** A drag event carrying files (jsdom has no DataTransfer). */
function drag(type: string, files: File[]): Event {
  const e = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'dataTransfer', {
    value: { files, types: ['Files'], dropEffect: 'none' },
  });
  document.body.dispatchEvent(e);
  return e;
}

describe('Load', () => {
  it('opens its panel from the « Charger un tableau » button', async () => {
    const { user } = setup();
    const button = screen.getByRole('button', { name: 'Charger un tableau' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { name: 'Explorer votre propre tableau' })).toBeVisible();
    expect(screen.getByLabelText('Choisir un fichier')).toHaveAttribute(
      'accept',
      '.csv,.tsv,.txt,text/*',
    );
  });

  it('reads a file picked: progress and Cancel meanwhile, then the banner, focused, with the panel folded; « Vérifier la lecture » opens the check panel and the report', async () => {
    const { user, calls } = setup();
    await user.click(screen.getByRole('button', { name: 'Charger un tableau' }));
    const file = new File([GOOD], 'mine.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('Choisir un fichier'), file);
    expect(call(calls, 0).source).toEqual({ kind: 'file', file, name: 'mine.csv' });
    call(calls, 0).opts?.onProgress?.({ phase: 'read', done: 512, total: 2048 });
    await settle();
    const bar = screen.getByRole('progressbar', { name: 'Lecture du tableau' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(bar).toHaveAttribute('aria-valuetext', nb('Lecture~: 512~o sur 2~Ko'));
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeVisible();

    call(calls, 0).resolve(resultOf(GOOD));
    await settle();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText('4 / own')).toBeInTheDocument();
    const banner = screen.getByRole('region', { name: /^Vous explorez/ });
    expect(text(banner)).toBe(
      nb(
        'Vous explorez votre tableau «^mine.csv^»~: 4~écoles. Rien n’est envoyé~: il reste dans ce navigateur. Revenir au classement publié Vérifier la lecture',
      ),
    );
    // The panel folds once the table is shown, and the focus, lost with it, is on the banner.
    expect(banner).toHaveFocus();
    expect(screen.queryByLabelText('Séparateur')).toBeNull();
    const check = screen.getByRole('button', { name: 'Vérifier la lecture' });
    expect(check).toHaveAttribute('aria-expanded', 'false');
    await user.click(check);
    expect(check).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByLabelText('Séparateur')).toHaveValue(';');
    expect(screen.getByLabelText('Colonne des noms')).toHaveValue('1');
    expect(screen.getByLabelText('Colonne de la valeur')).toHaveValue('2');
    expect(screen.getByLabelText('Colonne du rang imprimé')).toHaveValue('0');
    expect(
      within(screen.getByLabelText('Séparateur')).getByRole('option', { selected: true }),
    ).toHaveTextContent('Point-virgule (;) (détecté)');
    const report = screen.getByRole('region', { name: 'Compte rendu de lecture' });
    expect(text(report)).toBe(
      nb(
        'Compte rendu de lecture 4~écoles lues dans mine.csv. Aucun problème~: chaque ligne a été lue.',
      ),
    );

    // A choice changed there reads the table again, and the panel stays open.
    await user.selectOptions(screen.getByLabelText('Classement'), 'lower');
    expect(calls).toHaveLength(2);
    call(calls, 1).resolve(resultOf(GOOD));
    await settle();
    expect(screen.getByLabelText('Séparateur')).toBeVisible();
    expect(check).toHaveAttribute('aria-expanded', 'true');

    // A new file folds it again once shown.
    await user.upload(screen.getByLabelText('Choisir un fichier'), new File([GOOD], 'b.csv'));
    call(calls, 2).resolve(resultOf(GOOD, 'b.csv'));
    await settle();
    expect(screen.queryByLabelText('Séparateur')).toBeNull();
    expect(screen.getByRole('region', { name: /^Vous explorez/ })).toHaveFocus();
  });

  it('a table that gives no table keeps the panel open with its reason', async () => {
    const { user, calls } = setup();
    await user.click(screen.getByRole('button', { name: 'Charger un tableau' }));
    await user.upload(screen.getByLabelText('Choisir un fichier'), new File(['x'], 'a.csv'));
    call(calls, 0).reject({ kind: 'empty' });
    await settle();
    expect(screen.getByRole('alert')).not.toBeEmptyDOMElement();
    expect(screen.getByLabelText('Choisir un fichier')).toBeVisible();
  });

  it('Cancel stops the load; the published table stays and the page says so', async () => {
    const { user, calls } = setup();
    await user.click(screen.getByRole('button', { name: 'Charger un tableau' }));
    await user.upload(screen.getByLabelText('Choisir un fichier'), new File([GOOD], 'a.csv'));
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await settle();
    expect(call(calls, 0).cancelled).toBe(true);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Chargement annulé. Le tableau affiché reste en place.',
    );
    expect(screen.getByText('144 / published')).toBeInTheDocument();
  });

  it('a file over the limit: its size and the limit, the table kept', async () => {
    const { user, calls } = setup();
    await user.click(screen.getByRole('button', { name: 'Charger un tableau' }));
    await user.upload(screen.getByLabelText('Choisir un fichier'), new File(['x'], 'big.csv'));
    call(calls, 0).reject({
      kind: 'too-large',
      bytes: 300 * 1024 * 1024,
      limit: 200 * 1024 * 1024,
    });
    await settle();
    expect(text(screen.getByRole('alert'))).toBe(
      nb(
        'Ce fichier pèse 300~Mo, au-delà de la limite de 200~Mo~: il n’a pas été lu. Le tableau affiché reste en place.',
      ),
    );
    expect(screen.getByText('144 / published')).toBeInTheDocument();
  });

  it('a table pasted outside any text box is read; one pasted in a text box is left to it', async () => {
    const { calls } = setup();
    const inBox = paste(screen.getByLabelText('elsewhere'), GOOD);
    expect(inBox.defaultPrevented).toBe(false);
    expect(calls).toHaveLength(0);
    // One line, or no separator: not a table.
    paste(document.body, 'just a sentence, pasted');
    expect(calls).toHaveLength(0);
    const e = paste(document.body, GOOD);
    expect(e.defaultPrevented).toBe(true);
    expect(call(calls, 0).source).toEqual({ kind: 'text', text: GOOD, name: 'Tableau collé' });
    await settle();
    // The panel opens to show how it goes.
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });

  it('the paste box reads what is pasted in it', async () => {
    const { user, calls } = setup();
    await user.click(screen.getByRole('button', { name: 'Charger un tableau' }));
    await user.click(screen.getByLabelText('Ou coller le tableau ici'));
    await user.paste(GOOD);
    await user.click(screen.getByRole('button', { name: 'Lire le texte collé' }));
    expect(call(calls, 0).source).toEqual({ kind: 'text', text: GOOD, name: 'Tableau collé' });
  });

  it('a drag of files shows where to drop; a drop of several reads the first and says so', async () => {
    const { calls } = setup();
    drag('dragenter', []);
    await settle();
    expect(screen.getByText('Déposez le fichier ici pour l’explorer')).toBeInTheDocument();
    const a = new File([GOOD], 'a.csv');
    const b = new File([GOOD], 'b.csv');
    const e = drag('drop', [a, b]);
    await settle();
    expect(e.defaultPrevented).toBe(true);
    expect(screen.queryByText('Déposez le fichier ici pour l’explorer')).toBeNull();
    expect(call(calls, 0).source).toEqual({ kind: 'file', file: a, name: 'a.csv' });
    expect(calls).toHaveLength(1);
    expect(text(screen.getByRole('status'))).toBe(
      nb('2~fichiers déposés~: seul le premier, a.csv, est lu.'),
    );
  });

  it('asks for the value column with the best guess selected, then shows the table', async () => {
    const { user, calls } = setup();
    const tsv = 'École\tA\tB\nAlpha\t3\t9\nBeta\t5\t1\n';
    paste(document.body, tsv);
    call(calls, 0).resolve(
      resultOf(tsv, 'Tableau collé', {
        ambiguous: true,
        numeric: [1, 2],
        columns: { name: 0, months: 1, rank: null },
      }),
    );
    await settle();
    const ask = screen.getByRole('form', { name: nb('Quelle colonne est la valeur à classer^?') });
    const select = within(ask).getByLabelText('Colonne de la valeur');
    expect(select).toHaveValue('1');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['A', 'B']);
    expect(screen.getByText('144 / published')).toBeInTheDocument();
    await user.click(within(ask).getByRole('button', { name: 'Explorer avec cette colonne' }));
    expect(screen.getByText('2 / own')).toBeInTheDocument();
  });

  it('reports lines left out, duplicates and printed ranks that disagree, each with its line and raw text', async () => {
    const { calls } = setup();
    const bad = 'Rang;École;Mois\n1;Alpha;8\n2;Beta;n.c.\n2;Alpha;6\n5;Gamma;5\n';
    paste(document.body, bad);
    call(calls, 0).resolve(resultOf(bad, 'Tableau collé'));
    await settle();
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier la lecture' }));
    const report = screen.getByRole('region', { name: 'Compte rendu de lecture' });
    const items = (list: string) =>
      [...report.querySelectorAll(`[data-list="${list}"] li`)].map(text);
    expect(items('skipped')).toEqual([
      nb('Ligne 3~: «^n.c.^» n’est pas un nombre de mois~: l’école est écartée. 2;Beta;n.c.'),
    ]);
    expect(items('duplicates')).toEqual([
      nb('Ligne 4~: Cette école figure déjà ligne 2~: les deux lignes sont gardées. 2;Alpha;6'),
    ]);
    expect(items('ranks')).toEqual([
      nb('Ligne 5~: Rang imprimé 5, mais les valeurs donnent le rang 3. Gamma'),
    ]);
  });

  it('shows names as text, never as markup', async () => {
    const { calls } = setup();
    const name = '<img src=x onerror="globalThis.ran=1">.csv';
    paste(document.body, GOOD);
    call(calls, 0).resolve(resultOf(GOOD, name));
    await settle();
    expect(document.querySelector('img')).toBeNull();
    expect(text(screen.getByRole('region', { name: /^Vous explorez/ }))).toContain(name);
  });

  it('« Revenir au classement publié » shows the published table again', async () => {
    const { user, calls } = setup();
    paste(document.body, GOOD);
    call(calls, 0).resolve(resultOf(GOOD));
    await settle();
    expect(screen.getByText('4 / own')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Revenir au classement publié' }));
    expect(screen.getByText('144 / published')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Charger un tableau' })).toBeInTheDocument();
  });
});
