// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import CopyHarness from './CopyHarness.svelte';
import SchoolCardHarness from './SchoolCardHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';
import { en } from '../../src/lib/i18n/en';
import { nb } from '../i18n/spaces';

const schools = buildDataset(seedText).ranking.schools;

describe('Copy', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('copies to the clipboard and says so; no field shown', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    render(CopyHarness, { text: 'http://x/?q=a' });
    await userEvent.click(screen.getByRole('button', { name: 'Copier' }));
    expect(writeText).toHaveBeenCalledWith('http://x/?q=a');
    expect(await screen.findByText('Copié.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('without a clipboard, shows the text in a read-only field, focused and selected', async () => {
    vi.stubGlobal('navigator', {});
    render(CopyHarness, { text: 'http://x/?q=a' });
    await userEvent.click(screen.getByRole('button', { name: 'Copier' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Le lien' });
    expect(field).toHaveValue('http://x/?q=a');
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 13]);
    expect(screen.getByRole('status')).toHaveTextContent(/Copie automatique impossible/);
  });

  it('when the clipboard refuses, falls back the same way', async () => {
    vi.stubGlobal('navigator', {
      clipboard: { writeText: () => Promise.reject(new Error('denied')) },
    });
    render(CopyHarness, { text: 'abc', always: true });
    const field = screen.getByRole('textbox', { name: 'Le lien' });
    expect(field).toHaveValue('abc');
    await userEvent.click(screen.getByRole('button', { name: 'Copier' }));
    expect(await screen.findByText(/Copie automatique impossible/)).toBeInTheDocument();
    expect(field).toHaveFocus();
  });
});

describe('SchoolCard', () => {
  it('gives months, rank with its tie, the tie’s positions and the counts, in both languages', () => {
    const lyon = schools.find((s) => s.id === 'centrale-lyon');
    if (!lyon) throw new Error('no Centrale Lyon');
    const view = new ViewState();
    const { unmount } = render(SchoolCardHarness, { school: lyon, view });
    const values = () => Array.from(document.querySelectorAll('dd'), (d) => d.textContent?.trim());
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Centrale Lyon');
    expect(values()).toEqual([
      nb('6~mois'),
      '34e ex æquo',
      nb('32~écoles, places 34~à 65'),
      // 6 months, places 34–65 of 144: 33 above, 144 − 65 = 79 below, 31 others tied.
      nb('33~écoles ont plus de mois, 79~en ont moins, 31~autres en ont autant.'),
    ]);
    unmount();
    render(SchoolCardHarness, { school: lyon, view: new ViewState({ lang: 'en' }) });
    expect(values()).toEqual([
      nb('6~months'),
      // The words of a tie in English are the catalogue's (another change may reword them).
      en.numbers.rank('34th', true),
      '32 schools, positions 34 to 65',
      '33 schools have more months, 79 have fewer, 31 others have the same.',
    ]);
    expect(screen.queryByText(/percentile|centile/i)).toBeNull();
  });

  it('gives today’s name beside the published one when the school has changed it', () => {
    const enst = schools.find((s) => s.name === 'ENST Paris');
    if (!enst) throw new Error('no ENST Paris');
    render(SchoolCardHarness, { school: enst, view: new ViewState(), now: 'Télécom Paris' });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'ENST Paris, aujourd’hui Télécom Paris',
    );
  });
});
