// A language's code → its catalogue, loaded on first use (registry.ts says how) and kept: the page's
// own language before the app starts (main.ts), another when a person switches to it (switch.ts),
// the methodology page's words when that page opens. Each is loaded once; a load that failed (the
// network) is tried again at the next call. `loadAllLanguages` is for a server and tests, which
// render in any language without waiting.
import { lazy, type Lazy } from '../lazy';
import type { MethodMessages, Messages } from './messages';
import { languageOf, languages, type Lang, type Language } from './registry';

/** One part of a language's words: its load, and what it gave once it has. */
class Part<T> {
  value: T | undefined;
  readonly get: Lazy<T>;
  constructor(load: () => Promise<T>) {
    this.get = lazy(() => load().then((value) => (this.value = value)));
  }
}

interface Parts {
  messages: Part<Messages>;
  method: Part<MethodMessages>;
}

// By language (not code): a language registered again under a code is loaded again.
const parts = new WeakMap<Language, Parts>();

function partsOf(language: Language): Parts {
  let p = parts.get(language);
  if (p === undefined) {
    p = { messages: new Part(language.catalogue), method: new Part(language.method) };
    parts.set(language, p);
  }
  return p;
}

/** A language's catalogue: itself once loaded, else the promise of its load (started now). */
export function loadLanguage(code: Lang): Messages | Promise<Messages> {
  return partsOf(languageOf(code)).messages.get();
}

/** A language's words of the methodology page: themselves once loaded, else their load's promise. */
export function loadMethodWords(code: Lang): MethodMessages | Promise<MethodMessages> {
  return partsOf(languageOf(code)).method.get();
}

/** A language's catalogue if it is loaded; undefined before (nothing is loaded here). */
export function loadedMessages(code: Lang): Messages | undefined {
  return partsOf(languageOf(code)).messages.value;
}

/** Every registered language's catalogue and methodology words, loaded (a server, tests). */
export async function loadAllLanguages(): Promise<void> {
  await Promise.all(languages().flatMap((l) => [loadLanguage(l.code), loadMethodWords(l.code)]));
}
