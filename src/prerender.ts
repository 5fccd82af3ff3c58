// Build-time entry (scripts/prerender.mjs loads it): the bundled files → the default view of each
// registered language (the published ranking, no filter), rendered to HTML by svelte/server, for
// the build to write into index.html (the first language) and <code>/index.html (the others).
import { render } from 'svelte/server';
import App from './App.svelte';
import WholeRanking from './lib/components/WholeRanking.svelte';
import OtherLanguages from './lib/components/OtherLanguages.svelte';
import { bundled } from './bundled';
import { createExplorer } from './lib/model/explorer.svelte';
import { loadAllLanguages } from './lib/i18n/load';
import { DEFAULT_LANG, LANGS, languageOf } from './lib/i18n/registry';
import { toSearch } from './lib/state/url';
import { FIELD_KEYS, fieldOf } from './lib/state/schema';
import { sha256Hex } from './lib/data/sha256';
import { CARD, CARD_ROWS, previewCard } from './lib/export/card';
import { datasetJsonLd, siteAddress, socialTags, type SocialPage } from './lib/export/social';
import type { Unit } from './lib/load/types';
import { measuredFrame, PRERENDER_WIDTH } from './lib/charts/frame-width';

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
  /** Links to the other languages' pages, for the page read with scripts off (the language switch
   *  needs the app): written into a <noscript> before the app, where the site has those pages. */
  languages: string;
  /** Its Open Graph and Twitter tags and its JSON-LD Dataset, for `<head>` (export/social.ts). */
  social: string;
  /** Its preview card, an SVG document (export/card.ts), and the PNG's file name under the site
   *  ('card-fr.png'); no file name when the build writes no image (the single file). */
  card: { svg: string; file?: string | undefined };
}

/** How the build writes the pages: the site's address as given (SITE_URL), and whether it writes
 *  the card images next to them (not the single file, which is one file). */
export interface PrerenderOptions {
  site?: string | undefined;
  images: boolean;
}

/** Open Graph's locale of each language. */
const LOCALES: Readonly<Record<string, string>> = { fr: 'fr_FR', en: 'en_GB' };
/** The UN/CEFACT codes of the units that have one (schema.org's unitCode). */
const UNIT_CODES: Partial<Record<Unit, string>> = { months: 'MON', weeks: 'WEE', percent: 'P1' };

/** A language's folder under the site: '' for the default language, '<code>/' for the others. */
const folderOf = (lang: string): string => (lang === DEFAULT_LANG ? '' : `${lang}/`);

/** The default view of one language, rendered (its catalogue loaded: `prerenderAll` loads them). */
export function prerender(
  lang: string,
  options: PrerenderOptions = { images: false },
  sha256 = '',
): Prerendered {
  const model = createExplorer({
    ...bundled,
    search: lang === DEFAULT_LANG ? '' : `?lang=${lang}`,
  });
  // The charts as a desktop lays them out (frame-width.ts): the width they start at.
  measuredFrame(PRERENDER_WIDTH);
  const { head, body } = render(App, { props: { model, growing: true } });
  const t = model.i18n.t;
  const whole = render(WholeRanking, { props: { schools: model.all, t, f: model.i18n.f } });
  const f = model.i18n.f;
  const dir = folderOf(lang);
  const description = t.subtitle(model.all.length, f);
  const file = options.images ? `card-${lang}.png` : undefined;
  const rows = model.all.slice(0, CARD_ROWS);
  const svg = previewCard({
    title: t.title,
    subtitle: description,
    source: t.source,
    rows: rows.map((s) => ({
      rank: f.rank(s),
      name: s.name,
      value: s.months,
      valueText: f.value(s.months),
    })),
    more:
      model.all.length > rows.length
        ? t.social.more(f.count(model.all.length - rows.length), model.all.length - rows.length)
        : '',
    max: model.maxMonths,
  });
  // The other languages' pages, each in its folder under the site.
  const others = LANGS.filter((l) => l !== lang).map((l) => ({ lang: l, dir: folderOf(l) }));
  const page: SocialPage = {
    lang,
    locale: LOCALES[lang] ?? lang,
    dir,
    title: t.title,
    description,
    image: file === undefined ? undefined : { file, alt: t.social.imageAlt(t.title), ...CARD },
    others: others.map((o) => ({ ...o, locale: LOCALES[o.lang] ?? o.lang })),
  };
  const site = siteAddress(options.site);
  const measure = model.measure;
  const social =
    socialTags(page, site) +
    datasetJsonLd(
      page,
      {
        sha256,
        valueName: measure.label || t.measure.names[measure.unit],
        unitCode: UNIT_CODES[measure.unit],
        keywords: t.social.keywords,
      },
      site,
    );
  return {
    lang,
    dir,
    search: toSearch(model.view.params),
    title: t.title,
    description,
    head,
    body,
    noscript: whole.body,
    languages: render(OtherLanguages, {
      props: {
        languages: others.map((o) => {
          const { code, name, show } = languageOf(o.lang);
          return { code, name, show, dir: o.dir };
        }),
      },
    }).body,
    social,
    card: { svg, file },
  };
}

/** Every registered language's default view, the default language first. */
export async function prerenderAll(options: PrerenderOptions): Promise<Prerendered[]> {
  await loadAllLanguages();
  // The table's fingerprint, from its text (loaded on demand in the app: only the methodology
  // page shows it), as the methodology page computes it.
  const text = await bundled.table.text();
  const sha256 = sha256Hex(text);
  return LANGS.map((lang) => prerender(lang, options, sha256));
}

/** Every query-string key a view is read from (others, such as utm_source, change no view). */
export function viewKeys(): string[] {
  return FIELD_KEYS.flatMap((k) => fieldOf(k).keys);
}
