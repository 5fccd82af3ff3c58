// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import MethodHarness from './MethodHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';
import { nb } from '../i18n/spaces';

const dataset = buildDataset(seedText);
const figure = (name: string): string =>
  document.querySelector(`[data-figure="${name}"]`)?.textContent?.trim() ?? '';

describe('Method', () => {
  it('opens with focus on its heading and names the source file and its SHA-256', () => {
    render(MethodHarness, { dataset, text: seedText });
    const heading = screen.getByRole('heading', { level: 2, name: 'Méthode et limites' });
    expect(document.activeElement).toBe(heading);
    expect(
      screen.getByText('data/classement-ecoles-ingenieurs-international.txt'),
    ).toBeInTheDocument();
    expect(figure('sha256')).toBe(
      '6dc1c08156fc0e4b2a64bc634c319a7babeb48197f2d6fb6f88cfa6843081eda',
    );
    expect(figure('schools')).toBe('144');
    expect(
      screen.getByText('Classement général "les plus ouvertes à l\'international"'),
    ).toHaveAttribute('lang', 'fr');
  });

  it('works the example out from the data: the 32 schools at 6 months', () => {
    render(MethodHarness, { dataset, text: seedText });
    expect(
      screen.getByRole('heading', { name: nb('Exemple~: les 32~écoles à 6~mois') }),
    ).toBeInTheDocument();
    expect(figure('competition')).toBe(nb('34, car 33~écoles ont plus de mois'));
    expect(figure('dense')).toBe(nb('13, car 12~valeurs différentes sont plus grandes'));
    expect(figure('fractional')).toBe('49,5 = (34 + 65) / 2');
    expect(figure('percentile')).toBe('66,08 = 100 × (144 − 49,5) / (144 − 1)');
    expect(
      screen.getByText(
        'de la dispersion dans une école : 5 mois en moyenne (la médiane du classement), ce peut être tous les étudiants partis 5 mois, ou la moitié partie 10 mois et l’autre moitié restée en France ;',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Un mois déplace beaucoup : à 6 mois, une école est 34e ; avec un mois de plus elle serait 29e, avec un mois de moins 70e.',
      ),
    ).toBeInTheDocument();
  });

  it('speaks English with the view, numbers included', () => {
    const view = new ViewState();
    render(MethodHarness, { dataset, text: seedText, view });
    view.setLang('en');
    flushSync();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Method and limits' }),
    ).toBeInTheDocument();
    expect(figure('fractional')).toBe('49.5 = (34 + 65) / 2');
    expect(figure('percentile')).toBe('66.08 = 100 × (144 − 49.5) / (144 − 1)');
    // Only the source's own title and column name, marked as French, stay in French.
    const english = document.body.cloneNode(true) as HTMLElement;
    english.querySelectorAll('[lang="fr"]').forEach((el) => el.remove());
    expect(english.textContent).not.toMatch(/\bmois\b|\bécoles\b|\d,\d/);
    expect(document.querySelectorAll('[lang="fr"]')).toHaveLength(2);
  });
});
