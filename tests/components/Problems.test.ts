// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
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

  it('lists the first ones and counts the rest', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ ...nc, line: i + 1 }));
    render(ProblemsHarness, { problems: many, limit: 5 });
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByText('… et 2 autres problèmes non affichés.')).toBeInTheDocument();
  });

  it('writes large counts as French writes them, grouped by thousands', () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ ...nc, line: i + 1 }));
    const { container } = render(ProblemsHarness, { problems: many, limit: 50 });
    expect(
      screen.getByRole('heading', { name: nb('2^500~problèmes dans le tableau') }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(50);
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
