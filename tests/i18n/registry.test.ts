import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LANG,
  LANGS,
  isLang,
  languageOf,
  languages,
  registerLanguage,
} from '../../src/lib/i18n/registry';
import { formatFor, i18nFor, messagesFor } from '../../src/lib/i18n/catalogues';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { loadedMessages } from '../../src/lib/i18n/load';
import { fromSearch, toSearch, defaultParams } from '../../src/lib/state/url';
import { registerPseudo, xx } from './pseudo';

describe('the language registry', () => {
  it('lists French then English, French the default', () => {
    expect(LANGS).toEqual(['fr', 'en']);
    expect(DEFAULT_LANG).toBe('fr');
    expect(languages().map((l) => [l.code, l.locale, l.name, l.data])).toEqual([
      ['fr', 'fr-FR', 'Français', 'fr'],
      ['en', 'en-GB', 'English', 'en'],
    ]);
  });

  it.each([
    ['fr', true],
    ['en', true],
    ['EN', false],
    ['de', false],
    ['', false],
    [null, false],
    [undefined, false],
    [1, false],
  ])('isLang(%o) is %s', (code, expected) => {
    expect(isLang(code)).toBe(expected);
  });

  it('gives the default language for a code not registered', () => {
    expect(languageOf('de').code).toBe('fr');
    expect(loadedMessages('en')).toEqual(en);
    expect(loadedMessages('de')).toEqual(fr);
    expect(messagesFor('de')).toBe(loadedMessages('fr'));
  });

  it('reads ?lang= through it, and writes only what is not the default', () => {
    expect(fromSearch('?lang=en').lang).toBe('en');
    expect(fromSearch('?lang=de').lang).toBe('fr');
    expect(fromSearch('?lang=').lang).toBe('fr');
    expect(toSearch({ ...defaultParams, lang: 'en' })).toBe('?lang=en');
    expect(toSearch({ ...defaultParams, lang: 'fr' })).toBe('');
  });

  it('takes a language at run time, and gives it back', async () => {
    const unregister = await registerPseudo();
    try {
      expect(LANGS).toEqual(['fr', 'en', 'xx']);
      expect(isLang('xx')).toBe(true);
      expect(fromSearch('?lang=xx').lang).toBe('xx');
      expect(toSearch({ ...defaultParams, lang: 'xx' })).toBe('?lang=xx');
      expect(i18nFor(() => 'xx').t).toEqual(xx);
      // Its numbers: the locale's digits, its catalogue's words.
      expect(formatFor('xx').count(100000)).toBe('100,000');
      expect(() => registerLanguage({ ...languageOf('xx') })).toThrow(/already registered/);
    } finally {
      unregister();
    }
    expect(LANGS).toEqual(['fr', 'en']);
    expect(isLang('xx')).toBe(false);
    // Taken out once: a second call takes no other language out.
    unregister();
    expect(LANGS).toEqual(['fr', 'en']);
  });
});
