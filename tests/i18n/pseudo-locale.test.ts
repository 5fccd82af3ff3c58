// @vitest-environment jsdom
// A language added by registering it (one catalogue, one registry entry) words the whole page: a
// pseudo-locale derived from the English catalogue renders every heading, button and label, and no
// text of the French or English catalogues is left.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { formatFor } from '../../src/lib/i18n/catalogues';
import { CATALOGUES, METHOD_WORDS, allWords } from './shipped';
import { LANGS, isLang, languageOf } from '../../src/lib/i18n/registry';
import { fromSearch } from '../../src/lib/state/url';
import { buildDataset } from '../../src/lib/dataset';
import { FAMILIES } from '../../src/lib/data/families';
import { seedText } from '../seed-text';
import { accent, pseudoLanguage, registerPseudo, xx, xxMethod } from './pseudo';
import { renderPage, resetAddress } from './page';

/** Every fixed string of a catalogue (functions' words are checked through their results). */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (node === null || typeof node !== 'object') return [];
  return Object.values(node).flatMap(strings);
}

/** Whether an element is marked as written in another language (the switch names each in its own). */
const foreign = (el: Element): boolean => {
  const marked = el.closest('[lang]');
  return (
    marked !== null && marked !== document.documentElement && marked.getAttribute('lang') !== 'xx'
  );
};

/** The texts a reader meets: each text node, and each label, title and description attribute. */
function shownTexts(): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = node.textContent?.trim() ?? '';
    if (el && text !== '' && !foreign(el) && !el.closest('script, style')) out.push(text);
  }
  for (const el of document.body.querySelectorAll('*')) {
    if (foreign(el)) continue;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'data-label']) {
      const value = el.getAttribute(name)?.trim();
      if (value) out.push(value);
    }
  }
  return out;
}

/** Texts that come from the data, not a catalogue: school names, and family names with a count. */
const dataTexts = new Set(buildDataset(seedText).ranking.schools.map((s) => s.name));
const isData = (text: string): boolean =>
  dataTexts.has(text) || FAMILIES.some((f) => text.replace(/ \(\d+\)$/, '') === f.en);

/** An element's accessible name as the test reads it: its label, else its text. */
const nameOf = (el: Element): string =>
  (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Headings, buttons and labels (at least as many as given: the page is not empty) are the
 * pseudo-locale's; no French or English text is shown.
 */
function expectOnlyPseudoWords(least = { headings: 5, buttons: 5, labels: 2 }): void {
  // Every heading, button and form label outside the switch is the pseudo-locale's, but for the
  // data's own words (a school's name on its profile button, a family's in the filters).
  const own = (selector: string): string[] =>
    Array.from(document.body.querySelectorAll(selector))
      .filter((el) => !foreign(el))
      .map(nameOf);
  const headings = own('h1, h2, h3, h4, caption');
  const buttons = own('button');
  const labels = own('label, legend');
  expect(headings.length).toBeGreaterThanOrEqual(least.headings);
  expect(buttons.length).toBeGreaterThanOrEqual(least.buttons);
  expect(labels.length).toBeGreaterThanOrEqual(least.labels);
  const notPseudo = [...headings, ...buttons, ...labels].filter(
    (t) => !t.includes('[') && !isData(t),
  );
  expect(notPseudo).toEqual([]);

  // No fixed string of the French or English catalogue (or methodology words) is shown: as a
  // whole text or label, or, for a sentence (three words or more), within one.
  const shown = shownTexts();
  const sentence = (s: string): boolean => s.trim().split(/\s+/).length >= 3;
  for (const lang of ['fr', 'en'] as const) {
    const all = allWords(CATALOGUES[lang], METHOD_WORDS[lang]);
    const words = strings(all).filter((s) => /\p{L}{2}/u.test(s));
    const left = words.filter((w) =>
      shown.some((text) => text === w || (sentence(w) && text.includes(w))),
    );
    expect(left, lang).toEqual([]);
  }
}

describe('a pseudo-locale registered at run time', { timeout: 60_000 }, () => {
  let unregister = (): void => {};
  beforeAll(async () => {
    unregister = await registerPseudo();
  });
  afterAll(() => unregister());
  afterEach(resetAddress);

  it('is a language like the others: listed, accepted from the URL, formatted', () => {
    expect(LANGS).toEqual(['fr', 'en', 'xx']);
    expect(isLang('xx')).toBe(true);
    expect(isLang('de')).toBe(false);
    expect(fromSearch('?lang=xx').lang).toBe('xx');
    expect(fromSearch('?lang=de').lang).toBe('fr');
    const f = formatFor('xx');
    expect(f.months(8.5)).toBe(`[8.5\u00a0${accent('months')}]`);
    expect(f.rank({ rank: 34, tie: { size: 32 } })).toBe(`[${accent('tied ')}[34${accent('th')}]]`);
  });

  it('words the headings, buttons and labels of the page, and no French or English text is left', async () => {
    await renderPage('?lang=xx');
    expect(document.documentElement.lang).toBe('xx');
    expect(document.title).toBe(xx.title);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(xx.title);
    expect(document.querySelector('.subtitle')).toHaveTextContent(
      xx.subtitle(144, formatFor('xx')),
    );
    for (const heading of [xx.ranking.heading, xx.histogram.heading, xx.table.heading]) {
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    }
    expect(screen.getByRole('searchbox', { name: xx.filters.search })).toBeInTheDocument();

    expectOnlyPseudoWords();
  });

  it.each([
    ['?lang=xx&pick=centrale-paris,centrale-lyon', { headings: 8, buttons: 8, labels: 3 }],
    ['?lang=xx&page=methode', { headings: 6, buttons: 0, labels: 0 }],
  ])(
    'at %s too, every heading, button and label is its words, none of French or English',
    async (search, least) => {
      await renderPage(search);
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(xx.title);
      // The comparison's sentence, or the methodology's heading (the page loads on first use: its
      // module is transformed then, which takes seconds on a busy machine): the page asked for is
      // shown.
      if (search.includes('pick')) expect(document.body.textContent).toContain(accent(' spends '));
      else
        expect(
          await screen.findByRole('heading', { name: xxMethod.heading }, { timeout: 15_000 }),
        ).toBeInTheDocument();
      expectOnlyPseudoWords(least);
    },
  );

  it('offers every registered language, each named in its own, the page’s own pressed', async () => {
    const user = userEvent.setup();
    await renderPage('?lang=xx');
    const group = screen.getByRole('group', { name: xx.language.choose });
    const buttons = Array.from(group.querySelectorAll('button'));
    expect(buttons.map((b) => [b.textContent, b.lang, b.getAttribute('aria-pressed')])).toEqual([
      ['Français', 'fr', 'false'],
      ['English', 'en', 'false'],
      [pseudoLanguage.name, 'xx', 'true'],
    ]);
    expect(buttons[1]).toHaveAttribute('title', languageOf('en').show);
    await user.click(buttons[1] as HTMLButtonElement);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(CATALOGUES.en.title);
    expect(document.documentElement.lang).toBe('en');
  });
});
