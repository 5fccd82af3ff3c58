import { describe, expect, it } from 'vitest';
import { findLayout } from '../../src/lib/data/columns';
import type { Columns } from '../../src/lib/data/types';

/** The layout of a `;`-separated table given as text. */
function layoutOf(text: string): ReturnType<typeof findLayout> {
  const [first = [], ...rest] = text.split('\n').map((line) => line.split(';'));
  return findLayout(first, rest);
}

const cols = (rank: number | null, name: number, months: number): Columns => ({
  rank,
  name,
  months,
});

describe('findLayout', () => {
  it.each([
    ['Rang;École;Mois\n1;A;12\n;B;11', ['Rang', 'École', 'Mois'], cols(0, 1, 2)],
    ['1;A;12\n;B;11\n3;C;10', null, cols(0, 1, 2)],
    ['Classement;École;Mois\n1;A;12\n2;B;11', ['Classement', 'École', 'Mois'], cols(0, 1, 2)],
    ['a;b;c\n1;A;12\n2;B;11', ['a', 'b', 'c'], cols(0, 1, 2)],
    ['1;A;n.c.\n2;B;12', null, cols(0, 1, 2)],
    ['School;Months abroad\nMIT;3,5', ['School', 'Months abroad'], cols(null, 0, 1)],
    ['Nom;Nombre de mois\nA;3', ['Nom', 'Nombre de mois'], cols(null, 0, 1)],
    ['Mois;École;Rang\n12;A;1\n11;B;2', ['Mois', 'École', 'Rang'], cols(2, 1, 0)],
    ['x;1\ny;2', null, cols(null, 0, 1)],
    ['12;A\n11;B', null, cols(null, 1, 0)],
    ['Rang;École;Mois', ['Rang', 'École', 'Mois'], cols(0, 1, 2)],
  ])('findLayout(%j) gives header %j and columns %j', (text, header, columns) => {
    expect(layoutOf(text)).toEqual({ header, columns, problem: null });
  });

  it.each([
    ['A\nB', ['A'], 'no-value-column'],
    ['12\n11', null, 'no-name-column'],
    ['a;b\nc;d', ['a', 'b'], 'no-value-column'],
  ])('findLayout(%j) gives header %j and the problem %s', (text, header, problem) => {
    expect(layoutOf(text)).toEqual({ header, columns: null, problem });
  });

  it('findLayout takes the right-most number column for the months, the left-most rank column', () => {
    expect(layoutOf('1;A;2020;12\n;B;2021;11\n3;C;2020;10').columns).toEqual(cols(0, 1, 3));
  });
});

describe('findLayout tells ranks from other whole numbers', () => {
  it.each([
    ['a count left of the value', 'A;120;12\nB;340;11\nC;80;10', cols(null, 0, 2)],
    [
      'a count that only grows, far above the rows',
      'A;120;12\nB;340;11\nC;800;10',
      cols(null, 0, 2),
    ],
    ['years going up and down', ';A;2020;12\n;B;2021;11\n;C;2020;10', cols(null, 1, 3)],
    ['ranks with ties left blank', '1;A;12\n;B;12\n3;C;10', cols(0, 1, 2)],
  ])('findLayout(%s) gives columns %j', (_what, text, columns) => {
    expect(layoutOf(text).columns).toEqual(columns);
  });
});
