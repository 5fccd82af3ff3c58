// @vitest-environment jsdom
// The first screen needs its own words only (i18n/first.ts), and no view that reads the later ones
// is built before they are in: the whole page is rendered in a language whose later words load when
// the test says, as main.ts starts a prerendered page (loadFirstWords), its islands started.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from '../../src/App.svelte';
import { islands } from '../../src/lib/island/islands';
import { PART_NAMES } from '../../src/lib/island/parts';
import { loadEmbed } from '../../src/lib/components/embed-part';
import { loadFirstWords } from '../../src/lib/i18n/load';
import type { LaterMessages } from '../../src/lib/i18n/messages';
import { registerLanguage } from '../../src/lib/i18n/registry';
import { first as enFirst } from '../../src/lib/i18n/en/first';
import { later as enLater } from '../../src/lib/i18n/en/later';
import { explorerOf } from '../explorer';
import { pseudoLanguage } from './pseudo';

/** Zz's later words: their load, settled by the test. */
let settle: (words: LaterMessages) => void = () => {};
let asked = 0;
let unregister = (): void => {};

// Every part's code compiled and loaded first, so that its import() settles at once: then nothing
// but the words can hold a part back.
beforeAll(async () => {
  await Promise.all([
    import('../../src/lib/parts/Matches.svelte'),
    import('../../src/lib/parts/SharePanel.svelte'),
    import('../../src/lib/parts/Ranking.svelte'),
    import('../../src/lib/parts/Distribution.svelte'),
    import('../../src/lib/parts/Map.svelte'),
    import('../../src/lib/components/RegionFilter.svelte'),
    import('../../src/lib/parts/Comparison.svelte'),
    import('../../src/lib/parts/TableSection.svelte'),
    import('../../src/lib/parts/Context.svelte'),
    import('../../src/lib/components/ProfileDialog.svelte'),
    import('../../src/lib/components/Profile.svelte'),
    import('../../src/lib/components/Embed.svelte'),
  ]);
});

beforeEach(async () => {
  asked = 0;
  unregister = registerLanguage({
    ...pseudoLanguage,
    code: 'zz',
    name: 'Zz',
    first: () => Promise.resolve({ ...enFirst, lang: 'zz' }),
    later: () => {
      asked += 1;
      return new Promise<LaterMessages>((resolve) => (settle = resolve));
    },
  });
  await loadFirstWords('zz');
});

afterEach(() => {
  unregister();
  window.history.replaceState(null, '', '/');
});

/** A few tasks: time for loads that are settled to be used (and for the profile's data file). */
const tasks = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 200));

/** What each island below the first screen holds, by part (the region filter is an island inside
 *  the folded filters panel, built when it first opens; the matches are the first screen's). */
const islandTexts = () =>
  PART_NAMES.filter((part) => part !== 'regions' && part !== 'results').map(
    (part) => document.querySelector(`[data-island="${part}"]`)?.textContent ?? null,
  );

describe('the later words', () => {
  it('the embed view waits for them', async () => {
    let loaded = false;
    void Promise.resolve(loadEmbed()).then(() => (loaded = true));
    await tasks();
    expect(asked).toBe(1);
    expect(loaded).toBe(false);
    settle(enLater);
    // The embed's module is transformed on first import: seconds on a busy machine.
    await vi.waitFor(() => expect(loaded).toBe(true), { timeout: 15_000 });
  });

  it('the first screen is whole without them; the parts below it and the profile wait for them', async () => {
    const user = userEvent.setup();
    render(App, { model: explorerOf({ search: '?lang=zz' }) });
    islands.start(() => false);
    await tasks();
    // The first screen, in Zz's first words.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(enFirst.title);
    expect(screen.getByRole('searchbox', { name: enFirst.filters.search })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: enFirst.results.top })).toBeInTheDocument();
    expect(document.querySelector('.share-fold > summary')).toHaveTextContent('Share this view');
    expect(document.body.textContent).not.toContain('undefined');
    // Below it, nothing built: each island waits for the later words.
    expect(asked).toBe(1);
    expect(islandTexts()).toEqual(islandTexts().map(() => ''));
    expect(islandTexts()).toHaveLength(PART_NAMES.length - 2);
    // A school's profile opened meanwhile waits for them too.
    await user.click(screen.getAllByRole('button', { name: /CPE Lyon/ })[0] as HTMLElement);
    await tasks();
    expect(document.querySelector('dialog')).toBeNull();

    settle(enLater);
    await islands.settled();
    expect(screen.getByRole('heading', { level: 2, name: 'The table' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy the link' })).toBeInTheDocument();
    expect(islandTexts().every((text) => text !== '')).toBe(true);
    await tasks();
    expect(document.querySelector('dialog')).toHaveTextContent('CPE Lyon');
    expect(document.body.textContent).not.toContain('undefined');
    expect(asked).toBe(1);
    // Every part of the page built in jsdom, the map's among them: 14 to 27 s on a busy 2-core
    // machine, above the default 20 s.
  }, 45_000);
});
