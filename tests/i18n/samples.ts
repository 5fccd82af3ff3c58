// Arguments to call every function of the French catalogue and methodology words with, in their
// shape: the type makes a function without samples (or with arguments of the wrong type) an error.
// Real schools and facts of the published ranking, and each branch a function has (tied or not, 0,
// 1 or many).
import { insights, type Insights } from '../../src/lib/analysis/insights';
import { comparison, type Comparison } from '../../src/lib/analysis/sentence';
import { rankSchools } from '../../src/lib/analysis/rank';
import type { RankedSchool } from '../../src/lib/analysis/types';
import { readFileSync } from 'node:fs';
import type { Problem } from '../../src/lib/data/types';
import { parseCurrentNames, renamings } from '../../src/lib/data/names';
import { formatFor } from '../../src/lib/i18n/catalogues';
import { seedSchools } from '../analysis/seed';
import type { AllWords } from './shipped';
import { fr } from '../../src/lib/i18n/fr';
import type { ValueFacts } from '../../src/lib/i18n/data-messages';

/** Whether a catalogue node holds a function at any depth. */
type HasFn<T> = T extends (...args: never[]) => unknown
  ? true
  : T extends object
    ? true extends { [K in keyof T]: HasFn<T[K]> }[keyof T]
      ? true
      : false
    : false;

/** For each function of a catalogue, at its place: the argument lists to call it with. */
export type Samples<T> = {
  [K in keyof T as HasFn<T[K]> extends true ? K : never]-?: T[K] extends (
    ...args: infer A
  ) => string
    ? readonly A[]
    : Samples<T[K]>;
};

const f = formatFor('fr');
const all = rankSchools(seedSchools()).schools;
const named = (name: string): RankedSchool => {
  const s = all.find((x) => x.name === name);
  if (!s) throw new Error(`no ${name} in the seed`);
  return s;
};
const lyon = named('Centrale Lyon');
/** The seed's renamed schools by today's name, as the app words them on the method page. */
const renamed = renamings(
  all.map((s) => s.name),
  parseCurrentNames(readFileSync('data/noms-actuels.csv', 'utf8')).byName,
);
const paris = named('Centrale Paris');

// The facts of lists that take every branch of the "Key points" sentences.
const lists = [
  all,
  all.filter((s) => s.name.startsWith('Centrale')),
  ['CPE Lyon', 'Centrale Paris', 'ENSIIE', 'ENSAM'].map(named),
  all.filter((s) => s.months === 6),
  all.filter((s) => s.months <= 3),
];
const many = lists
  .map((l) => insights(l, all.length))
  .filter((x): x is Extract<Insights, { kind: 'many' }> => x?.kind === 'many');
const ties = many.flatMap((x) => (x.largestTie ? [x.largestTie] : []));
const ends = many.flatMap((x) => (x.ends?.kind === 'ends' ? [x.ends] : []));
const spans = many.flatMap((x) => (x.ends?.kind === 'span' ? [x.ends] : []));

const problem: Problem = {
  kind: 'not-a-number',
  severity: 'error',
  line: 7,
  raw: 'X\tn.c.',
  value: 'n.c.',
  expected: 3,
};
/** The same without a value or an expected rank (the words put `?` in their place). */
const bare: Problem = { kind: 'rank-missing', severity: 'warning', line: 7, raw: '' };
const problemArgs: readonly [Problem][] = [[problem], [bare]];

const m = (v: number): string => f.months(v);

/** The comparison of schools by name (analysis/sentence.ts), for the copied sentences. */
const compared = (...names: string[]): Comparison => {
  const c = comparison(names.map(named));
  if (!c) throw new Error('no school to compare');
  return c;
};
const where = 'dans le classement général « les plus ouvertes à l’international »';

/** A citation's facts (export/cite.ts). */
const citeFacts = {
  title: 'Classement général "les plus ouvertes à l\'international"',
  schools: 144,
  sha256: '6dc1c08156fc0e4b2a64bc634c319a7babeb48197f2d6fb6f88cfa6843081eda',
  link: 'https://example.org/ecoles/?q=mines&v=6dc1c08156fc',
  day: '2026-12-01',
};

/** The values a data download's descriptions speak of (i18n/data-messages.ts): the published
 *  ranking's, and a reader's table of percentages where the lowest ranks first. */
