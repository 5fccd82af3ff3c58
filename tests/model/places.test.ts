// The explorer's places: loaded on first use, read by the region filter and the views; a link with
// a region loads them itself; a reader's own table has none, so no school of it passes a region.
import { describe, expect, it } from 'vitest';
import { explorerOf } from '../explorer';
import { parseTable } from '../../src/lib/data/parse';
import { flushSync } from 'svelte';

describe('Explorer places', () => {
  it('has no place before loadPlaces, then each school’s from data/lieux.csv', async () => {
    const m = explorerOf();
    const lyon = m.school('insa-lyon');
    if (!lyon) throw new Error('no INSA Lyon');
    expect(m.place(lyon)).toBeUndefined();
    await m.loadPlaces();
    expect(m.place(lyon)).toMatchObject({ city: 'Lyon', region: '84', source: 'nom' });
  });

  it('a link with reg=84 loads the places and keeps Auvergne-Rhône-Alpes’s 14 schools', async () => {
    const m = explorerOf({ search: '?reg=84' });
    // Until the places are in, no school has a region: none passes.
    expect(m.schools).toHaveLength(0);
    await m.loadPlaces();
    flushSync();
    expect(m.schools).toHaveLength(14);
    expect(m.schools[0]?.name).toBe('CPE Lyon');
  });

  it('gives a reader’s own table no place: a region keeps none of its schools', async () => {
    const m = explorerOf({ search: '?reg=84' });
    await m.loadPlaces();
    const text = 'École\tMois\nINSA Lyon\t6\nCPE Lyon\t12\n';
    m.show({ parsed: parseTable(text), text, source: 'mine.tsv', own: true });
    const lyon = m.school('insa-lyon');
    expect(lyon && m.place(lyon)).toBeUndefined();
    expect(m.schools).toHaveLength(0);
    m.view.clearFilter();
    expect(m.schools).toHaveLength(2);
  });
});
