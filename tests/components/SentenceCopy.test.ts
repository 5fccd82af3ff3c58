// @vitest-environment jsdom
// The copy buttons of ready sentences (SentenceCopy.svelte) in their hosts: each key point's and
// the comparison's, named for what they copy, copying the exact sentence with its source, in the
// page's language; without a clipboard, the sentence shown selected.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import InsightsHarness from './InsightsHarness.svelte';
import CompareHarness from './CompareHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';
import { nb } from '../i18n/spaces';

const all = buildDataset(seedText).ranking.schools;
const centrales = all.filter((s) => s.name.startsWith('Centrale'));
const named = (...names: string[]) => all.filter((s) => names.includes(s.name));
const SOURCE_FR = nb('Source~: classement général «^les plus ouvertes à l’international^».');

describe('a key point’s copy button', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is one per key point, named with its number, and copies the point and its source', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    render(InsightsHarness, { schools: centrales, rankingSize: all.length });
    const buttons = screen.getAllByRole('button', { name: /^Copier le point/ });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      nb('Copier le point 1~sur 5, avec sa source'),
      nb('Copier le point 2~sur 5, avec sa source'),
      nb('Copier le point 3~sur 5, avec sa source'),
      nb('Copier le point 4~sur 5, avec sa source'),
      nb('Copier le point 5~sur 5, avec sa source'),
    ]);
    // Its text is short; its name starts with it (the name a voice user says).
    expect(buttons[0]).toHaveTextContent(/^Copier$/);
    await userEvent.click(
      screen.getByRole('button', { name: nb('Copier le point 1~sur 5, avec sa source') }),
    );
    expect(writeText).toHaveBeenCalledWith(
      `${nb('4~écoles sur 5 (80~%) envoient leurs étudiants 6~mois ou plus à l’étranger, en moyenne.')} ${SOURCE_FR}`,
    );
    expect(await screen.findByText('Phrase copiée.')).toHaveAttribute('role', 'status');
  });

  it('copies in the page’s language after a switch', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    const view = new ViewState();
    render(InsightsHarness, { schools: all.slice(0, 3), rankingSize: all.length, view });
    view.setLang('en');
    flushSync();
    await userEvent.click(
      screen.getByRole('button', { name: 'Copy key point 1 of 4, with its source' }),
    );
    expect(writeText).toHaveBeenCalledWith(
      'All 3 schools send their students abroad for 6\u00a0months or more on average. Source: overall ranking “les plus ouvertes à l’international”.',
    );
    expect(await screen.findByText('Sentence copied.')).toBeInTheDocument();
  });

  it('without a clipboard, shows the sentence in a read-only field, focused and selected', async () => {
    vi.stubGlobal('navigator', {});
    render(InsightsHarness, { schools: centrales, rankingSize: all.length });
    await userEvent.click(
      screen.getByRole('button', { name: nb('Copier le point 5~sur 5, avec sa source') }),
    );
    const field = await screen.findByRole<HTMLInputElement>('textbox', {
      name: 'La phrase, à copier',
    });
    // Paris (10,5) and Marseille (2,3) are alone at their value; Nantes (8), Lille and Lyon (6)
    // share theirs.
    const expected = `${nb('3~de ces 5~écoles (60~%) partagent leur rang avec au moins une autre école du classement^; 2~seulement ont un rang bien à elles.')} ${SOURCE_FR}`;
    expect(field).toHaveValue(expected);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, expected.length]);
  });
});

describe('the comparison’s copy button', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('copies one sentence on the picked schools by place, with the gap and the source', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    // Picked in this order: the sentence puts them by place.
    const picked = [...named('Mines Saint-Etienne'), ...named('ENST Paris')];
    render(CompareHarness, { picked, view: new ViewState(), total: 144 });
    // On a line of its own, its text says what it copies; its name, of what.
    expect(
      screen.getByRole('button', { name: 'Copier la phrase de la comparaison' }),
    ).toHaveTextContent(/^Copier la phrase$/);
    await userEvent.click(
      screen.getByRole('button', { name: 'Copier la phrase de la comparaison' }),
    );
    expect(writeText).toHaveBeenCalledWith(
      nb(
        'ENST Paris est 15e ex æquo (9~mois) et Mines Saint-Etienne 23e ex æquo (8~mois) sur 144~écoles, soit 1~mois d’écart, dans le classement général «^les plus ouvertes à l’international^».',
      ),
    );
  });

  it('is not there without the ranking’s size (an embed) nor with nothing picked', () => {
    const { unmount } = render(CompareHarness, {
      picked: named('ENST Paris'),
      view: new ViewState(),
    });
    expect(screen.queryByRole('button', { name: /Copier la phrase/ })).toBeNull();
    unmount();
    render(CompareHarness, { picked: [], view: new ViewState(), total: 144 });
    expect(screen.queryByRole('button', { name: /Copier la phrase/ })).toBeNull();
  });
});
