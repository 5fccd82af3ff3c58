// IdNotes gives a whole table the ids and duplicates that Identities gives row by row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdNotes, type Named } from '../../src/lib/data/id-notes';
import { Identities } from '../../src/lib/data/identity';
import { slugKey } from '../../src/lib/data/normalize';

/** Names on lines 1, 2, 3… noted (mark: 10 × line), settled: ids, and [index, first line, mark]
 *  of each duplicate in the order told. */
function settle(names: string[]): { ids: string[]; duplicates: [number, number, number][] } {
  const notes = new IdNotes(2);
  const schools: Named[] = names.map((name, i) => {
    const key = slugKey(name);
    notes.note(key.hash, key.folded, 10 * (i + 1));
    return { id: key.slug, name, line: i + 1 };
  });
  const duplicates: [number, number, number][] = [];
  notes.settle(schools, (index, firstLine) =>
    duplicates.push([index, firstLine, notes.markOf(index)]),
  );
  return { ids: schools.map((s) => s.id), duplicates };
}

describe('IdNotes.settle', () => {
  it('IdNotes.settle(distinct names) leaves each its slug and tells no duplicate', () => {
    expect(settle(['CPE Lyon', 'ENSEA', 'Mines Alès'])).toEqual({
      ids: ['cpe-lyon', 'ensea', 'mines-ales'],
      duplicates: [],
    });
  });

  it('IdNotes.settle(the same school three times) gives slug, slug-2, slug-3, each repeat told with line 1 and its mark', () => {
    expect(settle(['École A', 'B', 'Ecole a', 'ECOLE  A'])).toEqual({
      ids: ['ecole-a', 'b', 'ecole-a-2', 'ecole-a-3'],
      duplicates: [
        [2, 1, 30],
        [3, 1, 40],
      ],
    });
  });

  it('IdNotes.settle skips a suffix already taken by a school of that name', () => {
    expect(settle(['School', 'School 2', 'School', 'School 2'])).toEqual({
      ids: ['school', 'school-2', 'school-3', 'school-2-2'],
      duplicates: [
        [2, 1, 30],
        [3, 2, 40],
      ],
    });
  });

  it('IdNotes.settle(names whose slug is "school") tells them apart by their folded form', () => {
    expect(settle(['東京', '大阪', '東京', 'School'])).toEqual({
      ids: ['school', 'school-2', 'school-3', 'school-4'],
      duplicates: [[2, 1, 30]],
    });
  });

  it('IdNotes.settle(names sharing a slug, not a folded form) tells only the true repeat', () => {
    expect(settle(['x ж', 'x', 'x д', 'x ж'])).toEqual({
      ids: ['x', 'x-2', 'x-3', 'x-4'],
      duplicates: [[3, 1, 40]],
    });
  });

  // 'x98ddfhxyjaq' and 'xxw93767dv0q': two slugs with one 30-bit hash (177595061, worked out
  // apart with the FNV-1a loop), as about 5 pairs of 100,000 names have by chance.
  it('IdNotes.settle(two names whose slugs share a hash) leaves each its slug and tells no duplicate', () => {
    expect(slugKey('x98ddfhxyjaq').hash).toBe(177595061);
    expect(slugKey('xxw93767dv0q').hash).toBe(177595061);
    expect(settle(['x98ddfhxyjaq', 'A', 'xxw93767dv0q'])).toEqual({
      ids: ['x98ddfhxyjaq', 'a', 'xxw93767dv0q'],
      duplicates: [],
    });
  });

  it('IdNotes.settle(slugs sharing a hash, and a true repeat elsewhere) tells only the repeat', () => {
    expect(settle(['x98ddfhxyjaq', 'xxw93767dv0q', 'B', 'b'])).toEqual({
      ids: ['x98ddfhxyjaq', 'xxw93767dv0q', 'b', 'b-2'],
      duplicates: [[3, 3, 40]],
    });
  });

  it('IdNotes.settle(a repeat of a name whose hash another slug shares) tells the repeat', () => {
    expect(settle(['x98ddfhxyjaq', 'xxw93767dv0q', 'X98DDFHXYJAQ'])).toEqual({
      ids: ['x98ddfhxyjaq', 'xxw93767dv0q', 'x98ddfhxyjaq-2'],
      duplicates: [[2, 1, 30]],
    });
  });

  it('IdNotes grows past the size it was given (2) and still finds a repeat at the end', () => {
    const names = Array.from({ length: 300 }, (_, i) => `École ${i}`);
    const { ids, duplicates } = settle([...names, 'ECOLE 17']);
    expect(ids[300]).toBe('ecole-17-2');
    expect(duplicates).toEqual([[300, 18, 3010]]);
  });
});

describe('IdNotes.settle against Identities.add', () => {
  it('gives the ids and first lines Identities.add gives row by row, for any names', () => {
    const name = fc.oneof(
      fc.constantFrom(
        'École A',
        'ecole a',
        'B',
        'b ',
        'School',
        'School 2',
        '東京',
        '大阪',
        'x ж',
        'x',
        '—',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(name, { maxLength: 40 }), (names) => {
        const identities = new Identities();
        const expected = names.map((n, i) => identities.add(n, i + 1));
        const { ids, duplicates } = settle(names);
        expect(ids).toEqual(expected.map((e) => e.id));
        const told = expected.flatMap((e, i) =>
          e.firstLine === undefined ? [] : [[i, e.firstLine, 10 * (i + 1)]],
        );
        expect(duplicates).toEqual(told);
      }),
    );
  });
});
