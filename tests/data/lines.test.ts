import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLines, LineCursor, lineTextAt } from '../../src/lib/data/lines';

describe('countLines', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['a\n', 1],
    ['a\nb', 2],
    ['\n\n', 2],
    ['a\r\nb\r\n', 2],
    ['a\rb', 2],
    ['a\r\n\rb', 3],
    ['a\n\r\nb\rc', 4],
  ])('countLines(%j) gives %d', (text, expected) => {
    expect(countLines(text)).toBe(expected);
  });

  it('countLines(LF-only text) gives the pieces between line ends, a final line end opening none', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n') });
    fc.assert(
      fc.property(text, (t) => {
        const pieces = t.split('\n');
        if (pieces.at(-1) === '') pieces.pop();
        expect(countLines(t)).toBe(pieces.length);
      }),
    );
  });
});

describe('LineCursor', () => {
  it('LineCursor.lineAt gives the 1-based line of offsets in order, across LF, CRLF and CR', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const cursor = new LineCursor(text);
    expect([0, 2, 3, 5, 7, 9, 10, 12].map((offset) => cursor.lineAt(offset))).toEqual([
      1, 1, 2, 2, 3, 3, 4, 4,
    ]);
    expect(cursor.start).toBe(10);
  });
});

describe('lineTextAt', () => {
  it.each([
    ['a;b\nc;d', 0, 'a;b'],
    ['a;b\nc;d', 4, 'c;d'],
    ['a;b\r\nc;d', 0, 'a;b'],
    ['a;b\rc;d', 0, 'a;b'],
  ])('lineTextAt(%j, %d) gives %j', (text, start, expected) => {
    expect(lineTextAt(text, start)).toBe(expected);
  });

  it('lineTextAt of a 300-character line gives its first 200 characters', () => {
    expect(lineTextAt('x'.repeat(300), 0)).toBe('x'.repeat(200));
  });
});
