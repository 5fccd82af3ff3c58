// Build-time entry (scripts/prerender.mjs loads it): the bundled files → the default view of each
// registered language (the published ranking, no filter), rendered to HTML by svelte/server, for
// the build to write into index.html (the first language) and <code>/index.html (the others).
import { render } from 'svelte/server';
import App from './App.svelte';
import WholeRanking from './lib/components/WholeRanking.svelte';
import { bundled } from './bundled';
import { createExplorer } from './lib/model/explorer.svelte';
import { loadAllLanguages } from './lib/i18n/load';
import { DEFAULT_LANG, LANGS } from './lib/i18n/registry';
import { toSearch } from './lib/state/url';
import { FIELD_KEYS, fieldOf } from './lib/state/schema';

/** One prerendered page: where it goes, and what to write into the HTML shell. */
export interface Prerendered {
  /** The page's language code (`<html lang>`). */
  lang: string;
  /** Its folder under the build, '' for the default language, else `<code>/`. */
  dir: string;
  /** The query string of the view it shows, as the app writes it ('' or '?lang=en'). */
  search: string;
  /** The document's title and description in that language. */
  title: string;
  description: string;
  /** What svelte/server renders into `<head>` and into the app's target. */
  head: string;
  body: string;
  /** The whole ranking as a plain table, for the page read with scripts off (its own lists draw
   *  their first rows only): written into a <noscript> after the app. */
  noscript: string;
}

/** The default view of one language, rendered (its catalogue loaded: `prerenderAll` loads them). */
export function prerender(lang: string): Prerendered {
  const model = createExplorer({
    ...bundled,
    search: lang === DEFAULT_LANG ? '' : `?lang=${lang}`,
  });
  const { head, body } = render(App, { props: { model, growing: true } });
  const t = model.i18n.t;
  const whole = render(WholeRanking, { props: { schools: model.all, t, f: model.i18n.f } });
  return {
    lang,
    dir: lang === DEFAULT_LANG ? '' : `${lang}/`,
    search: toSearch(model.view.params),
    title: t.title,
    description: t.subtitle(model.all.length, model.i18n.f),
    head,
    body,
    noscript: whole.body,
  };
}

/** Every registered language's default view, the default language first. */
export async function prerenderAll(): Promise<Prerendered[]> {
  await loadAllLanguages();
  return LANGS.map(prerender);
}

/** Every query-string key a view is read from (others, such as utm_source, change no view). */
export function viewKeys(): string[] {
  return FIELD_KEYS.flatMap((k) => fieldOf(k).keys);
}
