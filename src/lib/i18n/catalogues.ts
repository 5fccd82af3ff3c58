// Language → its message catalogue and number formats, once the catalogue is loaded (load.ts): the
// page's language is before the app starts, another before the view switches to it (switch.ts).
import { createFormat, type Format } from './format';
import type { I18n } from './context';
import { loadedMessages } from './load';
import type { Messages } from './messages';
import { languageOf, type Lang } from './registry';
import type { Unit } from '../load/types';
import { measured, PUBLISHED_TABLE, type TableWords } from './measured';

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

const formats = new Map<Messages, Map<Unit, Format>>();

/** The formatters of a language, the table's value in `unit` (months by default), created on
 *  first use and reused. */
export function formatFor(lang: Lang, unit: Unit = 'months'): Format {
  const messages = messagesFor(lang);
  let byUnit = formats.get(messages);
  if (byUnit === undefined) formats.set(messages, (byUnit = new Map()));
  let f = byUnit.get(unit);
  if (f === undefined)
    byUnit.set(unit, (f = createFormat(languageOf(lang).locale, messages.numbers, unit)));
  return f;
}

/** An I18n that follows a language and a table read on every access (e.g. a view's reactive
 *  `lang`, the explorer's table): the table's words (i18n/measured.ts) and the value's unit. */
export function i18nFor(lang: () => Lang, table: () => TableWords = () => PUBLISHED_TABLE): I18n {
  return {
    get t() {
      return measured(messagesFor(lang()), table());
    },
    get f() {
      return formatFor(lang(), table().measure.unit);
    },
    get measure() {
      return table().measure;
    },
    get own() {
      return table().own;
    },
  };
}
