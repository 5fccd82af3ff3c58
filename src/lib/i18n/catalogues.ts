// Language → its message catalogue and number formats, once the catalogue is loaded (load.ts): the
// page's language is before the app starts, another before the view switches to it (switch.ts).
import { createFormat, type Format } from './format';
import type { I18n } from './context';
import { loadedMessages } from './load';
import type { Messages } from './messages';
import { languageOf, type Lang } from './registry';

/**
 * The catalogue of a language (the default one's for a code not registered). It must be loaded:
 * a view never shows a language before its catalogue is, so a missing one is an error here.
 */
export function messagesFor(lang: Lang): Messages {
  const messages = loadedMessages(lang);
  if (messages === undefined) {
    throw new Error(`the catalogue of ${languageOf(lang).code} is not loaded (i18n/load.ts)`);
  }
  return messages;
}

const formats = new Map<Messages, Format>();

/** The formatters of a language, created on first use and reused. */
export function formatFor(lang: Lang): Format {
  const messages = messagesFor(lang);
  let f = formats.get(messages);
  if (f === undefined)
    formats.set(messages, (f = createFormat(languageOf(lang).locale, messages.numbers)));
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
