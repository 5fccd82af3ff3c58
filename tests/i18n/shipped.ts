// The catalogues shipped with the app, imported as modules, for tests that name them (the app loads
// them with import(), src/lib/i18n/load.ts; tests/setup.ts has every language loaded).
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { method as frMethod } from '../../src/lib/i18n/fr/method';
import { method as enMethod } from '../../src/lib/i18n/en/method';
import type { Messages, MethodMessages } from '../../src/lib/i18n/messages';

/** The two catalogues shipped first, by code. */
export const CATALOGUES: Readonly<Record<'fr' | 'en', Messages>> = { fr, en };

/** Their words of the methodology page, by code. */
export const METHOD_WORDS: Readonly<Record<'fr' | 'en', MethodMessages>> = {
  fr: frMethod,
  en: enMethod,
};

/** Every word of a language: its catalogue, with its methodology words beside the method link. */
export type AllWords = Omit<Messages, 'method'> & { method: Messages['method'] & MethodMessages };

/** A catalogue and its methodology words as one tree (the method page's words under `method`). */
export const allWords = (messages: Messages, method: MethodMessages): AllWords => ({
  ...messages,
  method: { ...messages.method, ...method },
});
