// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Islands, releasePrerenderedStyles, type Loaders } from '../../src/lib/island/islands';
import { PART_NAMES } from '../../src/lib/island/parts';
import type { Demand } from '../../src/lib/island/wanted';
import Part from './Part.svelte';

/** Every part is the test's Part; `fail` names the parts whose code does not load. */
function loaders(fail: string[] = [], loaded: string[] = []): Loaders {
  return Object.fromEntries(
    PART_NAMES.map((name) => [
      name,
      () => {
        loaded.push(name);
        return fail.includes(name)
          ? Promise.reject(new Error('offline'))
          : Promise.resolve({ default: Part });
      },
    ]),
  ) as Loaders;
}

/** An island's element holding what the server renders for Part saying `text`. */
function prerendered(text: string): HTMLElement {
  const el = document.createElement('div');
  el.dataset.island = 'x';
  el.innerHTML = `<!--[--><p class="part" data-prerendered-style="0">${text}</p><!--]-->`;
  document.body.append(el);
  return el;
}

const context = (text: string) => {
  const said = { text, builds: 0 };
  return { said, map: new Map<unknown, unknown>([['said', said]]) };
};

describe('islands', () => {
  it('builds nothing before start, then every part in order', async () => {
    const loaded: string[] = [];
    const islands = new Islands(loaders([], loaded));
    const { said, map } = context('bonjour');
    const a = document.createElement('div');
    const b = document.createElement('div');
    islands.add('ranking', a, map);
    islands.add('table', b, map);
    await new Promise((r) => setTimeout(r, 10));
    expect(loaded).toEqual([]);
    expect(a.textContent).toBe('');
    islands.start(() => false);
    // Every part's code is asked for at once (the files come in parallel); nothing is built yet.
    // (A part's loader is asked again in its turn: import() gives the same module.)
    expect(loaded.slice(0, 2)).toEqual(['ranking', 'table']);
    expect(said.builds).toBe(0);
    await islands.settled();
    expect(said.builds).toBe(2);
    expect(a.innerHTML).toContain('<p class="part">bonjour</p>');
    expect(b.innerHTML).toContain('<p class="part">bonjour</p>');
  });

  it('hydrates over the prerendered part while it shows the view: the same elements stay', async () => {
    const islands = new Islands(loaders());
    const el = prerendered('bonjour');
    const p = el.querySelector('p');
    const { said, map } = context('bonjour');
    islands.add('table', el, map);
    islands.start(() => true);
    await islands.settled();
    expect(said.builds).toBe(1);
    expect(el.querySelector('p')).toBe(p);
    expect(el.querySelectorAll('p')).toHaveLength(1);
    // Hydrated: the hoisted style's mark has gone.
    expect(p?.hasAttribute('data-prerendered-style')).toBe(false);
  });

  it('mounts afresh, the prerendered HTML gone, once the view is another', async () => {
    const islands = new Islands(loaders());
    const el = prerendered('bonjour');
    const p = el.querySelector('p');
    const { map } = context('hello');
    islands.add('table', el, map);
    islands.start(() => false);
    await islands.settled();
    expect(el.querySelectorAll('p')).toHaveLength(1);
    expect(el.querySelector('p')).not.toBe(p);
    expect(el.querySelector('p')?.textContent).toBe('hello');
  });

  it('skips a part removed before its turn, and unmounts one removed after', async () => {
    const islands = new Islands(loaders());
    const { said, map } = context('x');
    const gone = document.createElement('div');
    const kept = document.createElement('div');
    const remove = islands.add('ranking', gone, map);
    const removeKept = islands.add('table', kept, map);
    remove();
    islands.start(() => false);
    await islands.settled();
    expect(gone.textContent).toBe('');
    expect(said.builds).toBe(1);
    expect(kept.textContent).toBe('x');
    removeKept();
    await new Promise((r) => setTimeout(r, 0));
    expect(kept.textContent).toBe('');
  });

  it('keeps the prerendered HTML of a part whose code does not load, and builds the others', async () => {
    const islands = new Islands(loaders(['ranking']));
    const el = prerendered('hors ligne');
    const other = document.createElement('div');
    const { map } = context('x');
    islands.add('ranking', el, map);
    islands.add('table', other, map);
    islands.start(() => true);
    await islands.settled();
    expect(el.querySelector('p')?.textContent).toBe('hors ligne');
    expect(el.querySelector('p')?.getAttribute('data-prerendered-style')).toBe('0');
    expect(other.textContent).toBe('x');
  });

  it('says when one part is built, before the parts after it', async () => {
    const islands = new Islands(loaders(['comparison']));
    const { map } = context('x');
    const order: string[] = [];
    for (const part of ['ranking', 'comparison', 'table'] as const) {
      islands.add(part, document.createElement('div'), map);
    }
    const watched = (['ranking', 'comparison', 'table'] as const).map((part) =>
      islands.built(part).then(() => order.push(part)),
    );
    // Not queued: at once.
    await islands.built('context');
    expect(order).toEqual([]);
    islands.start(() => false);
    await Promise.all(watched);
    // The comparison's code did not load: given up, in its turn.
    expect(order).toEqual(['ranking', 'comparison', 'table']);
    await expect(islands.built('ranking')).resolves.toBeUndefined();
  });

  it('a part whose code is still loading is not built yet', async () => {
    let release = (): void => undefined;
    const slow = loaders();
    const held = new Promise<void>((resolve) => (release = resolve));
    const load = slow.ranking;
    slow.ranking = () => held.then(load);
    const islands = new Islands(slow);
    islands.add('ranking', document.createElement('div'), context('x').map);
    islands.start(() => false);
    let built = false;
    const watched = islands.built('ranking').then(() => (built = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(built).toBe(false);
    release();
    await watched;
    expect(built).toBe(true);
  });

  it('builds nothing after the gate’s part until the gate opens', async () => {
    const islands = new Islands(loaders());
    const { map } = context('x');
    const later = document.createElement('div');
    islands.add('distribution', document.createElement('div'), map);
    islands.add('table', later, map);
    let open = (): void => undefined;
    islands.gate('distribution', () => new Promise<void>((resolve) => (open = resolve)));
    islands.start(() => false);
    await islands.built('distribution');
    await new Promise((r) => setTimeout(r, 20));
    expect(later.textContent).toBe('');
    open();
    await islands.settled();
    expect(later.textContent).toBe('x');
  });

  it('after the gate, loads and builds a part only once the page wants it, in the page order', async () => {
    const loaded: string[] = [];
    // The page's demand, played by the test: the parts it wants, and a change it announces.
    const wanted = new Set<HTMLElement>();
    let changed = (): void => undefined;
    const demand: Demand = {
      wanted: (element) => wanted.has(element),
      change: () => new Promise<void>((resolve) => (changed = resolve)),
    };
    const islands = new Islands(loaders([], loaded), demand);
    const { map } = context('x');
    const [ranking, distribution, map1, table, context1] = [0, 1, 2, 3, 4].map(() =>
      document.createElement('div'),
    ) as HTMLElement[];
    islands.add('table', table as HTMLElement, map);
    islands.add('map', map1 as HTMLElement, map);
    islands.add('context', context1 as HTMLElement, map);
    islands.add('distribution', distribution as HTMLElement, map);
    islands.add('ranking', ranking as HTMLElement, map);
    let open = (): void => undefined;
    islands.gate('distribution', () => new Promise<void>((resolve) => (open = resolve)));
    islands.start(() => false);
    expect(loaded.slice(0, 2)).toEqual(['distribution', 'ranking']);
    await islands.built('distribution');
    open();
    await new Promise((r) => setTimeout(r, 10));
    // Nothing wanted: no code asked for, nothing built, the page not settled.
    expect(loaded.filter((p) => ['map', 'table', 'context'].includes(p))).toEqual([]);
    expect(map1?.textContent).toBe('');
    let settled = false;
    void islands.settled().then(() => (settled = true));
    // The table comes near first (a jump down the page): built before the map, which waits still.
    wanted.add(table as HTMLElement);
    changed();
    await islands.built('table');
    expect(table?.textContent).toBe('x');
    expect(map1?.textContent).toBe('');
    expect(loaded).not.toContain('map');
    // Then both others at once: in the page's order.
    wanted.add(map1 as HTMLElement).add(context1 as HTMLElement);
    changed();
    await islands.settled();
    expect(settled).toBe(true);
    expect(loaded.filter((p) => ['map', 'table', 'context'].includes(p))).toEqual([
      'table',
      'map',
      'context',
    ]);
    expect([map1?.textContent, context1?.textContent]).toEqual(['x', 'x']);
  });

  it('wakes for a part queued while the others wait, and for one removed', async () => {
    const demand: Demand = {
      wanted: (element) => element.dataset.near === '',
      change: () => new Promise<void>(() => undefined),
    };
    const islands = new Islands(loaders(), demand);
    const { map } = context('y');
    const [ranking, distribution, table, regions] = [0, 1, 2, 3].map(() =>
      document.createElement('div'),
    ) as HTMLElement[];
    islands.add('distribution', distribution as HTMLElement, map);
    islands.add('ranking', ranking as HTMLElement, map);
    const removeTable = islands.add('table', table as HTMLElement, map);
    islands.gate('distribution', () => Promise.resolve());
    islands.start(() => false);
    await islands.built('distribution');
    await new Promise((r) => setTimeout(r, 10));
    // A fold opened: its part is queued wanted, and built though the table still waits.
    (regions as HTMLElement).dataset.near = '';
    islands.add('regions', regions as HTMLElement, map);
    await islands.built('regions');
    expect(regions?.textContent).toBe('y');
    expect(table?.textContent).toBe('');
    // The table taken off the page: nothing waits any more.
    removeTable();
    await expect(islands.settled()).resolves.toBeUndefined();
    expect(table?.textContent).toBe('');
  });

  it('settles at once when nothing waits', async () => {
    const islands = new Islands(loaders());
    islands.start(() => false);
    await expect(islands.settled()).resolves.toBeUndefined();
  });
});

describe('releasePrerenderedStyles', () => {
  it('takes the marks off, except inside islands still waiting for their part', async () => {
    const islands = new Islands(loaders());
    const root = document.createElement('main');
    root.innerHTML =
      '<p data-prerendered-style="1">top</p><div data-island="table"><p data-prerendered-style="2">below</p></div>';
    const island = root.querySelector<HTMLElement>('[data-island]') as HTMLElement;
    islands.add('table', island, context('x').map);
    releasePrerenderedStyles(root);
    expect(root.querySelectorAll('[data-prerendered-style]')).toHaveLength(1);
    expect(island.querySelector('p')?.getAttribute('data-prerendered-style')).toBe('2');
  });
});
