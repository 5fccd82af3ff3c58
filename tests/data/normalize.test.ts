import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../src/lib/data/hash';
import { cleanName, foldName, nameKey, slugify, slugKey } from '../../src/lib/data/normalize';

describe('cleanName', () => {
  it.each([
    ['CPE Lyon', 'CPE Lyon'],
    ['  CPE Lyon  ', 'CPE Lyon'],
    ['CPE   Lyon', 'CPE Lyon'],
    ['\u00a0CPE\u202fLyon\u00a0', 'CPE Lyon'],
    ['\tCPE\t\tLyon\t', 'CPE Lyon'],
    ['Ecole\nnavale', 'Ecole navale'],
    ['Ecole\r\n  navale', 'Ecole navale'],
    ['', ''],
    ['   ', ''],
  ])('cleanName(%j) gives %j', (input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });
});

describe('cleanName and nameKey on invisible characters', () => {
  it.each([
    ['a\u200bb', 'ab'],
    ['a\u0085b', 'ab'],
    ['\u0001Ecole\u0007 A\u007f', 'Ecole A'],
    ['Eco\u200cle\u200d A', 'Ecole A'],
    ['\u202eEcole A\u202c', 'Ecole A'],
    ['\u2066\u200fEcole\u2069 \u200eA\u061c', 'Ecole A'],
    ['\u2060Ecole\ufeff A', 'Ecole A'],
    ['\u200b \u200b', ''],
    ['جامعة القاهرة', 'جامعة القاهرة'],
    ['\u202bאוניברסיטת תל אביב\u202c', 'אוניברסיטת תל אביב'],
  ])(
    'cleanName(%j) gives %j: controls, zero-width and bidi controls removed',
    (input, expected) => {
      expect(cleanName(input)).toBe(expected);
      expect(nameKey(input).name).toBe(expected);
    },
  );

  it('nameKey of a name with invisible characters has the slug of the name without them', () => {
    expect(nameKey('E\u200bcole\u202e  A').key).toEqual(nameKey('Ecole A').key);
    expect(foldName('\u200bÉCOLE\u00a0a')).toBe('ecole a');
  });
});

describe('cleanName on every kind of whitespace', () => {
  it.each([
    ['a\u2003b', 'a b'],
    ['a\u3000\u3000b', 'a b'],
    ['\ufeffa', 'a'],
    ['É cole', 'É cole'],
    ['a ', 'a'],
    [' ', ''],
  ])('cleanName(%j) gives %j, as /\\s/ sees spaces', (input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });
});

describe('foldName', () => {
  it.each([
    ['CPE Lyon', 'cpe lyon'],
    ['École Centrale', 'ecole centrale'],
    ['ENPC (Ecole des ponts et chaussées)', 'enpc ecole des ponts et chaussees'],
    ["Polytech'Nantes", 'polytech nantes'],
    ["Polytech' Montpellier", 'polytech montpellier'],
    ['Mines Alès', 'mines ales'],
    ['ISIFC Besançon', 'isifc besancon'],
    ['Cœur Ænergie', 'coeur aenergie'],
    ['ŒUVRE', 'oeuvre'],
    ['Straße', 'strasse'],
    ['e\u0301cole', 'ecole'],
    ['  a -- b__c  ', 'a b c'],
    ['Télécom Lille 1', 'telecom lille 1'],
    ['A\u00a0B\u202fC', 'a b c'],
    ['東京 大学', '東京 大学'],
    ['a 😀 b', 'a b'],
    ['---', ''],
    ['', ''],
  ])('foldName(%j) gives %j', (input, expected) => {
    expect(foldName(input)).toBe(expected);
  });

  it('foldName makes "École" and "ECOLE" equal', () => {
    expect(foldName('École')).toBe(foldName('ECOLE'));
  });
});

