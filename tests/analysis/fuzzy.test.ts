import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  closeMatches,
  editsAllowed,
  fuzzyIndex,
  fuzzyIndexSteps,
  partialMatches,
  prefixDistance,
} from '../../src/lib/analysis/fuzzy';
import { filterIndex } from '../../src/lib/analysis/filter';
import { currentNameOf, parseCurrentNames } from '../../src/lib/data/names';
import { buildDataset } from '../../src/lib/dataset';
import { seedText } from '../seed-text';

const schools = buildDataset(seedText).ranking.schools;
// The app's index: printed names and the current names of data/noms-actuels.csv.
const renamed = parseCurrentNames(
  readFileSync(fileURLToPath(new URL('../../data/noms-actuels.csv', import.meta.url)), 'utf8'),
);
const keys = filterIndex(
  schools,
  () => '',
  (s) => {
    const r = currentNameOf(renamed.byName, s.name);
    return r ? [r.current] : [];
  },
).keys;
const index = fuzzyIndex(keys);
const close = (query: string, limit = 8) =>
  closeMatches(schools, index, query, limit).map((m) => [m.item.name, m.edits, m.meant]);

const partial = (query: string, limit = 8) =>
  partialMatches(schools, index, query, limit).map((m) => [m.item.name, m.edits, m.meant]);

describe('prefixDistance', () => {
  it.each([
    ['sant', 'saint', 1, 1],
    ['pari', 'paris', 1, 0],
    ['lyion', 'lyon', 1, 1],
    ['polytecnique', 'polytechnique', 2, 1],
    ['ecloe', 'ecole', 1, 1],
    ['centarle', 'centrale', 2, 1],
    ['xyz', 'abc', 0, 1],
    ['', 'abc', 0, 0],
    ['abcdef', 'ab', 2, 3],
    ['mines', 'enise', 1, 2],
  ])('prefixDistance(%j, %j, %i) gives %i', (typed, word, max, expected) => {
    expect(prefixDistance(typed, word, max)).toBe(expected);
  });
});

describe('editsAllowed', () => {
  it.each([
    ['st', 0],
    ['ecl', 0],
    ['sant', 1],
    ['lyion', 1],
    ['polyte', 2],
  ])('editsAllowed(%j) gives %i', (word, expected) => {
    expect(editsAllowed(word)).toBe(expected);
  });
});

describe('fuzzyIndex', () => {
  it('lists each word once, and each school its own words', () => {
    const idx = fuzzyIndex(
      new Map([
        ['a', 'mines saint etienne'],
        ['b', 'enise saint etienne | x'],
      ]),
    );
    expect(idx.vocab).toEqual(['mines', 'saint', 'etienne', 'enise', 'x']);
    expect(idx.words.get('a')).toEqual([0, 1, 2]);
    expect(idx.words.get('b')).toEqual([3, 1, 2, 4]);
  });
});

describe('fuzzyIndexSteps', () => {
  it('pauses after every `every` keys, then gives the index fuzzyIndex gives', () => {
    const keys = new Map([
      ['a', 'mines saint etienne'],
      ['b', 'enise saint etienne | x'],
      ['c', 'mines ales'],
      ['d', 'ales'],
      ['e', 'x y'],
    ]);
    const steps = fuzzyIndexSteps(keys, 2);
    let pauses = 0;
    let step = steps.next();
    for (; step.done !== true; step = steps.next()) pauses += 1;
    // A pause after the 2nd and the 4th key.
    expect(pauses).toBe(2);
    expect(step.value).toEqual(fuzzyIndex(keys));
    expect(step.value.vocab).toEqual(['mines', 'saint', 'etienne', 'enise', 'x', 'ales', 'y']);
    expect(step.value.words.get('e')).toEqual([4, 6]);
  });
});