const valueFacts = [
  [
    {
      name: 'Mois à l’étranger',
      header: "Temps moyen passé à l'étranger par les étudiants (en mois)",
      unit: 'months',
      higher: true,
      own: false,
    },
  ],
  [{ name: 'Taux d’échec', header: 'Taux', unit: 'percent', higher: false, own: true }],
  [{ name: 'Valeur', header: '', unit: 'other', higher: true, own: true }],
] satisfies [ValueFacts][];

export const samples: Samples<AllWords> = {
  subtitle: [
    [144, f],
    [1, f],
  ],
  numbers: {
    months: [
      ['8,5', 8.5],
      ['1', 1],
    ],
    weeks: [
      ['3', 3],
      ['1,5', 1.5],
      ['1', 1],
    ],
    percent: [['45']],
    ordinal: [[1], [34]],
    rank: [
      ['34e', true],
      ['8e', false],
    ],
  },
  language: { failed: [['English']] },
  summary: { rangeValue: [['1', m(12)]] },
  ranking: {
    tieLabel: [[34, '32', m(6)]],
    tieShort: [['32']],
    rowLabel: [['Centrale Lyon', m(6), '34e ex æquo']],
    tipSpan: [[32, 34, 65]],
    alt: [[144, 'CPE Lyon', 'Centrale Marseille']],
    tipPick: [
      ['mouse', false],
      ['touch', false],
      ['keys', true],
    ],
  },
  histogram: { bar: [['3', '2', m(3)]] },
  strip: { alt: [[144, m(6), m(4), m(8), m(6.1)]] },
  table: {
    sortBy: [['Rang']],
    sortChoice: [['Centile', 'décroissant']],
    details: [['Centrale', '95']],
  },
  filters: {
    panel: [[0], [1], [3]],
    tiedWith: [['Centrale Lyon']],
    count: [
      [42, 144, f],
      [1, 1, f],
    ],
  },
  results: {
    first: [['5', '144']],
    none: [
      ['', false],
      ['', true],
      ['chimie paris', false],
      ['chimie paris', true],
    ],
  },
  notFound: {
    didYouMean: [['mines saint etienne']],
    widen: [
      [1, '1'],
      [2, '2'],
    ],
  },
  compare: {
    pick: [['Centrale Lyon']],
    remove: [['Centrale Lyon']],
    tieSpan: [
      [32, 34, 65],
      [1, 8, 8],
    ],
    cardLabel: [['Rang']],
    more: [['Centrale Paris', m(4.5), 'Centrale Lille', '8e', '34e ex æquo']],
    same: [['Centrale Lille', 'Centrale Lyon', m(6), '34e ex æquo']],
    nowCalled: [['CentraleSupélec']],
    added: [['Centrale Lille', 2, 5]],
  },
  annotate: {
    titleHint: [[120]],
    noteHint: [[280]],
    count: [
      [0, 120],
      [1, 280],
      [280, 280],
    ],
    highlightHint: [[10]],
    added: [['Centrale Lyon', 1, 10]],
    full: [[10]],
    remove: [['Centrale Lyon']],
  },
  pinned: {
    alt: [
      [1, '1'],
      [3, '3'],
    ],
  },
  shortlist: {
    add: [['Centrale Lyon']],
    remove: [['Centrale Lyon']],
    count: [
      [0, '0'],
      [1, '1'],
      [12, '12'],
    ],
    elsewhere: [[1], [3]],
    cleared: [[1], [3]],
    compared: [[1], [5]],
    firstOnly: [
      [5, 1],
      [5, 7],
    ],
    key: [[true], [false]],
  },
  dataFiles: {
    whole: [['144']],
    titleShown: [['Les écoles d’ingénieurs les plus ouvertes à l’international']],
    titleWhole: [['Les écoles d’ingénieurs les plus ouvertes à l’international']],
    holds: [
      ['Toutes les écoles', '144', '144'],
      ['Filtre : recherche « centrale »', '6', '144'],
    ],
    own: [['mon-classement.csv']],
    unit: [['months'], ['weeks'], ['percent'], ['count'], ['other']],
    field: [['Fichier', 'ecoles-international-tableau.csv']],
    columns: {
      rank: valueFacts,
      name: valueFacts,
      months: valueFacts,
      tieSize: valueFacts,
      tieFirst: valueFacts,
      tieLast: valueFacts,
      denseRank: valueFacts,
      fractionalRank: valueFacts,
      percentile: valueFacts,
      family: valueFacts,
      position: valueFacts,
      id: valueFacts,
      current: valueFacts,
    },
    notes: {
      rank: valueFacts,
      quartiles: [[{ q1: '5', median: '6', q3: '8', count: '144' }], [null]],
      formats: [
        ['ecoles-international-tableau-point-virgule.csv', 'ecoles-international-tableau.json'],
      ],
      order: [[true], [false]],
    },
  },
  builder: {
    schools: [[5]],
    remove: [['Centrale Lyon']],
    added: [['Centrale Lyon']],
    px: [[320], [640]],
    previewTitle: [['Écoles comparées']],
  },
  compareChart: {
    alt: [['Mois à l’étranger', ['Centrale Paris · 10,5 mois', 'Centrale Lyon · 6 mois']]],
  },
  image: {
    shown: [
      [0, '0'],
      [1, '1'],
      [144, '144'],
    ],
    picked: [
      [0, '0'],
      [1, '1'],
      [3, '3'],
    ],
    capped: [['15']],
    subtitleTop: [['10', '144']],
    subtitlePicked: [
      [1, '1', '144'],
      [3, '3', '144'],
    ],
    preview: [['Carte sociale (1200 × 675 px)']],
  },
  insights: {
    one: [
      [lyon, 144, f],
      [paris, 144, f],
    ],
    atLeast: many.flatMap((x) => (x.atLeast ? [[x.atLeast, f] as const] : [])),
    largestTie: ties.flatMap((t) => [
      [t, f],
      [{ ...t, sameSize: 1 }, f],
      [{ ...t, sameSize: 2 }, f],
    ]),
    noTie: [
      [5, f],
      [1, f],
    ],
    tieSpan: ties.map((t) => [t, f]),
    top: ends.map((e) => [e.top, e.size, f]),
    bottom: ends.map((e) => [e.bottom, e.size, f]),
    span: spans.map((s) => [s, f]),
    shared: [
      ...many.map((x): [typeof x.shared, typeof f] => [x.shared, f]),
      [{ tied: 0, alone: 5, total: 5, share: 0 }, f],
      [{ tied: 4, alone: 1, total: 5, share: 0.8 }, f],
    ],
  },
  method: {
    own: {
      delimiter: [['\t'], [';'], [',']],
      header: [[['Rang', 'École', 'Taux']], [null]],
      column: [
        ['Taux', 3],
        [undefined, 3],
      ],
      columns: [
        ['« École »', '« Taux »', null],
        ['la colonne 2', 'la colonne 3', 'la colonne 1'],
      ],
      measure: [
        ['Taux', 'percent', 'higher'],
        ['Durée', 'weeks', 'lower'],
      ],
    },
    docTitle: [['Les écoles d’ingénieurs']],
    source: {
      checked: [
        [0, f],
        [1, f],
        [3, f],
      ],
    },
    measure: {
      spread: [[5, f]],
      apprentices: [[m(2.08), m(2.77)]],
      conversion: [['4,33']],
    },
    ties: {
      head: [[[12, 12, 12, 12, 11], f]],
      forHead: [[[1, 1, 1, 1, 5], f]],
      percentileDef: [[144, f]],
      exampleHeading: [[32, 6, f]],
      exampleIntro: [[34, 65]],
      exCompetition: [[34, f]],
      exDense: [[13, f]],
      exFractional: [[49.5, 34, 65, f]],
      exPercentile: [[66.08, 144, 49.5, f]],
    },
    quantiles: {
      example: [[144, f]],
      quantile: [
        [0.25, 36.75, 4, f],
        [0.5, 72.5, 5, f],
        [0.75, 108.25, 8, f],
      ],
      topBin: [[12, 12, 13, 5, f]],
      fraction: [[10.5, 10, 11, f]],
    },
    caveats: {
      tie: [[34, 32, 34, 65, f]],
      oneMonth: [[6, 34, 29, 70, f]],
      closest: [[paris, lyon, 0.1, 3, f]],
      names: [
        [renamed, f],
        [renamed.slice(0, 1), f],
        [[], f],
      ],
    },
  },
  download: {
    chart: [['Toutes les écoles, dans l’ordre du classement']],
    working: [['ecoles-international-tableau.csv']],
    saved: [['ecoles-international-tableau.csv']],
    failed: [['ecoles-international-tableau.csv']],
    subtitle: [['Toutes les écoles', '144 écoles']],
    link: [['https://example.org/classement/?q=st%20etienne&lang=fr#tableau']],
    filter: {
      some: [[['recherche « e »', `de 3 à ${m(5)}`]]],
      list: [[[`au moins ${m(3)}`, 'famille Mines']]],
      query: [['st etienne']],
      between: [['3', m(5)]],
      atLeast: [[m(3)]],
      atMost: [[m(1)]],
      families: [[['Mines']], [['Mines', 'Agronomie et alimentation']]],
      tiedWith: [['Centrale Lyon']],
    },
    legend: { picked: [['Centrale Lyon']] },
  },
  embed: {
    frameTitle: [['Le classement en tableau']],
  },
  rules: {
    apprentices: [[9, 12]],
    dates: [[['ENST Paris', 'SUPELEC']], [[]]],
    source: [['001_8e780615fe4fa5cb.txt']],
    conversion: [['4,33', '9', '2,08', '12', '2,77']],
    below: [[9, m(2.1), '8', '144']],
    line: [[9, m(2.1)]],
    alt: [['9 sem. ≈ 2,1 mois', '12 sem. ≈ 2,8 mois']],
  },
  names: { now: [['CentraleSupélec']] },
  own: {
    linkLocal: [['classement 2026.csv']],
    linkData: [['donnees/classement.tsv']],
    embedLocal: [['classement 2026.csv']],
    embedData: [['donnees/classement.tsv']],
    embedSource: [['classement 2026.csv']],
  },
  // Each returns words (an object): tests/i18n/measured.test.ts checks them.
  measure: {
    value: [[{ name: 'Taux de mobilité', unit: 'percent', direction: 'higher' }]],
    own: [['mobilite.csv', { name: 'Taux de mobilité', unit: 'percent', direction: 'lower' }]],
    speak: [
      [
        fr,
        {
          measure: { label: 'Taux de mobilité', unit: 'percent', direction: 'higher' },
          own: true,
          name: 'mobilite.csv',
        },
      ],
    ],
  },
  scale: { firstRows: [['100', '100 000']] },
  social: {
    more: [
      ['1', 1],
      ['138', 138],
    ],
    imageAlt: [['Titre']],
  },
  version: { note: [['0123456789ab', 'ba9876543210']] },
  cite: {
    short: [[citeFacts, '6dc1c08156fc']],
    long: [[citeFacts, '6dc1c08156fc']],
    bibtex: [[citeFacts, '6dc1c08156fc']],
  },
  places: {
    alt: [
      ['100', '144', 12, '12'],
      ['5', '5', 1, '1'],
    ],
    offMap: [
      [44, '44'],
      [1, '1'],
    ],
    excluded: [['44']],
    inRegions: [[['Bretagne']], [['Bretagne', 'Grand Est']]],
    source: [['fr.wikipedia.org']],
  },
  profile: {
    open: [['Centrale Lyon']],
    dialog: [['Centrale Lyon']],
    more: [[m(6.5), m(0.5)]],
    fewer: [[m(5.5), m(0.5)]],
    tied: [[1], [31]],
    belowMinimum: [[m(1), 9, m(2.1)]],
    belowRecommended: [[m(2.5), 12, m(2.8)]],
    meetsRecommended: [[m(6), 12, m(2.8)]],
    gapAverage: [[m(10), m(9), m(1)]],
    sameAverage: [[m(10)]],
    gapMinimum: [
      [12, m(2.8), m(6), m(3.2), true],
      [12, m(2.8), m(2), m(0.8), false],
    ],
    // A source's title from data/profils.json, as written there (plain spaces).
    source: [
      [
        'Télécom Paris, page « Votre formation d’ingénieur : mobilité internationale » (site de l’école)',
        '003_a69c97f0fe2c2b03.txt',
      ],
    ],
  },
  problemsPanel: {
    heading: [
      ['1', 1],
      ['3', 3],
    ],
    line: [[0], [7]],
    next: [
      ['1', 1],
      ['47', 47],
    ],
    more: [['5', 5]],
  },
  problems: {
    empty: problemArgs,
    binary: problemArgs,
    'no-value-column': problemArgs,
    'no-name-column': problemArgs,
    'no-rows': problemArgs,
    'missing-value': problemArgs,
    'not-a-number': problemArgs,
    'empty-name': problemArgs,
    negative: problemArgs,
    implausible: problemArgs,
    duplicate: problemArgs,
    'bad-rank': problemArgs,
    'rank-mismatch': problemArgs,
    'rank-missing': problemArgs,
    'long-name': problemArgs,
    'no-separator': problemArgs,
    'unbalanced-quote': problemArgs,
  },
  // The load controls' words (i18n/load-messages.ts).
  load: {
    severalFiles: [['classement.csv', '3']],
    progressText: [
      ['Lecture', '1,2 Mo', '3,5 Mo'],
      ['Analyse', '35 000 lignes', null],
    ],
    bytes: [['1,2 Mo']],
    rows: [['35 000']],
    reading: [['classement.csv']],
    check: { column: [[3]] },
    withBom: [['UTF-8']],
    preview: { caption: [[1], [8]] },
    report: {
      read: [
        [144, 'classement.csv', f],
        [1, 'une.csv', f],
      ],
      skipped: [['2']],
      duplicates: [['1']],
      suspicious: [['0']],
      ranks: [['3']],
      more: [['12']],
    },
    banner: { shown: [['classement.csv', '144']] },
    errors: {
      'too-large': [['300 Mo', '200 Mo']],
      'too-many-rows': [['1 200 000', '250 000']],
      'not-text': [['une image PNG']],
      fetch: [
        ['tables/2027.csv', '404'],
        ['tables/2027.csv', null],
      ],
      failed: [['out of memory']],
    },
    size: [
      ['3,5', 'MB'],
      ['12', 'B'],
    ],
  },
  reference: {
    sentence: [
      ['Mines Paris', m(7), ['2 de plus que la médiane', '1,5 de plus que celle des Mines'], ''],
      ['Mines Paris', m(7), ['2 de plus que la médiane'], 'au moins les 12 semaines'],
    ],
    all: [
      ['2', 1, m(5)],
      ['0', 0, m(5)],
      ['2,7', -1, m(5)],
    ],
    family: [
      ['1,5', 1, m(5.5), '7', 'mines'],
      ['0', 0, m(6), '5', 'centrale'],
      ['3,7', -1, m(6), '5', 'centrale'],
    ],
    cti: [
      ['below-minimum', { weeks: 9, approx: m(2.1) }, { weeks: 12, approx: m(2.8) }],
      ['below-recommended', { weeks: 9, approx: m(2.1) }, { weeks: 12, approx: m(2.8) }],
      ['meets-recommended', { weeks: 9, approx: m(2.1) }, { weeks: 12, approx: m(2.8) }],
    ],
    note: [['144']],
    point: [['Mines Paris', m(7)]],
    medianAll: [[m(5)]],
    medianFamily: [['Mines', m(5.5)]],
    alt: [['Temps moyen à l’étranger (mois)', ['Mines Paris : 7 mois', 'Médiane : 5 mois']]],
  },
  tie: {
    shared: [['32', m(6), '34e ex æquo', '34', '65']],
    alone: [[m(10.5), '8e']],
    move: [
      [m(0.5), true, m(6.5), '32e ex æquo', '34e ex æquo'],
      [m(0.5), false, m(5.5), '65e ex æquo', '34e ex æquo'],
    ],
    stays: [
      [m(0.5), false, m(10), '8e', '6'],
      [m(1), false, m(3), '8e', '1'],
    ],
    top: [[true], [false]],
    bottom: [[true], [false]],
  },
  sentence: {
    school: [
      [named('ENST Paris'), 144, where, f],
      [paris, 144, where, f],
    ],
    compare: [
      [compared('ENST Paris'), 144, where, f],
      [compared('ENST Paris', 'Mines Saint-Etienne'), 144, where, f],
      [compared('CPE Lyon', 'Centrale Paris', 'ENSIIE'), 144, where, f],
      [compared('ENST Paris', 'ESAIP'), 144, where, f],
    ],
    point: [['Le plus grand groupe d’ex æquo.', 'Source : classement général.']],
    copySchool: [['ENST Paris']],
    copyPoint: [[2, 7]],
  },
  ties: {
    sentence: [['32', m(6), '34e', '34', '65']],
    show: [['32', m(6)]],
    full: [[3]],
  },
  counts: {
    sentence: [
      [{ more: 14, fewer: 125, same: 4 }, 'months', f],
      [{ more: 0, fewer: 140, same: 3 }, 'weeks', f],
      [{ more: 1, fewer: 1, same: 1 }, 'months', f],
      [{ more: 142, fewer: 0, same: 0 }, 'months', f],
      [{ more: 7, fewer: 136, same: 0 }, 'percent', f],
      [{ more: 0, fewer: 1, same: 1 }, 'other', f],
      [{ more: 2, fewer: 0, same: 2 }, 'count', f],
    ],
    of: [
      [named('ENST Paris'), 144, f],
      [paris, 144, f],
    ],
  },
};
