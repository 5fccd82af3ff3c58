// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import FiltersHarness from './FiltersHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';

describe('Filters', () => {
  // The window's width, where a test sets it (the panel opens at first from 768 px).
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('the search box has a visible label and writes the query', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(FiltersHarness, { view });
    const box = screen.getByRole('searchbox', { name: 'Chercher une école' });
    await user.type(box, 'st etienne');
    expect(view.query).toBe('st etienne');
  });

  it('the months inputs set the range, and an empty input leaves that end open', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(FiltersHarness, { view });
    await user.click(screen.getByText('Filtres', { selector: 'summary' }));
    const [from, to] = screen.getAllByRole('spinbutton');
    await user.type(from as HTMLElement, '3');
    await user.tab();
    expect(view.range).toEqual([3, Infinity]);
    await user.type(to as HTMLElement, '5');
    await user.tab();
    expect(view.range).toEqual([3, 5]);
    await user.clear(from as HTMLElement);
    await user.clear(to as HTMLElement);
    await user.tab();
    expect(view.range).toBeNull();
  });

  it('a « de » typed past the « à » gives the range between them, as its link reads it', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(FiltersHarness, { view });
    await user.click(screen.getByText('Filtres', { selector: 'summary' }));
    const [from, to] = screen.getAllByRole('spinbutton') as HTMLInputElement[];
    await user.type(to as HTMLElement, '3');
    await user.tab();
    await user.type(from as HTMLElement, '11');
    await user.tab();
    expect(view.range).toEqual([3, 11]);
    expect(view.params.range).toEqual([3, 11]);
    // The boxes say the range kept.
    expect([from?.value, to?.value]).toEqual(['3', '11']);
  });

  it('folds the range and families into a panel that says how many are set', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(FiltersHarness, { view });
    const summary = screen.getByText('Filtres', { selector: 'summary' });
    expect(summary.closest('details')).not.toHaveAttribute('open');
    // Folded, the panel is not built yet: nothing of it costs the first screen.
    expect(screen.queryByRole('checkbox')).toBeNull();
    await user.click(summary);
    expect(summary.closest('details')).toHaveAttribute('open');
    view.setRange([3, Infinity]);
    await user.click(screen.getByRole('checkbox', { name: 'Mines (7)' }));
    expect(summary).toHaveTextContent(/^Filtres\s\(2\)$/);
    // Folded again, it stays built: its boxes keep their state.
    await user.click(summary);
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(screen.getByRole('checkbox', { name: 'Mines (7)', hidden: true })).toBeChecked();
  });

  it('opens the panel at first when a link restored a filter it holds, from 768 px wide', () => {
    vi.stubGlobal('innerWidth', 768);
    render(FiltersHarness, { view: new ViewState({ families: ['mines'] }) });
    const summary = screen.getByText(/^Filtres/, { selector: 'summary' });
    expect(summary.closest('details')).toHaveAttribute('open');
  });

  it('keeps it folded on a phone, its summary saying how many are set and which', async () => {
    // At 767 px and below the matches come under the panel: open, it put them a screen down.
    vi.stubGlobal('innerWidth', 767);
    const user = userEvent.setup();
    const view = new ViewState({ families: ['mines'], range: [11, Infinity] });
    render(FiltersHarness, { view, setWords: () => `words of ${view.families.join(', ')}` });
    const summary = screen.getByText(/^Filtres/, { selector: 'summary' });
    expect(summary.closest('details')).not.toHaveAttribute('open');
    // The words are later ones: they come once loaded (at once here).
    expect(await screen.findByText('words of mines')).toBeInTheDocument();
    expect(summary).toHaveTextContent(/^Filtres\s\(2\)\s+words of mines$/);
    // Open, the panel shows the filters themselves: the summary says only how many.
    await user.click(summary);
    expect(summary).toHaveTextContent(/^Filtres\s\(2\)$/);
    // Folded again, the words follow the view.
    await user.click(screen.getByRole('checkbox', { name: 'Centrale (5)' }));
    await user.click(summary);
    expect(summary).toHaveTextContent(/^Filtres\s\(3\)\s+words of mines, centrale$/);
    // With nothing set, no words.
    view.setRange(null);
    view.toggleFamily('mines');
    view.toggleFamily('centrale');
    await vi.waitFor(() => expect(summary).toHaveTextContent(/^Filtres$/));
  });

  it('family checkboxes toggle families', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(FiltersHarness, { view });
    await user.click(screen.getByText('Filtres', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mines (7)' }));
    expect(view.families).toEqual(['mines']);
    expect(screen.getByRole('checkbox', { name: 'Mines (7)' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Mines (7)' }));
    expect(view.families).toEqual([]);
  });

  it('says how many schools pass and offers to show them all', async () => {
    const user = userEvent.setup();
    const view = new ViewState({ query: 'centrale', tiedWith: 'centrale-lyon' });
    render(FiltersHarness, { view, shown: 42, tiedName: 'Centrale Lyon' });
    expect(screen.getByRole('status')).toHaveTextContent('42 sur 144 écoles');
    expect(screen.getByText(/Ex æquo avec Centrale Lyon/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tout afficher' }));
    expect(view.query).toBe('');
    expect(view.tiedWith).toBeNull();
  });

  it('shows no reset button when every school passes', () => {
    render(FiltersHarness, { view: new ViewState() });
    expect(screen.getByRole('status')).toHaveTextContent('144 sur 144 écoles');
    expect(screen.queryByRole('button', { name: 'Tout afficher' })).toBeNull();
  });
});
