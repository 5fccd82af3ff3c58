// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/svelte';
import { renderApp } from '../app';

describe('App on bad input', () => {
  it('shows the problem in words, not a blank page, for binary bytes', async () => {
    await renderApp({
      text: '\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000garbage',
      familiesCsv: '',
      namesCsv: '',
      profiles: null,
    });
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    // The problems' panel and words load with the later words.
    expect(await screen.findByText(/ne ressemble pas à un tableau de texte/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Aucune école n’a pu être lue.');
    await vi.waitFor(() => expect(document.documentElement.dataset.ready).toBe('1'));
    await vi.waitFor(() => expect(document.documentElement.dataset.settled).toBe('1'));
  });

  it('says the text is empty', async () => {
    await renderApp({ text: '', familiesCsv: '', namesCsv: '', profiles: null });
    expect(await screen.findByText(/Le texte est vide/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('keeps the good rows and lists the bad ones with their line', async () => {
    await renderApp({
      text: 'Rang;École;Mois\n1;A;12\n2;B;n.c.\n2;C;10',
      familiesCsv: '',
      namesCsv: '',
      profiles: null,
    });
    expect(document.querySelectorAll('tbody tr')).toHaveLength(2);
    const item = screen.getByText(/n’est pas un nombre de mois/).closest('li');
    expect(item?.textContent).toMatch(
      /^Ligne 3\u00a0: «\u202fn\.c\.\u202f» n’est pas un nombre de mois/,
    );
  });
});
