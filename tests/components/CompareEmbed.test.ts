// @vitest-environment jsdom
// An embedded comparison is read-only (issue 15, part 5): no × to remove a school, and the view
// refuses any pick change (the ranking's click, the table's boxes), unless the embed's link lets
// its readers edit (edit=1).
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import CompareHarness from './CompareHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';

const schools = buildDataset(seedText).ranking.schools;
const picks = ['centrale-lyon', 'centrale-paris'];

describe('Compare in an embed', () => {
  it('has no remove button and no remove column; the view keeps the author’s schools', () => {
    const view = new ViewState({ embed: 'compare', picks });
    render(CompareHarness, { view, all: undefined, picked: pick(picks), total: 144 });
    expect(screen.queryAllByRole('button', { name: /^Retirer/ })).toEqual([]);
    // School, months, rank, tie group, the counts (as the embed gives the table's size).
    expect(screen.getAllByRole('columnheader')).toHaveLength(5);
    // Its readers can copy the sentence comparing the schools, like the page's.
    expect(screen.getByRole('button', { name: /Copier la phrase/ })).toBeTruthy();
    expect(view.togglePick('centrale-lyon')).toBe(true);
    expect(view.togglePick('centrale-lille')).toBe(false);
    expect(view.picks).toEqual(picks);
  });

  it('with edit=1, keeps its × and lets the reader change the schools', () => {
    const view = new ViewState({ embed: 'compare', edit: true, picks });
    render(CompareHarness, { view, picked: pick(picks) });
    expect(
      screen.getAllByRole('button', { name: /^Retirer/ }).map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'Retirer Centrale Lyon de la comparaison',
      'Retirer Centrale Paris de la comparaison',
    ]);
    expect(view.togglePick('centrale-lyon')).toBe(false);
    expect(view.picks).toEqual(['centrale-paris']);
  });

  it('in the whole app (no embed), edit= changes nothing: picks change as ever', () => {
    const view = new ViewState({ picks });
    expect(view.togglePick('centrale-lille')).toBe(true);
    expect(view.picks).toEqual([...picks, 'centrale-lille']);
  });
});

function pick(ids: readonly string[]) {
  return ids.flatMap((id) => schools.find((s) => s.id === id) ?? []);
}
