import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsOf, ownGap, readProfiles } from '../../src/lib/context/profiles';
import { parseTable } from '../../src/lib/data/parse';
import json from '../../data/profils.json';
import { sharedPath } from '../shared';

const data = readProfiles(json);
const RANKING = readFileSync(
  new URL('../../data/classement-ecoles-ingenieurs-international.txt', import.meta.url),
  'utf8',
);
/** A text with every run of whitespace (the source's line ends and layout) as one space. */
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
const digits = (s: string): string[] => s.match(/\d+/g) ?? [];

describe('data/profils.json', () => {
  it('reads whole: two schools, 8 facts each, nothing left out', () => {
    expect(data.schools.map((s) => [s.ecole, s.facts.length])).toEqual([
      ['Mines Saint-Etienne', 8],
      ['ENST Paris', 8],
    ]);
    const raw = json as { schools: { facts: unknown[] }[] };
    expect(raw.schools.map((s) => s.facts.length)).toEqual([8, 8]);
  });

  it('names schools exactly as printed in the ranking', () => {
    const printed = parseTable(RANKING).schools.map((s) => s.name);
    for (const s of data.schools) expect(printed, s.ecole).toContain(s.ecole);
  });

  it('gives each fact a unique id, and each source a French and English title', () => {
    for (const s of data.schools) {
      const ids = s.facts.map((f) => f.id);
      expect(new Set(ids).size, s.ecole).toBe(ids.length);
      for (const f of s.facts) expect(Object.keys(data.sources), f.id).toContain(f.source);
    }
    expect(Object.keys(data.sources)).toEqual([
      '002_254d1db0dfb1bd6a.txt',
      '003_a69c97f0fe2c2b03.txt',
    ]);
  });

  it('states no number in a value that its quote does not hold', () => {
    for (const s of data.schools) {
      for (const f of s.facts) {
        for (const d of [...digits(f.value.fr), ...digits(f.value.en)]) {
          expect(digits(f.quote), `${s.ecole} ${f.id}: ${d}`).toContain(d);
        }
      }
    }
  });

  it('takes each school’s own figure from one of its facts, whose quote holds the number', () => {
    const mines = factsOf(data, 'Mines Saint-Etienne');
    const telecom = factsOf(data, 'enst paris');
    expect(mines?.own).toEqual({ kind: 'average', months: 10, fact: 'duree' });
    expect(telecom?.own).toEqual({ kind: 'minimum', weeks: 11, fact: 'duree-min' });
    for (const s of [mines, telecom]) {
      const own = s?.own;
      const f = s?.facts.find((x) => x.id === own?.fact);
      const n = own?.kind === 'average' ? own.months : own?.weeks;
      expect(digits(f?.quote ?? ''), s?.ecole).toContain(String(n));
    }
  });
});

describe('quotes in data/profils.json, against ../shared/seeds', () => {
  it.each(data.schools.flatMap((s) => s.facts.map((f) => [s.ecole, f.id, f] as const)))(
    '%s, %s: the quote stands word for word in its source',
    (_school, _id, f) => {
      const source = readFileSync(sharedPath('seeds', f.source), 'utf8');
      expect(flat(source)).toContain(flat(f.quote));
      // Verbatim but for line ends: no character of the quote was retyped (quotes, apostrophes, spaces).
      expect(f.quote).toBe(flat(f.quote));
    },
  );

  it('the sourced figures are the ones the brief names, found in the seeds', () => {
    const quotes = data.schools.flatMap((s) => s.facts.map((f) => f.quote)).join(' | ');
    for (const s of [
      '10 mois en moyenne',
      'Environ 150 accords',
      '30 % d’étudiants étrangers',
      'Plus de 35 nationalités',
      'Ils sont 25 %',
      'est de 11 semaines',
      '140 Partenaires',
      '41 Pays',
      'réseau ATHENS',
      'Erasmus',
      'double-diplôme',
    ]) {
      expect(quotes).toContain(s);
    }
  });
});

describe('readProfiles', () => {
  it('leaves out what is malformed and never throws', () => {
    expect(readProfiles(null)).toEqual({ sources: {}, schools: [] });
    expect(readProfiles('x')).toEqual({ sources: {}, schools: [] });
    const d = readProfiles({
      sources: { a: { fr: 'A', en: 'A' }, b: { fr: 'B' } },
      schools: [
        { ecole: 'X', own: { kind: 'average', months: 'ten', fact: 'f' }, facts: [{ id: 'f' }, 3] },
        { facts: [] },
        {
          ecole: 'Y',
          own: { kind: 'minimum', weeks: 11, fact: 'g' },
          facts: [
            {
              id: 'g',
              label: { fr: 'l', en: 'l' },
              value: { fr: 'v', en: 'v' },
              source: 'a',
              quote: 'q',
            },
          ],
        },
      ],
    });
    expect(d.sources).toEqual({ a: { fr: 'A', en: 'A' } });
    expect(d.schools.map((s) => [s.ecole, s.own?.kind ?? null, s.facts.length])).toEqual([
      ['X', null, 0],
      ['Y', 'minimum', 1],
    ]);
  });
});

describe('ownGap', () => {
  it('Mines Saint-Etienne: 10 months on average said, 8 in the ranking: 2 months apart', () => {
    expect(ownGap({ kind: 'average', months: 10, fact: 'f' }, 8)).toEqual({
      kind: 'average',
      own: 10,
      ranking: 8,
      gap: 2,
    });
  });

  it('Télécom Paris: at least 11 weeks (≈ 2.5 months), 9 months in the ranking: 6.5 more', () => {
    expect(ownGap({ kind: 'minimum', weeks: 11, fact: 'f' }, 9)).toEqual({
      kind: 'minimum',
      weeks: 11,
      own: 2.5,
      ranking: 9,
      gap: 6.5,
    });
  });

  it('a ranking above the school’s own average gives a negative gap, rounded', () => {
    expect(ownGap({ kind: 'average', months: 6.1, fact: 'f' }, 6.3).gap).toBe(-0.2);
  });
});
