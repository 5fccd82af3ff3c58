// Language → its message catalogue and number formats, read from the registry, built once each.
import { createFormat, type Format } from './format';
import type { I18n } from './context';
import type { Messages } from './messages';
import { languageOf, type Lang } from './registry';

/** The catalogue of a language (the default one's for a code not registered). */
export function messagesFor(lang: Lang): Messages {
  return languageOf(lang).messages;
}

/** The two catalogues shipped first, by code (tests and tools that name them). */
export const CATALOGUES: Readonly<Record<'fr' | 'en', Messages>> = {
  fr: messagesFor('fr'),
  en: messagesFor('en'),
};

const formats = new Map<Messages, Format>();

/** The formatters of a language, created on first use and reused. */
export function formatFor(lang: Lang): Format {
  const { messages, locale } = languageOf(lang);
  let f = formats.get(messages);
  if (f === undefined) formats.set(messages, (f = createFormat(locale, messages.numbers)));
  return f;
}

/** An I18n that follows a language read on every access (e.g. a view's reactive `lang`). */
export function i18nFor(lang: () => Lang): I18n {
  return {
    get t() {
      return messagesFor(lang());
    },
    get f() {
      return formatFor(lang());
    },
  };
}
