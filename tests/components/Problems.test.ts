// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ProblemsHarness from './ProblemsHarness.svelte';
import type { Problem } from '../../src/lib/data/types';
import { nb } from '../i18n/spaces';

const nc: Problem = {
  kind: 'not-a-number',
  severity: 'error',
  line: 12,
  raw: '\tESTIA\tn.c.',
  value: 'n.c.',
};

describe('Problems', () => {
  it('says each problem in words, with its line and raw text', () => {
    render(ProblemsHarness, { problems: [nc] });
    expect(
      screen.getByRole('heading', { name: nb('1~problème dans le tableau') }),
    ).toBeInTheDocument();
    const item = screen.getByRole('listitem');
    expect(item.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Ligne 12 : « n.c. » n’est pas un nombre de mois : l’école est écartée. ESTIA n.c.',
    );
  });

  it('in English: no space before the colon', () => {
    render(ProblemsHarness, { problems: [nc], lang: 'en' });
    expect(screen.getByRole('listitem').textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Line 12: “n.c.” is not a number of months: the school is left out. ESTIA n.c.',
    );
  });

  it('lists the first three, folds the next ones up to the limit, and counts the rest', async () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...nc, line: i + 1 }));
    const { container } = render(ProblemsHarness, { problems: many, limit: 5 });
    const lines = (selector: string) =>
      [...container.querySelectorAll(selector)].map(
        (li) => li.textContent?.match(/Ligne \d+/)?.[0],
      );
    // Three in sight; lines 4 and 5 in the fold, closed; 6 and 7 counted.
    expect(lines('section > ul > li')).toEqual(['Ligne 1', 'Ligne 2', 'Ligne 3']);
    expect(lines('details li')).toEqual(['Ligne 4', 'Ligne 5']);
    const fold = container.querySelector('details');
    expect(fold).not.toHaveAttribute('open');
    await userEvent.click(screen.getByText('Voir les 2 problèmes suivants'));
    expect(fold).toHaveAttribute('open');
    expect(screen.getByText('… et 2 autres problèmes non affichés.')).toBeInTheDocument();
  });

  it('has no fold for three problems or fewer', () => {
    const three = Array.from({ length: 3 }, (_, i) => ({ ...nc, line: i + 1 }));
    const { container } = render(ProblemsHarness, { problems: three });
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(container.querySelector('details')).toBeNull();
  });

  it('writes large counts as French writes them, grouped by thousands', () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ ...nc, line: i + 1 }));
    const { container } = render(ProblemsHarness, { problems: many, limit: 50 });
    expect(
      screen.getByRole('heading', { name: nb('2^500~problèmes dans le tableau') }),
    ).toBeInTheDocument();
    expect(container.querySelectorAll('li')).toHaveLength(50);
    expect(container.querySelector('summary')?.textContent).toBe(
      nb('Voir les 47~problèmes suivants'),
    );
    // (getByText would fold the no-break spaces into plain ones.)
    expect(container.querySelector('section > p')?.textContent).toBe(
      nb('… et 2^450~autres problèmes non affichés.'),
    );
  });

  it('renders nothing when there is no problem', () => {
    const { container } = render(ProblemsHarness, { problems: [] });
    expect(container.querySelector('section')).toBeNull();
  });
});
