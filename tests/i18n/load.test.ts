// Catalogues loaded on first use (i18n/load.ts) and a change of language that waits for them
// (state/language.ts): one load per language however often it is asked for, the catalogue itself
// once loaded, a failed load that leaves the page in its language and is tried again next time, and
// the latest change asked for winning when two overlap. Languages made here load what the test says.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage, loadMethodWords, loadedMessages } from '../../src/lib/i18n/load';
import type { Messages, MethodMessages } from '../../src/lib/i18n/messages';
import { registerLanguage, type Language } from '../../src/lib/i18n/registry';
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

const zz: Messages = { ...CATALOGUES.en, lang: 'zz' };
let catalogue = new Loads<Messages>();
let method = new Loads<MethodMessages>();
let unregister = (): void => {};

/** Registers 'zz', whose catalogue and methodology words load when the test says. */
function registerZz(): void {
  catalogue = new Loads<Messages>();
  method = new Loads<MethodMessages>();
  const language: Language = {
    code: 'zz',
    catalogue: catalogue.load,
    method: method.load,
    locale: 'en-GB',
    name: 'Zz',
    show: 'Show in Zz',
    data: 'en',
  };
  unregister = registerLanguage(language);
}

/** Lets every settled promise run its callbacks. */
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  unregister();
  unregister = () => {};
});

describe('loadLanguage', () => {
  it('loads a catalogue once, however often it is asked for, then gives it itself', async () => {
    registerZz();
    const first = loadLanguage('zz');
    const second = loadLanguage('zz');
    expect(first).toBeInstanceOf(Promise);
    expect(second).toBe(first);
    expect(loadedMessages('zz')).toBeUndefined();
    catalogue.resolve(zz);
    await expect(first).resolves.toBe(zz);
    expect(loadLanguage('zz')).toBe(zz);
    expect(loadedMessages('zz')).toBe(zz);
    expect(catalogue.started).toBe(1);
  });

  it('tries again at the next call after a failed load', async () => {
    registerZz();
    const first = loadLanguage('zz');
    catalogue.reject();
    await expect(first).rejects.toThrow('offline');
    expect(loadedMessages('zz')).toBeUndefined();
    const again = loadLanguage('zz');
    catalogue.resolve(zz);
    await expect(again).resolves.toBe(zz);
    expect(catalogue.started).toBe(2);
  });

  it('loads the methodology words apart from the catalogue', async () => {
    registerZz();
    const words = loadMethodWords('zz');
    expect(catalogue.started).toBe(0);
    method.resolve(METHOD_WORDS.en);
    await expect(words).resolves.toBe(METHOD_WORDS.en);
    expect(loadMethodWords('zz')).toBe(METHOD_WORDS.en);
  });

  it('gives the languages tests/setup.ts loaded at once', () => {
    expect(loadLanguage('fr')).toBe(CATALOGUES.fr);
    expect(loadLanguage('en')).toBe(CATALOGUES.en);
    expect(loadMethodWords('en')).toBe(METHOD_WORDS.en);
  });
});

describe('chooseLanguage', () => {
  it('switches once the catalogue is loaded, not before', async () => {
    registerZz();
    const view = new ViewState();
    const done = chooseLanguage(view, 'zz');
    expect(view.lang).toBe('fr');
    catalogue.resolve(zz);
    await done;
    expect(view.lang).toBe('zz');
    expect(view.transient.langFailed).toBeNull();
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
    catalogue.reject();
    await expect(done).resolves.toBeUndefined();
    expect(view.lang).toBe('en');
    expect(view.query).toBe('mines');
    expect(view.transient.langFailed).toBe('zz');
    // Asked again, it loads again; the failure is forgotten once it has.
    const again = chooseLanguage(view, 'zz');
    catalogue.resolve(zz);
    await again;
    expect(catalogue.started).toBe(2);
    expect(view.lang).toBe('zz');
    expect(view.transient.langFailed).toBeNull();
  });

  it('on the methodology page, waits for its words too', async () => {
    registerZz();
    const view = new ViewState({ page: 'method' });
    const done = chooseLanguage(view, 'zz');
    catalogue.resolve(zz);
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

  it('restores a view in another language once it is loaded, and leaves the page if it fails', async () => {
    registerZz();
    const view = new ViewState({ query: 'mines' });
    const failed = restoreView(view, fromSearch('?lang=zz&q=lyon'));
    catalogue.reject();
    await failed;
    expect([view.lang, view.query, view.transient.langFailed]).toEqual(['fr', 'mines', 'zz']);
    const done = restoreView(view, fromSearch('?lang=zz&q=lyon'));
    expect(view.query).toBe('mines');
    catalogue.resolve(zz);
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
    catalogue.resolve(zz);
    await click;
    expect([view.lang, view.query]).toEqual(['fr', 'brest']);
  });
});
