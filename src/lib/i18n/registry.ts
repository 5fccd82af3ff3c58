// Language code → how to load its catalogue, its Intl locale and name: adding a language is one
// catalogue (src/lib/i18n/<code>/, imported here) and one entry in LANGUAGES below. Nothing else
// lists them. Each part of a catalogue is loaded with `import()` (load.ts): a chunk of its own in
// the build, so that a page loads its own language only, and at start the words of its first
// screen only (the build preloads them, scripts/prerender.mjs); the rest come with the parts below.
import type { FirstMessages, LaterMessages, MethodMessages } from './messages';

/** The languages the data files are written in (family names, notes, facts a school publishes);
 *  typography.ts `typesetFor` sets their text. */
export type DataLang = 'fr' | 'en';

export interface Language {
  /** Its code, in the URL (`?lang=en`) and on `<html lang>`. */
  readonly code: string;
  /** Loads the words of its first screen (`import('./<code>/first')`); load.ts loads each part
   *  once and keeps it. */
  readonly first: () => Promise<FirstMessages>;
  /** Loads the rest of its catalogue (`import('./<code>/later')`), with the parts that read it. */
  readonly later: () => Promise<LaterMessages>;
  /** Loads its words of the methodology page (`import('./<code>/method')`), with that page. */
  readonly method: () => Promise<MethodMessages>;
  /** The Intl locale its numbers are formatted with (`createFormat`). */
  readonly locale: string;
  /** Its name, in itself, as the language switch shows it: "Français", "English". */
  readonly name: string;
  /** The switch's offer to show the page in it, in itself ("Show in English"): shown before its
   *  catalogue is loaded. */
  readonly show: string;
  /** Which language of the data files it shows (a third language falls back on one of them). */
  readonly data: DataLang;
}

/** One entry per language; the first is the default (no `lang=` in the URL). */
const LANGUAGES: Language[] = [
  {
    code: 'fr',
    first: () => import('./fr/first').then((m) => m.first),
    later: () => import('./fr/later').then((m) => m.later),
    method: () => import('./fr/method').then((m) => m.method),
    locale: 'fr-FR',
    name: 'Français',
    show: 'Afficher en français',
    data: 'fr',
  },
  {
    code: 'en',
    first: () => import('./en/first').then((m) => m.first),
    later: () => import('./en/later').then((m) => m.later),
    method: () => import('./en/method').then((m) => m.method),
    locale: 'en-GB',
    name: 'English',
    show: 'Show in English',
    data: 'en',
  },
];

/** A registered language's code (check a string from outside with `isLang`). */
export type Lang = string;

/** The default language: the page's without `lang=` (the registry's first). */
export const DEFAULT_LANG: Lang = (LANGUAGES[0] as Language).code;

const codes: Lang[] = LANGUAGES.map((l) => l.code);

/** Every registered code, in the order of the registry (the switch's order). */
export const LANGS: readonly Lang[] = codes;

/** Whether `code` is a registered language. */
export function isLang(code: unknown): code is Lang {
  return typeof code === 'string' && LANGUAGES.some((l) => l.code === code);
}

/** The language of a code; the default one for a code not registered. */
export function languageOf(code: Lang): Language {
  return LANGUAGES.find((l) => l.code === code) ?? (LANGUAGES[0] as Language);
}

/** Every registered language, in order. */
export function languages(): readonly Language[] {
  return LANGUAGES;
}

/**
 * Adds a language at run time, after the others: for tests (a pseudo-locale), or a catalogue
 * loaded later; a language shipped with the app is an entry in LANGUAGES instead. Returns what
 * takes it out again. A code already registered is an error (two catalogues for one code).
 */
export function registerLanguage(language: Language): () => void {
  if (isLang(language.code)) throw new Error(`language ${language.code} is already registered`);
  LANGUAGES.push(language);
  codes.push(language.code);
  return () => {
    // Once only: a second call takes nothing else out.
    const i = LANGUAGES.indexOf(language);
    if (i === -1) return;
    LANGUAGES.splice(i, 1);
    codes.splice(codes.indexOf(language.code), 1);
  };
}