describe('closeMatches', () => {
  it('finds « mines sant etienne » as Mines Saint-Etienne, one typo, and corrects the query', () => {
    expect(close('mines sant etienne')).toEqual([
      ['Mines Saint-Etienne', 1, 'mines saint etienne'],
    ]);
  });

  it('puts Ecole polytechnique before a longer name for « polytecnique »', () => {
    expect(close('polytecnique')).toEqual([
      ['Ecole polytechnique', 1, 'polytechnique'],
      ['Institut polytechnique Lasalle Beauvais', 1, 'polytechnique'],
    ]);
  });

  it('finds « centrale lyion » as Centrale Lyon, before the other Centrales it does not fit', () => {
    expect(close('centrale lyion')).toEqual([['Centrale Lyon', 1, 'centrale lyon']]);
  });

  it('finds a current name from the start of its words: « telecom pari » is Télécom Paris', () => {
    expect(close('telecom pari')[0]).toEqual(['ENST Paris', 0, 'telecom pari']);
  });

  it('spells out « st » and keeps it as typed', () => {
    expect(close('mines st etiene')).toEqual([['Mines Saint-Etienne', 1, 'mines st etienne']]);
  });

  it('weighs the first 12 words typed only: a pasted text costs 12 passes, not one a word', () => {
    // « mines sant etienne » 4 times (12 words, each close to Mines Saint-Etienne's), then words
    // no name comes close to.
    const pasted = `${'mines sant etienne '.repeat(4)}${'zzzz '.repeat(500)}`;
    expect(close(pasted)).toEqual([
      ['Mines Saint-Etienne', 4, 'mines saint etienne '.repeat(4).trim()],
    ]);
    expect(close(`zzzz ${pasted}`)).toEqual([]);
  });

  it('allows no typo in a word of three letters or fewer', () => {
    expect(close('xyz')).toEqual([]);
  });

  it('gives nothing for an empty query or a limit of 0', () => {
    expect(close('')).toEqual([]);
    expect(close('  — ')).toEqual([]);
    expect(close('centrale lyion', 0)).toEqual([]);
  });

  it('keeps at most `limit`, fewest typos first', () => {
    const all = close('centrale', 50);
    expect(close('centrale', 2)).toEqual(all.slice(0, 2));
    const edits = all.map(([, e]) => e as number);
    expect(edits).toEqual([...edits].sort((a, b) => a - b));
  });
});

