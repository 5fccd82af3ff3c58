// A change of language, in two steps: its words are loaded (i18n/load.ts: its first screen's and
// the rest of its catalogue, each a chunk of its own), then the view changes, all at once. Until
// then the page stays as it is, and stays so should the load fail (offline), with
// `transient.langFailed` saying which language could not be loaded. A language already loaded
// changes the view at once, with no wait. When two changes overlap (a click, then back), the
// latest asked for wins.
import { loadLanguage, loadMethodWords } from '../i18n/load';
import type { Lang, Page, ViewParams } from './schema';
import type { ViewState } from './view.svelte';

/** Once `lang`'s words are loaded (and, when the language changes on the methodology page, that
 *  page's words in it): `then(true)`; if they cannot be, `then(false)`; nothing when another change
 *  was asked for meanwhile. */
function whenLoaded(
  view: ViewState,
  lang: Lang,
  page: Page,
  then: (loaded: boolean) => void,
): Promise<void> {
  const asked = ++view.transient.langAsked;
  const method = page === 'method' && lang !== view.lang;
  // The page's own language has the words it shows; the parts that read its later ones wait for
  // them (i18n/load.ts `loadLaterWords`).
  const parts = [
    lang === view.lang ? null : loadLanguage(lang),
    method ? loadMethodWords(lang) : null,
  ];
  if (!parts.some((p) => p instanceof Promise)) {
    view.transient.langFailed = null;
    then(true);
    return Promise.resolve();
  }
  return Promise.all(parts).then(
    () => settle(true),
    () => settle(false),
  );
  function settle(loaded: boolean): void {
    if (asked !== view.transient.langAsked) return;
    view.transient.langFailed = loaded ? null : lang;
    then(loaded);
  }
}

/** The language switch: the page in `lang` once its words are loaded. Never rejects. */
export function chooseLanguage(view: ViewState, lang: Lang): Promise<void> {
  return whenLoaded(view, lang, view.page, (loaded) => {
    if (loaded) view.setLang(lang);
  });
}

/** Back or forward: the view of a link, once its language's words are loaded; the page as it was
 *  if they cannot be. Never rejects. */
export function restoreView(view: ViewState, params: ViewParams): Promise<void> {
  return whenLoaded(view, params.lang, params.page, (loaded) => {
    if (loaded) view.apply(params);
  });
}
