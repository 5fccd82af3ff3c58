// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import RulesHarness from './RulesHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';
import { nb } from '../i18n/spaces';

const schools = buildDataset(seedText).ranking.schools;
const belowTexts = () =>
  Array.from(document.querySelectorAll('.below li'), (li) => li.textContent?.trim());
const refLabels = () => Array.from(document.querySelectorAll('.refs text'), (t) => t.textContent);

describe('Rules', () => {
  it('summarises the CTI text and names its source', () => {
    render(RulesHarness, { schools, view: new ViewState() });
    expect(screen.getByRole('heading', { name: 'Ce que disent les règles' })).toBeInTheDocument();
    expect(screen.getByText(/au moins 9 semaines à l’étranger.*préconise 12/)).toBeInTheDocument();
    expect(screen.getByText(/learning agreement/)).toBeInTheDocument();
    expect(screen.getByText(/une moyenne sur tous ses étudiants/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Source : CTI (Commission des titres d’ingénieur), référentiel R&O, « Mobilités internationales » (document 001_8e780615fe4fa5cb.txt).',
      ),
    ).toBeInTheDocument();
  });

  it('states the conversion and counts the schools below each threshold', () => {
    render(RulesHarness, { schools, view: new ViewState() });
    expect(screen.getByText(/1 mois = 52\/12 ≈ 4,33 semaines/)).toHaveTextContent(
      '9 semaines ≈ 2,08 mois et 12 semaines ≈ 2,77 mois',
    );
    expect(belowTexts()).toEqual(
      [
        'Sous 9~semaines (≈ 2,1~mois)~: 8~des 144~écoles affichées',
        'Sous 12~semaines (≈ 2,8~mois)~: 12~des 144~écoles affichées',
      ].map(nb),
    );
  });

  it('counts only the schools it is given (a filter)', () => {
    const mines = schools.filter((s) => s.name.startsWith('Mines '));
    render(RulesHarness, { schools: mines, view: new ViewState() });
    expect(belowTexts()).toEqual(
      [
        'Sous 9~semaines (≈ 2,1~mois)~: 0~des 7~écoles affichées',
        'Sous 12~semaines (≈ 2,8~mois)~: 1~des 7~écoles affichées',
      ].map(nb),
    );
  });

  it('the “Repères CTI” box turns the reference lines off and on, and the view state follows', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(RulesHarness, { schools, view });
    const box = screen.getByRole('checkbox', { name: 'Repères CTI sur les graphiques' });
    expect(box).toBeChecked();
    expect(refLabels()).toEqual(['9~sem. ≈ 2,1~mois', '12~sem. ≈ 2,8~mois'].map(nb));
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(
      /Repères CTI en pointillés\u00a0: 9\u00a0sem\. ≈ 2,1\u00a0mois et 12\u00a0sem\. ≈ 2,8\u00a0mois\.$/,
    );
    await user.click(box);
    expect(view.cti).toBe(false);
    expect(document.querySelectorAll('.refs')).toHaveLength(0);
    expect(screen.getByRole('img').getAttribute('aria-label')).not.toMatch(/CTI/);
    await user.click(box);
    expect(view.cti).toBe(true);
    expect(refLabels()).toHaveLength(2);
  });

  it('starts off when the view says so (a link with cti=0), and speaks English', () => {
    render(RulesHarness, { schools, view: new ViewState({ cti: false, lang: 'en' }) });
    expect(
      screen.getByRole('checkbox', { name: 'CTI thresholds on the charts' }),
    ).not.toBeChecked();
    expect(document.querySelectorAll('.refs')).toHaveLength(0);
    expect(belowTexts()).toEqual(
      [
        'Under 9 weeks (≈ 2.1~months): 8 of the 144 schools shown',
        'Under 12 weeks (≈ 2.8~months): 12 of the 144 schools shown',
      ].map(nb),
    );
  });
});