describe('partialMatches', () => {
  // Worked out from the published table's names (and data/noms-actuels.csv's): « chimie » starts a
  // word of 4 of the 144 names, « paris » of 7 (Centrale, ENST, Mines, ESPCI, ISEP, Polytech, ESTP;
  // not AgroParisTech nor « sudparis »), « ecole » of 7, « toulouse » of 4; none holds two of them.
  const chemistry = [
    // Each name's words beside « chimie »: 2, 2, 2, then 3 (« clermont ferrand »).
    ['ENSCP Chimie Bordeaux', 0, 'chimie'],
    ['ENSCL Chimie Lille', 0, 'chimie'],
    ['ENSCR Chimie Rennes', 0, 'chimie'],
    ['ENSCC Chimie Clermont-Ferrand', 0, 'chimie'],
  ];

  it('gives the schools of chemistry for « chimie paris »: the rarer word weighs more', () => {
    expect(close('chimie paris')).toEqual([]);
    // ln(144 / 4) = 3.58 against ln(144 / 7) = 3.02 for « paris ».
    expect(partial('chimie paris')).toEqual(chemistry);
    expect(partialMatches(schools, index, 'chimie paris', 8).every((m) => m.partial)).toBe(true);
  });

  it('leaves the fillers out: « école de chimie de paris » is « chimie » too', () => {
    // « de » starts a word of 8 names (« des ponts », « Val-de-Loire »…): left out, it cannot
    // outweigh « chimie » together with « ecole » (ENPC, Louis de Broglie, Poitiers), which
    // weighs a tenth of its rarity (below).
    expect(partial('école de chimie de paris')).toEqual(chemistry);
  });

  it('weighs a word of a school’s kind (« école », « supérieure ») a tenth', () => {
    // « centrale » comes close to a word of 8 names: « centrale » or « centralesupelec » (Centrale
    // Paris, SUPELEC, Centrale Nantes, Lille, Lyon, Marseille), and « centre », two letters
    // dropped, of the 2 now « INSA Centre Val de Loire »; « ecole » starts a word of 7. At full
    // weight « ecole » (ln(144 / 7) = 3.02) would outweigh « centrale » (ln(144 / 8) = 2.89); a
    // tenth of it does not. Fewest typos first, then fewest words left over: 1 each (SUPELEC's
    // « supelec »…), Centrale Paris's 2; then the two « centre », 2 typos each.
    expect(partial('ecole centrale')).toEqual([
      ...[
        'SUPELEC',
        'Centrale Nantes',
        'Centrale Lille',
        'Centrale Lyon',
        'Centrale Marseille',
        'Centrale Paris',
      ].map((n) => [n, 0, 'centrale']),
      ['ENI Val-de-Loire', 2, 'centre'],
      ['ENSI Bourges', 2, 'centre'],
    ]);
    // « mines » starts a word of 7 names; by the words left over (« imt » and a current name's
    // words count): Paris, Nancy (1); Saint-Etienne, Alès (2); Nantes, Albi (3); Douai (4).
    expect(partial('ecole des mines')).toEqual(
      [
        'Mines Paris',
        'Mines Nancy',
        'Mines Saint-Etienne',
        'Mines Alès',
        'Mines Nantes',
        'Mines Albi-Carmaux',
        'Mines Douai',
      ].map((n) => [n, 0, 'mines']),
    );
    // « ecole » and « superieure » together (2 names) a tenth of 3.02 + 4.28; « chimie » 3.58.
    expect(partial('école nationale supérieure de chimie')).toEqual(chemistry);
  });

  it('still finds names by words of their kind when nothing else comes close', () => {
    // « nationale » starts no word: « ecole » alone, its 7 names, Ecole polytechnique and Ecole
    // navale first (one word left over each).
    expect(partial('ecole nationale').slice(0, 2)).toEqual([
      ['Ecole polytechnique', 0, 'ecole'],
      ['Ecole navale', 0, 'ecole'],
    ]);
  });

  it('corrects a typo in the words it keeps', () => {
    expect(partial('chimei paris')).toEqual(chemistry.map(([n]) => [n, 1, 'chimie']));
  });

  it('leaves out a word nothing comes close to: « n7 toulouse »', () => {
    // By the name's words left over: INSA (1), ENSICA with « isae supaero » (3), then the ICAM and
    // Purpan (4 each) in rank order.
    expect(partial('n7 toulouse')).toEqual([
      ['INSA Toulouse', 0, 'toulouse'],
      ['ENSICA Toulouse', 0, 'toulouse'],
      ['Groupe ICAM Lille Nantes Toulouse', 0, 'toulouse'],
      ["Ecole d'ingénieurs Purpan Toulouse", 0, 'toulouse'],
    ]);
  });

  it('weighs the first 12 words kept only', () => {
    // 11 words nothing comes close to, then « chimie » 12th and « paris » 13th: « paris » is not
    // weighed, and « chimie » alone comes close to the 4.
    const words = Array.from({ length: 11 }, (_, i) => `zz${'q'.repeat(i + 2)}`).join(' ');
    expect(partial(`${words} chimie paris`)).toEqual(chemistry);
    expect(partial(`${words} zzzzz chimie paris`)).toEqual([]);
  });

  it('keeps at most `limit`', () => {
    expect(partial('chimie paris', 2)).toEqual(chemistry.slice(0, 2));
    expect(partial('chimie paris', 0)).toEqual([]);
  });

  it('gives nothing for one word, fillers only, or words nothing comes close to', () => {
    expect(partial('chimie')).toEqual([]);
    expect(partial('paris paris')).toEqual([]);
    expect(partial('de la')).toEqual([]);
    expect(partial('xyzzy qwxz')).toEqual([]);
  });
});
