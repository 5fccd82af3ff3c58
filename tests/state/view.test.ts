import { describe, expect, it } from 'vitest';
import { ViewState } from '../../src/lib/state/view.svelte';
import { defaultParams } from '../../src/lib/state/url';

describe('ViewState', () => {
  it('starts from the defaults, or from given parameters', () => {
    expect(new ViewState().params).toEqual(defaultParams);
    expect(new ViewState({ query: 'mines', lang: 'en' }).params).toEqual({
      ...defaultParams,
      query: 'mines',
      lang: 'en',
    });
  });

  it('search keeps the first 100 characters of a pasted text, as a link keeps them', () => {
    const v = new ViewState();
    const page = 'mines saint etienne '.repeat(50);
    v.search(page);
    expect(v.query).toHaveLength(100);
    expect(v.query).toBe(page.slice(0, 100));
    v.search('centrale');
    expect(v.query).toBe('centrale');
  });

  it('togglePick adds up to 5 schools, in order, and a second toggle drops one', () => {
    const v = new ViewState();
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => v.togglePick(id))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(v.picks).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(v.togglePick('b')).toBe(false);
    expect(v.picks).toEqual(['a', 'c', 'd', 'e']);
  });

  it('toggleFamily adds then removes a family', () => {
    const v = new ViewState();
    v.toggleFamily('mines');
    v.toggleFamily('insa');
    expect(v.families).toEqual(['mines', 'insa']);
    v.toggleFamily('mines');
    expect(v.families).toEqual(['insa']);
  });

  it('sortBy flips the same column and starts another at its default', () => {
    const v = new ViewState();
    v.sortBy('months');
    expect(v.sort).toEqual({ key: 'months', dir: 'desc' });
    v.sortBy('months');
    expect(v.sort).toEqual({ key: 'months', dir: 'asc' });
  });

  it('clearFilter empties the filter and keeps picks and sort', () => {
    const v = new ViewState({
      query: 'x',
      range: [1, 2],
      families: ['mines'],
      tiedWith: 'a',
      picks: ['a'],
      sort: { key: 'name', dir: 'asc' },
    });
    v.clearFilter();
    expect(v.params).toEqual({ ...defaultParams, picks: ['a'], sort: { key: 'name', dir: 'asc' } });
  });

  it('the page is part of what a link restores; apply switches it and the filter survives', () => {
    const v = new ViewState({ query: 'mines' });
    expect(v.page).toBe('explorer');
    v.apply({ ...v.params, page: 'method' });
    expect(v.params).toEqual({ ...defaultParams, query: 'mines', page: 'method' });
    v.apply({ ...v.params, page: 'explorer' });
    expect(v.query).toBe('mines');
    expect(v.page).toBe('explorer');
  });
});
