// Language → its message catalogue and number formats, built once per language.
import { en } from './en';
import { fr, type Messages } from './fr';
import { createFormat, type Format, type Locale } from './format';
import type { I18n } from './context';

export const CATALOGUES: Readonly<Record<Locale, Messages>> = { fr, en };

const formats = new Map<Locale, Format>();

/** The formatters of a language, created on first use and reused. */
export function formatFor(locale: Locale): Format {
  let f = formats.get(locale);
  if (f === undefined) formats.set(locale, (f = createFormat(locale)));
  return f;
}

/** An I18n that follows a language read on every access (e.g. a view's reactive `lang`). */
export function i18nFor(lang: () => Locale): I18n {
  return {
    get t() {
      return CATALOGUES[lang()];
    },
    get f() {
      return formatFor(lang());
    },
  };
}
