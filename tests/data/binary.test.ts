import { describe, expect, it } from 'vitest';
import { looksBinary } from '../../src/lib/data/binary';

describe('looksBinary', () => {
  it.each([
    ['a NUL byte', 'Rang;École;Mois\n1;A;12\u0000', true],
    ['a PNG signature', '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', true],
    ['mostly control characters', '\u0001\u0002\u0003abc\u0004', true],
    ['mostly U+FFFD', '\ufffd\ufffd\ufffd;1', true],
    ['a table', 'Rang;École;Mois\n1;A;12\n', false],
    ['a table with a few U+FFFD', 'Rang;\ufffdcole;Mois\n1;Mines Al\ufffds;12\n2;B;11\n', false],
    ['tabs, CR and LF', 'a\tb\r\nc\td\r\n', false],
    ['an empty text', '', false],
  ])('looksBinary(%s) gives %s', (_label, text, expected) => {
    expect(looksBinary(text)).toBe(expected);
  });

  it('looksBinary only looks at the first 64 KB', () => {
    expect(looksBinary('a'.repeat(65536) + '\u0000')).toBe(false);
  });
});
