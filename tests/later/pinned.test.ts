// @vitest-environment jsdom
// An explorer's pins (later/pinned.svelte.ts): the schools every view draws, the filtered ones and
// the picked and shortlisted ones the filter leaves out, following the view and the shortlist,
// shared by every part, and still following once the component that first asked is gone.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { pinsOf, type Pins } from '../../src/lib/later/pinned.svelte';
import { Shortlist } from '../../src/lib/shortlist/shortlist.svelte';
import { explorerOf } from '../explorer';
import PinsHarness from './PinsHarness.svelte';

const names = (pins: Pins) => pins.pinned.shown.map((s) => s.name);

describe('pinsOf', () => {
  it('under « rennes » with CPE Lyon picked and Mines Saint-Etienne listed: the four in ranked order, two kept', () => {
    const m = explorerOf({ search: '?q=rennes&pick=cpe-lyon' });
    const pins = pinsOf(m);
    // Before a shortlist is followed, the pick only.
    expect(names(pins)).toEqual(['CPE Lyon', 'INSA Rennes', 'ENSCR Chimie Rennes']);
    const list = new Shortlist(null);
    list.add('mines-saint-etienne');
    pins.follow(list);
    // CPE Lyon 1st (12 months), Mines Saint-Etienne 23rd (8), INSA Rennes (6), ENSCR (4).
    expect(names(pins)).toEqual([
      'CPE Lyon',
      'Mines Saint-Etienne',
      'INSA Rennes',
      'ENSCR Chimie Rennes',
    ]);
    expect(pins.pinned.outside.map((s) => s.id)).toEqual(['cpe-lyon', 'mines-saint-etienne']);
    expect(pins.pinned.kept.has('insa-rennes')).toBe(false);
    // Counts and statistics stay the filtered schools'.
    expect(m.schools).toHaveLength(2);
    expect(m.distribution?.count).toBe(2);
    // Unstarred, and the filter cleared: the whole ranking, the model's own array.
    list.remove('mines-saint-etienne');
    expect(pins.pinned.outside.map((s) => s.id)).toEqual(['cpe-lyon']);
    m.view.search('');
    expect(pins.pinned.shown).toBe(m.schools);
    expect(pins.pinned.shown).toHaveLength(144);
  });

  it('is one per explorer: every part reads the same', () => {
    const m = explorerOf();
    expect(pinsOf(m)).toBe(pinsOf(m));
    expect(pinsOf(explorerOf())).not.toBe(pinsOf(m));
  });

  it('keeps following the filter once the component that first asked is gone', () => {
    const m = explorerOf({ search: '?q=rennes&pick=cpe-lyon' });
    let pins: Pins | undefined;
    const { unmount } = render(PinsHarness, { m, got: (p: Pins) => (pins = p) });
    expect(pins && names(pins)).toEqual(['CPE Lyon', 'INSA Rennes', 'ENSCR Chimie Rennes']);
    unmount();
    m.view.search('ensiie');
    flushSync();
    expect(pins && names(pins)).toEqual(['CPE Lyon', 'ENSIIE']);
  });
});
