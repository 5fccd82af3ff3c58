import { afterAll, describe, expect, it } from 'vitest';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { i18nFor, messagesFor } from '../../src/lib/i18n/catalogues';
import { loadMethodWords } from '../../src/lib/i18n/load';
import { CATALOGUES, METHOD_WORDS, allWords } from './shipped';
import { languages } from '../../src/lib/i18n/registry';
import { nb } from './spaces';
import { samples } from './samples';
import { registerPseudo } from './pseudo';

// Every registered catalogue is checked, one registered at run time too (the pseudo-locale), each
// with its words of the methodology page (loaded apart, with that page).
const unregister = await registerPseudo();
afterAll(unregister);

type Leaf = { path: string; value: unknown };

/** Every leaf (string or function) of a catalogue, by dotted path. */
function leaves(node: unknown, path = ''): Leaf[] {
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  }
  return [{ path, value: node }];
}

const frLeaves = new Map(leaves(allWords(fr, METHOD_WORDS.fr)).map((l) => [l.path, l.value]));
/** Every registered language but French, which the others are checked against. */
const others = await Promise.all(
  languages()
    .filter((l) => l.code !== 'fr')
    .map(async (l) => {
      const words = allWords(messagesFor(l.code), await loadMethodWords(l.code));
      return [l.code, new Map(leaves(words).map((x) => [x.path, x.value]))] as const;
    }),
);

describe('message catalogues', () => {
  it('are every registered language’s, each saying which it is', () => {
    expect(languages().map((l) => l.code)).toEqual(['fr', 'en', 'xx']);
    for (const l of languages()) expect(messagesFor(l.code).lang, l.code).toBe(l.code);
  });

  it.each(others)('have exactly the same keys in French and %s', (_code, other) => {
    expect([...other.keys()].sort()).toEqual([...frLeaves.keys()].sort());
    expect(frLeaves.size).toBeGreaterThanOrEqual(90);
  });

  it.each(others)('have the same kind of value and arity for every key in %s', (_code, other) => {
    for (const [path, value] of frLeaves) {
      const twin = other.get(path);
      expect(typeof twin, path).toBe(typeof value);
      if (typeof value === 'function' && typeof twin === 'function') {
        expect(twin.length, path).toBe(value.length);
      }
    }
  });

  it.each(others)('translate every string into %s (only symbols may stay)', (_code, other) => {
    const same = [...frLeaves]
      .filter(([path, v]) => typeof v === 'string' && v === other.get(path))
      .map(([path]) => path);
    expect(same).toEqual([]);
  });

  it('are keyed by language, and i18nFor follows the language it reads', () => {
    expect(CATALOGUES.fr.lang).toBe('fr');
    expect(CATALOGUES.en.lang).toBe('en');
    let lang: 'fr' | 'en' = 'fr';
    const i18n = i18nFor(() => lang);
    expect(i18n.f.months(8.5)).toBe(nb('8,5~mois'));
    expect(i18n.t.table.rank).toBe('Rang');
    lang = 'en';
    expect(i18n.f.months(8.5)).toBe(nb('8.5~months'));
    expect(i18n.t.table.rank).toBe('Rank');
    expect(i18n.t.filters.count(42, 144, i18n.f)).toBe('42 of 144 schools');
    // One school is one: « 1 of 1 school », « 1 sur 1 école ».
    expect(i18n.t.filters.count(1, 1, i18n.f)).toBe('1 of 1 school');
    lang = 'fr';
    expect(i18n.t.filters.count(1, 1, i18n.f)).toBe(nb('1~sur 1~école'));
    expect(i18n.t.filters.count(42, 144, i18n.f)).toBe(nb('42~sur 144~écoles'));
    expect(i18n.t.load.report.read(1, 'une.csv', i18n.f)).toBe(nb('1~école lue dans une.csv.'));
    lang = 'en';
    expect(i18n.t.load.report.read(1, 'one.csv', i18n.f)).toBe('1 school read from one.csv.');
    expect(i18n.t.load.report.read(2, 'two.csv', i18n.f)).toBe('2 schools read from two.csv.');
  });

  it('count one school as one, in every sentence a one-school table shows', () => {
    /** The sentences, in one language, with a table of one school and `months` as written. */
    const sentences = (w: typeof fr, months: string, file: string) => [
      w.ranking.alt(1, 'A', 'A'),
      w.strip.alt(1, '5', '5', '5', '5'),
      w.dataFiles.whole('1'),
      w.dataFiles.holds('F', '1', '1'),
      w.rules.below(9, months, '0', '1'),
      w.reference.note('1'),
      w.load.banner.shown(file, '1'),
      w.cite.long(
        { title: 'T', own: true, schools: 1, day: '2026-12-03', link: 'L', sha256: '' },
        'v',
      ),
      w.image.subtitleTop('1', '1'),
      w.image.subtitleTop('1', '144'),
    ];
    expect(sentences(fr, '2,1 mois', 'une.csv')).toEqual([
      nb('Graphique en points~: 1~école classée de A à A.'),
      nb('Diagramme en points de 1~école~: médiane 5, moitié centrale de 5~à 5, moyenne 5.'),
      nb('Télécharger le tableau complet (1~école), dans l’ordre du classement~:'),
      nb('F · 1~sur 1~école'),
      nb('Sous 9~semaines (≈ 2,1~mois)~: 0~sur 1~école affichée'),
      nb('Médianes prises sur l’unique école du tableau, quel que soit le filtre~: sa valeur.'),
      nb('Vous explorez votre tableau «^une.csv^»~: 1~école.'),
      nb(
        '«^T^» (tableau chargé par le lecteur). 1~école classée. Données~: SHA-256~v. Vue citée~: L. Consulté le 3~décembre 2026.',
      ),
      'L’unique école du classement',
      nb('La première des 144~écoles du classement'),
    ]);
    expect(sentences(en, '2.1 months', 'one.csv')).toEqual([
      'Dot chart: 1 school ranked from A to A.',
      'Dot plot of 1 school: median 5, middle half from 5 to 5, mean 5.',
      'Download the whole table (1 school), in ranking order:',
      'F · 1 of 1 school',
      'Under 9 weeks (≈ 2.1 months): 0 of the 1 school shown',
      'Medians over the one school of the table, whatever the filter: its value.',
      'You are exploring your table “one.csv”: 1 school.',
      '“T” (a table loaded by the reader). 1 school ranked. Data: SHA-256 v. View cited: L. Accessed 3 December 2026.',
      'The ranking’s only school',
      'The top school of the ranking’s 144 schools',
    ]);
  });

  it('word every parse problem in both languages', () => {
    const p = {
      kind: 'not-a-number',
      severity: 'error',
      line: 7,
      raw: 'X\tn.c.',
      value: 'n.c.',
    } as const;
    expect(fr.problems['not-a-number'](p)).toBe(
      nb('«^n.c.^» n’est pas un nombre de mois~: l’école est écartée.'),
    );
    expect(en.problems['not-a-number'](p)).toBe(
      '“n.c.” is not a number of months: the school is left out.',
    );
  });
});