describe('slugify', () => {
  it.each([
    ['CPE Lyon', 'cpe-lyon'],
    ['ENPC (Ecole des ponts et chaussées)', 'enpc-ecole-des-ponts-et-chaussees'],
    ["Polytech'Nantes", 'polytech-nantes'],
    ['Cœur', 'coeur'],
    ['3IL Limoges', '3il-limoges'],
    ['ж x', 'x'],
    ['x ж y', 'x-y'],
    ['東京 大学', 'school'],
    ['---', 'school'],
    ['', 'school'],
  ])('slugify(%j) gives %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('slugify and foldName of 5,000 Hangul syllables (three letters each once folded) then "a b"', () => {
    const name = `${'한'.repeat(5000)} a b`;
    expect(slugify(name)).toBe('a-b');
    expect(foldName(name)).toBe(`${'\u1112\u1161\u11ab'.repeat(5000)} a b`);
  });

  it('slugify of a 20,000-character name gives the whole slug', () => {
    expect(slugify('É'.repeat(20_000))).toBe('e'.repeat(20_000));
  });
});

describe('slugKey', () => {
  it('slugKey("CPE Lyon") gives the slug, its hash and no separate folded form', () => {
    expect(slugKey('CPE Lyon')).toEqual({
      slug: 'cpe-lyon',
      hash: hashString('cpe-lyon'),
      folded: null,
    });
  });

  it('slugKey("東京 x") gives the slug, its hash and the folded form it cannot stand for', () => {
    expect(slugKey('東京 x')).toEqual({ slug: 'x', hash: hashString('x'), folded: '東京 x' });
  });
});

describe('nameKey', () => {
  it.each([
    'CPE Lyon',
    '  CPE   Lyon ',
    '\u00a0École\u202fCentrale\t',
    'A\u2003B',
    ' ',
    '',
    '東京  x',
    'a\u200bb',
  ])('nameKey(%j) gives cleanName and the slugKey of the clean name', (raw) => {
    const name = cleanName(raw);
    expect(nameKey(raw)).toEqual({ name, key: slugKey(name) });
  });

  it('nameKey of a clean name gives the very string back', () => {
    const raw = 'ENPC (Ecole des ponts et chaussées)';
    expect(nameKey(raw).name).toBe(raw);
  });
});

describe('slugKey and nameKey on accented Latin names (property)', () => {
  // Letters whose NFD is an ASCII letter and marks, digits, the gaps a French name has (apostrophe,
  // hyphen, degree, middle dot, spaces, a tab), a combining accent, and letters folded to two
  // (œ, æ) or to a letter that is not plain (ß → ss is plain; 東 is not).
  const letters = [
    ...'AaEeZz09ÀÁÂÄÇÈÉÊËÎÏÔÖÙÛÜàáâäçèéêëîïôöùûüÿĀāČčĘęİŁłŒœÆæßŠšŽž東',
    "'",
    '-',
    '°',
    '·',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u0301',
    '\u200b',
  ];
  const names = fc.array(fc.constantFrom(...letters), { maxLength: 24 }).map((xs) => xs.join(''));

  /** The fold written apart from the parser's: NFD, marks and invisible characters out, lower
   *  case, ligatures spelt out, runs of anything but letters and digits → one space. */
  const folded = (s: string): string =>
    s
      .replace(/\u200b/g, '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(/ß/g, 'ss')
      .replace(/ł/g, 'l')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();

  it('slugKey(name) gives the fold with `-` for spaces, and the fold apart only when not plain', () => {
    fc.assert(
      fc.property(names, (name) => {
        const fold = folded(name);
        const plain = /^[a-z0-9 ]+$/.test(fold);
        const slug = fold.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'school';
        expect(slugKey(name)).toEqual({
          slug,
          hash: hashString(slug),
          folded: plain ? null : fold,
        });
        expect(foldName(name)).toBe(fold);
      }),
    );
  });

  it('nameKey(name) gives cleanName(name) and its slugKey', () => {
    fc.assert(
      fc.property(names, (name) => {
        const { name: clean, key } = nameKey(name);
        expect(clean).toBe(cleanName(name));
        expect(key).toEqual(slugKey(clean));
      }),
    );
  });
});
