// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ProfileHarness from './ProfileHarness.svelte';
import { renderApp } from '../app';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { readProfiles } from '../../src/lib/context/profiles';
import { currentNameOf, parseCurrentNames } from '../../src/lib/data/names';
import profilesJson from '../../data/profils.json';
import { seedText } from '../seed-text';
import { nb } from '../i18n/spaces';

const schools = buildDataset(seedText).ranking.schools;
const data = readProfiles(profilesJson);
const namesCsv = readFileSync('data/noms-actuels.csv', 'utf8');
const names = parseCurrentNames(namesCsv);
const school = (name: string) => {
  const s = schools.find((x) => x.name === name);
  if (!s) throw new Error(name);
  return s;
};
/** The card's figures as "label: value" lines. */
const figures = () =>
  Array.from(
    document.querySelectorAll('.figures dt'),
    (dt) =>
      `${dt.textContent?.trim()}: ${dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim()}`,
  );

describe('Profile', () => {
  it('Mines Saint-Etienne: figures, neighbours, CTI standing, sourced facts and the gap in words', () => {
    render(ProfileHarness, {
      school: school('Mines Saint-Etienne'),
      schools,
      view: new ViewState(),
      data,
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Mines Saint-Etienne');
    expect(figures()).toEqual([
      'Temps moyen à l’étranger: 8 mois',
      'Rang: 23e ex æquo · 4 écoles à égalité, places 23 à 26',
      // 8 months, places 23–26 of 144: 22 schools above, 144 − 26 = 118 below, 3 others tied.
      'Face aux autres écoles: 22 écoles ont plus de mois, 118 en ont moins, 3 autres en ont autant.',
      'Famille: Mines',
      'Juste devant: ENSAM · 8,5 mois, 0,5 mois de plus',
      'Juste derrière: Groupe ICAM Lille Nantes Toulouse · 7,5 mois, 0,5 mois de moins, à égalité avec 1 autre école',
    ]);
    expect(document.querySelector('.standing')).toHaveTextContent(
      '8 mois en moyenne : au moins les 12 semaines préconisées par la CTI (≈ 2,8 mois).',
    );
    expect(document.querySelector('.gap')).toHaveTextContent(
      'L’école annonce 10 mois en moyenne ; le classement lui donne 8 mois : 2 mois d’écart.',
    );
    const duree = document.querySelector('[data-fact="duree"]') as HTMLElement;
    expect(
      within(duree).getByText('10 mois en moyenne, en entreprise ou en université'),
    ).toBeInTheDocument();
    expect(duree.querySelector('blockquote')).toHaveTextContent(
      '« Tous les élèves ingénieurs réalisent une mobilité internationale de 10 mois en moyenne, dans une entreprise ou une université, voire les deux types de mobilité. »',
    );
    expect(duree.querySelector('blockquote')).toHaveAttribute('lang', 'fr');
    expect(document.querySelector('[data-fact="accords"] .value')).toHaveTextContent(
      'environ 150, sur les cinq continents',
    );
    expect(document.querySelector('[data-fact="etrangers"] .value')).toHaveTextContent(
      '30 % des promotions',
    );
    expect(
      screen.getByText(/^Source : Mines Saint-Étienne, présentation de sa stratégie/),
    ).toHaveTextContent('(document 002_254d1db0dfb1bd6a.txt).');
  });

  it('ENST Paris: both names, and its 11-week minimum set against the ranking’s 9 months', () => {
    const enst = school('ENST Paris');
    render(ProfileHarness, {
      school: enst,
      schools,
      view: new ViewState(),
      data,
      renamed: currentNameOf(names.byName, enst.name),
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('ENST Paris');
    expect(document.querySelector('.renamed')).toHaveTextContent(
      'Aujourd’hui : Télécom Paris — École nationale supérieure des télécommunications (ENST), puis Télécom ParisTech, Télécom Paris depuis 2019.',
    );
    expect(document.querySelector('.gap')).toHaveTextContent(
      'L’école exige au moins 11 semaines à l’étranger (≈ 2,5 mois) ; le classement lui donne 9 mois en moyenne, 6,5 mois de plus que ce minimum. 1 mois = 52/12 semaines.',
    );
    expect(Array.from(document.querySelectorAll('.facts dt'), (dt) => dt.textContent)).toEqual([
      'Mobilité internationale',
      'Durée minimale',
      'Partenaires',
      'Pays',
      'Doubles diplômes',
      'Erasmus',
      'Réseau ATHENS',
      'Stage à l’étranger',
    ]);
  });

  it('a school with no sourced facts has no such section; the last school has none below', () => {
    render(ProfileHarness, { school: school('ESTIA'), schools, view: new ViewState(), data });
    expect(screen.queryByText('Ce que l’école dit d’elle-même')).toBeNull();
    expect(figures().slice(-2)).toEqual([
      'Juste devant: ENSAI · 1,5 mois, 0,5 mois de plus',
      'Juste derrière: aucune : en queue du classement',
    ]);
    expect(document.querySelector('.standing')).toHaveTextContent(
      '1 mois en moyenne : moins que les 9 semaines (≈ 2,1 mois) du minimum des apprentis.',
    );
  });

  it('speaks English, the quotes staying in French', () => {
    render(ProfileHarness, {
      school: school('Mines Saint-Etienne'),
      schools,
      view: new ViewState({ lang: 'en' }),
      data,
    });
    expect(document.querySelector('.gap')).toHaveTextContent(
      'The school states 10 months on average; the ranking gives it 8 months: a gap of 2 months.',
    );
    expect(document.querySelector('[data-fact="etrangers"] .value')).toHaveTextContent(
      '30% of each year’s students',
    );
    expect(document.querySelector('[data-fact="etrangers"] blockquote')).toHaveTextContent(
      /30 % d’étudiants étrangers/,
    );
  });

  it('sets the French of the data files with no-break spaces, and English as written', () => {
    const paris = school('Centrale Paris');
    const renamed = currentNameOf(names.byName, paris.name);
    const { unmount } = render(ProfileHarness, {
      school: paris,
      schools,
      view: new ViewState(),
      data,
      renamed,
    });
    expect(document.querySelector('.renamed')?.textContent).toBe(
      nb(
        'Aujourd’hui~: CentraleSupélec — École centrale Paris^; fusion avec Supélec en 2015~: CentraleSupélec.',
      ),
    );
    unmount();
    const english = render(ProfileHarness, {
      school: paris,
      schools,
      view: new ViewState({ lang: 'en' }),
      data,
      renamed,
    });
    expect(document.querySelector('.renamed')?.textContent).toBe(
      'Today: CentraleSupélec — École centrale Paris; merged with Supélec in 2015 to form CentraleSupélec.',
    );
    english.unmount();
    // A quote is French text (lang="fr"), on the English page too.
    const mines = school('Mines Saint-Etienne');
    render(ProfileHarness, { school: mines, schools, view: new ViewState({ lang: 'en' }), data });
    expect(document.querySelector('[data-fact="accords"] blockquote')?.textContent).toBe(
      nb(
        '«^Environ 150~accords formalisés avec les meilleures universités sur les cinq continents permettent actuellement les échanges et collaborations.^»',
      ),
    );
  });

  it('a neighbour’s name opens that school’s profile', async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    render(ProfileHarness, {
      school: school('Mines Saint-Etienne'),
      schools,
      view: new ViewState(),
      data,
      onopen: (id: string) => opened.push(id),
    });
    await user.click(screen.getByRole('button', { name: 'ENSAM' }));
    expect(opened).toEqual(['ensam']);
  });
});

// The whole page in jsdom: slower than the card alone, so a longer time limit on a busy machine.
describe('Profile in the page', { timeout: 30_000 }, () => {
  afterEach(() => window.history.replaceState(null, '', '/'));
  const app = () => renderApp();

  const $ = <T extends Element = HTMLElement>(sel: string): T | null =>
    document.querySelector<T>(sel);
  const dialog = () => $<HTMLDialogElement>('dialog');

  it('opens from the table, moves focus into it, is in the URL, and Escape closes it, focus back', async () => {
    const user = userEvent.setup();
    await app();
    const opener = $('tbody [data-profile="mines-saint-etienne"]') as HTMLElement;
    expect(opener).toHaveTextContent('Mines Saint-Etienne');
    expect(opener).toHaveAttribute('aria-haspopup', 'dialog');
    await user.click(opener);
    // The dialog's code loads on first use: it shows once loaded.
    await vi.waitFor(() => expect(dialog()).toHaveAccessibleName('Mines Saint-Etienne'));
    // It opens, and takes the focus, in the task after the one that built it.
    await vi.waitFor(() => expect(dialog()?.open).toBe(true));
    expect(document.activeElement).toBe(dialog()?.querySelector('h2'));
    await vi.waitFor(() => expect(window.location.search).toBe('?school=mines-saint-etienne'));
    expect(dialog()?.querySelector('.gap')).toHaveTextContent(/2 mois d’écart/);
    await user.keyboard('{Escape}');
    expect(dialog()).toBeNull();
    await vi.waitFor(() => expect(window.location.search).toBe(''));
    expect(document.activeElement).toBe(opener);
  });

  it('a link opens it; the close button closes it and focus goes to the school in the table', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?school=enst-paris');
    await app();
    await vi.waitFor(() => expect(dialog()).toHaveAccessibleName('ENST Paris'));
    expect(dialog()?.querySelector('.renamed')).toHaveTextContent(/^Aujourd’hui : Télécom Paris/);
    await user.click(dialog()?.querySelector('button.close') as HTMLElement);
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe($('tbody [data-profile="enst-paris"]'));
  });

  it('opens from the compare panel, and a neighbour switches the profile in place', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?pick=enst-paris');
    await app();
    const panel = $('.compare') as HTMLElement;
    await user.click(within(panel).getByRole('button', { name: 'ENST Paris' }));
    await vi.waitFor(() => expect(dialog()).toHaveAccessibleName('ENST Paris'));
    await user.click(within(dialog() as HTMLElement).getByRole('button', { name: 'ENSIIE' }));
    expect(dialog()).toHaveAccessibleName('ENSIIE');
    expect(document.activeElement).toBe(dialog()?.querySelector('h2'));
    await vi.waitFor(() => expect(window.location.search).toBe('?pick=enst-paris&school=ensiie'));
  });

  it('the search finds a school by its current name', async () => {
    const user = userEvent.setup();
    await app();
    await user.type(screen.getByRole('searchbox', { name: 'Chercher une école' }), 'telecom paris');
    const table = screen.getByRole('table', { name: 'Classement complet, triable par colonne' });
    expect(
      Array.from(table.querySelectorAll('tbody tr:not([hidden]) th button'), (th) =>
        th.textContent?.trim(),
      ),
    ).toEqual(['ENST Paris', 'INT Evry']);
  });
});