/** The argument lists of `samples` for the function at a dotted path of the catalogue. */
function samplesAt(path: string): readonly unknown[][] {
  let node: unknown = samples;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(node) ? (node as unknown[][]) : [];
}

/** Every text of the French catalogue: its strings, and each function's result on its samples. */
const frTexts = [...frLeaves].flatMap(([path, value]) => {
  if (typeof value === 'string') return [{ path, text: value }];
  if (typeof value !== 'function') return [];
  return samplesAt(path).map((args) => ({ path, text: String(value(...args)) }));
});

describe('the French catalogue’s spaces', () => {
  it('has samples to call every function with', () => {
    const none = [...frLeaves]
      .filter(([path, value]) => typeof value === 'function' && samplesAt(path).length === 0)
      .map(([path]) => path);
    expect(none).toEqual([]);
    expect(frTexts.length).toBeGreaterThan(frLeaves.size);
  });

  it('has no plain space before : ; ! ? » or after «, in any string or result', () => {
    // Column headers and file words only go into downloaded files, as written (see below).
    const shown = frTexts.filter(({ path }) => !/^download\.(columns|files)\./.test(path));
    expect(shown.length).toBeGreaterThan(300);
    const breakable = shown.filter(({ text }) => / [:;!?»]|« /.test(text));
    expect(breakable).toEqual([]);
  });

  it('has no plain space between a number and the word after it, in any string or result', () => {
    const shown = frTexts.filter(({ path }) => !/^download\.(columns|files)\./.test(path));
    const numbered = shown.filter(({ text }) => /\d[ \u00a0]\p{L}/u.test(text));
    expect(numbered.length).toBeGreaterThan(20);
    const breakable = numbered.filter(({ text }) => /\d \p{L}/u.test(text));
    expect(breakable).toEqual([]);
  });

  it('sets the spaces of the words around names, and of the names within them', () => {
    expect(fr.filters.tiedWith('École X : « Y »')).toBe(nb('Ex æquo avec École X~: «^Y^»'));
    expect(fr.download.link('https://example.org/?q=a%20b')).toBe(
      nb('Lien~: https://example.org/?q=a%20b'),
    );
  });

  it('keeps the download’s column headers and file words as written', () => {
    // None of them has a mark today; `typeset` is told to keep them (tests/i18n/typography.test.ts).
    expect(fr.download.columns.tieSize).toBe('Ex æquo (nombre d’écoles)');
    expect(Object.values(fr.download.columns).join('')).not.toMatch(/[\u00a0\u202f]/);
    expect(fr.download.files.semicolon).toBe('point-virgule');
  });

  it('leaves the English catalogue as written', () => {
    // English sets no space before a colon, and a plain one between a number and its word.
    expect(en.problemsPanel.separator).toBe(': ');
    expect(en.problemsPanel.heading('3', 3)).toBe('3 problems in the table');
    expect(fr.problemsPanel.separator).toBe(nb('~: '));
    expect(fr.problemsPanel.heading('3', 3)).toBe(nb('3~problèmes dans le tableau'));
  });
});

describe('plurals are spelled out, never "(s)"', () => {
  it.each([
    [fr.histogram.bar('1', '2', '3'), 'école de 2'],
    [fr.histogram.bar('12', '2', '3'), 'écoles de 2'],
    [fr.ties.sentence('2', '3 mois', '34e', '34', '35'), '2 écoles ont 3 mois'],
    [fr.problemsPanel.more('1', 1), 'et 1 autre problème non affiché.'],
    [fr.problemsPanel.more('3', 3), 'et 3 autres problèmes non affichés.'],
    [en.histogram.bar('1', '2', '3'), '1 school from 2'],
    [en.histogram.bar('12', '2', '3'), '12 schools from 2'],
    [en.ties.sentence('2', '3 months', '34th', '34', '35'), '2 schools have 3 months'],
    [en.problemsPanel.more('1', 1), 'and 1 more problem not shown.'],
    [en.problemsPanel.more('3', 3), 'and 3 more problems not shown.'],
    [fr.problemsPanel.heading('2\u202f500', 2500), '2 500 problèmes dans le tableau'],
    [en.problemsPanel.heading('2,500', 2500), '2,500 problems in the table'],
  ])('%s says %s', (text, part) => {
    expect(text.replace(/[\u00a0\u202f]/g, ' ')).toContain(part);
    expect(text).not.toContain('(s)');
  });
});
