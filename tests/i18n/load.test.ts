// Catalogues loaded on first use (i18n/load.ts) and a change of language that waits for them
// (state/language.ts): each part (the first screen's words, the later ones, the methodology
// page's) loaded once however often it is asked for, the two parts one catalogue that the later
// words join in place, a failed load that leaves the page in its language and is tried again next
// time, and the latest change asked for winning when two overlap. Languages made here load what the
// test says.
import { afterEach, describe, expect, it } from 'vitest';
import {
  loadFirstWords,
  loadLanguage,
  loadLaterWords,
  loadMethodWords,
  loadedMessages,
} from '../../src/lib/i18n/load';
import type { FirstMessages, LaterMessages, MethodMessages } from '../../src/lib/i18n/messages';
import { registerLanguage, type Language } from '../../src/lib/i18n/registry';
import { first as enFirst } from '../../src/lib/i18n/en/first';
import { later as enLater } from '../../src/lib/i18n/en/later';
import { chooseLanguage, restoreView } from '../../src/lib/state/language';
import { fromSearch } from '../../src/lib/state/url';
import { ViewState } from '../../src/lib/state/view.svelte';
import { CATALOGUES, METHOD_WORDS } from './shipped';

/** A load the test settles by hand, and how many times it was started. */
class Loads<T> {
  started = 0;
  #settle: { resolve: (v: T) => void; reject: (e: Error) => void }[] = [];
  readonly load = (): Promise<T> => {
    this.started += 1;
    return new Promise<T>((resolve, reject) => this.#settle.push({ resolve, reject }));
  };
  resolve(value: T): void {
    this.#settle.shift()?.resolve(value);
  }
  reject(): void {
    this.#settle.shift()?.reject(new Error('offline'));
  }
}

/** Zz's words: English ones, under its own code. */
const zzFirst: FirstMessages = { ...enFirst, lang: 'zz' };
const zzLater: LaterMessages = enLater;
let first = new Loads<FirstMessages>();
let later = new Loads<LaterMessages>();
let method = new Loads<MethodMessages>();
let unregister = (): void => {};

/** Registers 'zz', whose parts of words load when the test says. */
function registerZz(): void {
  first = new Loads<FirstMessages>();
  later = new Loads<LaterMessages>();
  method = new Loads<MethodMessages>();
  const language: Language = {
    code: 'zz',
    first: first.load,
    later: later.load,
    method: method.load,
    locale: 'en-GB',
    name: 'Zz',
    show: 'Show in Zz',
    data: 'en',
  };
  unregister = registerLanguage(language);
}

/** Both parts of zz's catalogue, loaded as asked. */
function resolveZz(): void {
  first.resolve(zzFirst);
  later.resolve(zzLater);
}

/** Zz's first screen's words, loaded (as main.ts loads a prerendered page's). */
function zzFirstScreen(): FirstMessages | Promise<FirstMessages> {
  const words = loadFirstWords('zz');
  first.resolve(zzFirst);
  return words;
}

/** Lets every settled promise run its callbacks. */
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Words of both parts, read from a catalogue: what each part's English file says. */
const sample = (m: unknown) => {
  const t = m as {
    lang: string;
    title: string;
    filters: { search: string };
    share: { heading: string; copyLink?: string };
    table?: { heading: string };
  };
  return [t.lang, t.title, t.filters.search, t.share.heading, t.share.copyLink, t.table?.heading];
};
const FIRST_ONLY = [
  'zz',
  'The most international French engineering schools',
  'Find a school',
  'Share this view',
  undefined,
  undefined,
];
const WHOLE = [...FIRST_ONLY.slice(0, 4), 'Copy the link', 'The table'];

afterEach(() => {
  unregister();
  unregister = () => {};
});

describe('loadLanguage', () => {
  it('loads each part once, however often it is asked for, then gives the catalogue itself', async () => {
    registerZz();
    const one = loadLanguage('zz');
    const two = loadLanguage('zz');
    expect(one).toBeInstanceOf(Promise);
    expect(two).toBeInstanceOf(Promise);
    expect([first.started, later.started, method.started]).toEqual([1, 1, 0]);
    expect(loadedMessages('zz')).toBeUndefined();
    first.resolve(zzFirst);
    await settled();
    // The first screen's words are in: the catalogue holds them, the later ones still come.
    expect(sample(loadedMessages('zz'))).toEqual(FIRST_ONLY);
    later.resolve(zzLater);
    const whole = await one;
    expect(await two).toBe(whole);
    expect(loadedMessages('zz')).toBe(whole);
    expect(sample(whole)).toEqual(WHOLE);
    expect(loadLanguage('zz')).toBe(whole);
    expect([first.started, later.started]).toEqual([1, 1]);
  });

  it('makes one catalogue of every key of both parts, whichever comes first', async () => {
    registerZz();
    const whole = loadLanguage('zz');
    later.resolve(zzLater);
    await settled();
    expect(loadedMessages('zz')).toBeUndefined();
    first.resolve(zzFirst);
    const keys = Object.keys(await whole).sort();
    expect(keys).toEqual([...new Set([...Object.keys(zzFirst), ...Object.keys(zzLater)])].sort());
    expect(sample(await whole)).toEqual(WHOLE);
    // `share` holds words of both parts: the fold's heading and the panel's.
    expect(Object.keys((await whole).share).sort()).toEqual(
      [...Object.keys(zzLater.share), 'heading'].sort(),
    );
  });

  it('tries a part again at the next call after it failed, the other kept', async () => {
    registerZz();
    const one = loadLanguage('zz');
    first.reject();
    later.resolve(zzLater);
    await expect(one).rejects.toThrow('offline');
    expect(loadedMessages('zz')).toBeUndefined();
    const again = loadLanguage('zz');
    first.resolve(zzFirst);
    expect(sample(await again)).toEqual(WHOLE);
    expect([first.started, later.started]).toEqual([2, 1]);
  });

  it('when the later words fail, keeps the first screen’s, and loads the later ones next time', async () => {
    registerZz();
    const held = await zzFirstScreen();
    const one = loadLanguage('zz');
    later.reject();
    await expect(one).rejects.toThrow('offline');
    expect(loadedMessages('zz')).toBe(held);
    expect(sample(held)).toEqual(FIRST_ONLY);
    const again = loadLanguage('zz');
    later.resolve(zzLater);
    expect(await again).toBe(held);
    expect(sample(held)).toEqual(WHOLE);
    expect([first.started, later.started]).toEqual([1, 2]);
  });

  it('loads the methodology words apart from the catalogue', async () => {
    registerZz();
    const words = loadMethodWords('zz');
    expect([first.started, later.started]).toEqual([0, 0]);
    method.resolve(METHOD_WORDS.en);
    await expect(words).resolves.toBe(METHOD_WORDS.en);
    expect(loadMethodWords('zz')).toBe(METHOD_WORDS.en);
  });

  it('gives the languages tests/setup.ts loaded at once, whole', () => {
    for (const code of ['fr', 'en'] as const) {
      const loaded = loadLanguage(code);
      expect(loaded).not.toBeInstanceOf(Promise);
      expect(loaded).toEqual(CATALOGUES[code]);
    }
    expect(loadMethodWords('en')).toBe(METHOD_WORDS.en);
  });
});

describe('loadFirstWords', () => {
  it('loads the first screen’s words only, once, then gives them themselves', async () => {
    registerZz();
    const one = loadFirstWords('zz');
    expect(loadFirstWords('zz')).toBe(one);
    first.resolve(zzFirst);
    const words = await one;
    expect(sample(words)).toEqual(FIRST_ONLY);
    expect(loadFirstWords('zz')).toBe(words);
    expect(loadedMessages('zz')).toBe(words);
    expect([first.started, later.started]).toEqual([1, 0]);
  });
});

describe('loadLaterWords', () => {
  it('asks nothing of a language whose first screen’s words are not in', async () => {
    registerZz();
    await loadLaterWords();
    expect(later.started).toBe(0);
  });

  it('adds the later words to the catalogue a view already holds, once', async () => {
    registerZz();
    await zzFirstScreen();
    const held = loadedMessages('zz');
    const one = loadLaterWords();
    const two = loadLaterWords();
    await settled();
    expect(sample(held)).toEqual(FIRST_ONLY);
    later.resolve(zzLater);
    await Promise.all([one, two]);
    expect(sample(held)).toEqual(WHOLE);
    expect(loadLanguage('zz')).toBe(held);
    expect(later.started).toBe(1);
  });

  it('rejects when they cannot be loaded, and loads them at the next call', async () => {
    registerZz();
    await zzFirstScreen();
    const one = loadLaterWords();
    later.reject();
    await expect(one).rejects.toThrow('offline');
    const again = loadLaterWords();
    later.resolve(zzLater);
    await again;
    expect(sample(loadedMessages('zz'))).toEqual(WHOLE);
    expect(later.started).toBe(2);
  });
});

describe('chooseLanguage', () => {
  it('switches once the catalogue is loaded, not before', async () => {
    registerZz();
    const view = new ViewState();
    const done = chooseLanguage(view, 'zz');
    expect(view.lang).toBe('fr');
    resolveZz();
    await done;
    expect(view.lang).toBe('zz');
    expect(view.transient.langFailed).toBeNull();
  });

  it('waits for the later words too, not only the first screen’s', async () => {
    registerZz();
    const view = new ViewState();
    const done = chooseLanguage(view, 'zz');
    first.resolve(zzFirst);
    await settled();
    expect(view.lang).toBe('fr');
    later.resolve(zzLater);
    await done;
    expect(view.lang).toBe('zz');
  });

  it('switches at once to a language loaded before, with no load', () => {
    const view = new ViewState();
    void chooseLanguage(view, 'en');
    expect(view.lang).toBe('en');
  });

  it('keeps the page’s language when the load fails, says which failed, and never rejects', async () => {
    registerZz();
    const view = new ViewState({ lang: 'en', query: 'mines' });
    const done = chooseLanguage(view, 'zz');
    first.reject();
    later.resolve(zzLater);
    await expect(done).resolves.toBeUndefined();
    expect(view.lang).toBe('en');
    expect(view.query).toBe('mines');
    expect(view.transient.langFailed).toBe('zz');
    // Asked again, it loads again; the failure is forgotten once it has.
    const again = chooseLanguage(view, 'zz');
    resolveZz();
    await again;
    expect(first.started).toBe(2);
    expect(view.lang).toBe('zz');
    expect(view.transient.langFailed).toBeNull();
  });

  it('on the methodology page, waits for its words too', async () => {
    registerZz();
    const view = new ViewState({ page: 'method' });
    const done = chooseLanguage(view, 'zz');
    resolveZz();
    await settled();
    expect(view.lang).toBe('fr');
    method.resolve(METHOD_WORDS.en);
    await done;
    expect(view.lang).toBe('zz');
  });
});

describe('restoreView', () => {
  it('restores a view in a loaded language at once', () => {
    const view = new ViewState();
    void restoreView(view, fromSearch('?lang=en&q=lyon'));
    expect([view.lang, view.query]).toEqual(['en', 'lyon']);
  });

  it('restores a view in the page’s own language at once, its later words not in yet', async () => {
    registerZz();
    await zzFirstScreen();
    const view = new ViewState({ lang: 'zz' });
    void restoreView(view, fromSearch('?lang=zz&q=lyon'));
    expect([view.lang, view.query]).toEqual(['zz', 'lyon']);
    expect(later.started).toBe(0);
  });

  it('restores a view in another language once it is loaded, and leaves the page if it fails', async () => {
    registerZz();
    const view = new ViewState({ query: 'mines' });
    const failed = restoreView(view, fromSearch('?lang=zz&q=lyon'));
    first.reject();
    later.resolve(zzLater);
    await failed;
    expect([view.lang, view.query, view.transient.langFailed]).toEqual(['fr', 'mines', 'zz']);
    const done = restoreView(view, fromSearch('?lang=zz&q=lyon'));
    expect(view.query).toBe('mines');
    resolveZz();
    await done;
    expect([view.lang, view.query, view.transient.langFailed]).toEqual(['zz', 'lyon', null]);
  });

  it('applies the latest change asked for when two overlap', async () => {
    registerZz();
    const view = new ViewState();
    const click = chooseLanguage(view, 'zz');
    // Back, meanwhile, to a view in a loaded language: applied at once, and it stays.
    void restoreView(view, fromSearch('?q=brest'));
    expect(view.query).toBe('brest');
    resolveZz();
    await click;
    expect([view.lang, view.query]).toEqual(['fr', 'brest']);
  });
});
