// A language's code → its words, loaded on first use (registry.ts says how) and kept, in three
// parts, each a chunk of its own: the first screen's, before the app starts (main.ts); the rest of
// the catalogue with the parts that read it (`loadLaterWords`: the parts below the first screen,
// the profile, the embed), and both before the page switches to the language (`loadLanguage`,
// state/language.ts); the methodology page's words when that page opens. Each part is loaded once;
// a load that failed (the network) is tried again at the next call. The first two parts make one
// object, the catalogue the views read (`loadedMessages`): the later words join it once loaded.
// `loadAllLanguages` is for a server and tests, which render in any language without waiting.
import { lazy, type Lazy } from '../lazy';
import { joinWords } from './join';
import type { FirstMessages, MethodMessages, Messages } from './messages';
import { languageOf, languages, type Lang, type Language } from './registry';

/** A language's words: each part's load, and the catalogue they make. */
class Words {
  /**
   * The catalogue the views read, from the moment the first screen's words are in. The later
   * words are copied into this same object once they are, so that whatever holds it (a view's
   * `t`, the formats) reads them then. Typed whole: until then only the first screen holds it,
   * which reads none of them (the parts that do wait for them: `loadLaterWords`).
   */
  messages: Messages | undefined;
  readonly first: Lazy<Messages>;
  /** Both parts in, joined: the whole catalogue. */
  readonly whole: Lazy<Messages>;
  readonly method: Lazy<MethodMessages>;

  constructor(language: Language) {
    this.first = lazy(() =>
      language.first().then((words) => (this.messages = { ...words } as Messages)),
    );
    const later = lazy(language.later);
    this.whole = lazy(() =>
      Promise.all([this.first(), later()]).then(([messages, words]) =>
        Object.assign(messages, joinWords(messages, words)),
      ),
    );
    this.method = lazy(language.method);
  }
}

// By language (not code): a language registered again under a code is loaded again.
const words = new WeakMap<Language, Words>();

function wordsOf(language: Language): Words {
  let w = words.get(language);
  if (w === undefined) words.set(language, (w = new Words(language)));
  return w;
}

/** A language's whole catalogue (both parts): itself once loaded, else the promise of its load
 *  (each part's started now, unless loaded or loading already). */
export function loadLanguage(code: Lang): Messages | Promise<Messages> {
  return wordsOf(languageOf(code)).whole();
}

/** A language's words of its first screen (a page that shows it before the rest: main.ts):
 *  themselves once loaded, else the promise of their load. */
export function loadFirstWords(code: Lang): FirstMessages | Promise<FirstMessages> {
  return wordsOf(languageOf(code)).first();
}

/** The later words of every language whose first screen's words are in (the page's own, and any
 *  it was switched to), loaded before a part that reads them is built (lib/island/parts.ts, the
 *  profile, the embed). Rejects when one cannot be loaded (the network). */
export function loadLaterWords(): Promise<unknown> {
  return Promise.all(
    languages()
      .map(wordsOf)
      .filter((w) => w.messages !== undefined)
      .map((w) => w.whole()),
  );
}

/** A language's words of the methodology page: themselves once loaded, else their load's promise. */
export function loadMethodWords(code: Lang): MethodMessages | Promise<MethodMessages> {
  return wordsOf(languageOf(code)).method();
}

/** A language's catalogue once its first screen's words are loaded (the later ones join it when
 *  they are); undefined before (nothing is loaded here). */
export function loadedMessages(code: Lang): Messages | undefined {
  return wordsOf(languageOf(code)).messages;
}

/** Every registered language's catalogue and methodology words, loaded (a server, tests). */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all(languages().flatMap((l) => [loadLanguage(l.code), loadMethodWords(l.code)]));
}
