// What a link or embed over the reader's own table says (src/lib/embed/own.ts): whether the link
// carries the table (`data=`), and the embed code's comment, which no file name can break out of.
import { describe, expect, it } from 'vitest';
import { carriesData, htmlComment } from '../../src/lib/embed/own';

describe('carriesData', () => {
  it.each([
    ['https://x.org/app/?data=table.csv&lang=en', true],
    ['https://x.org/app/?lang=en&data=', true],
    ['?data=t.tsv', true],
    ['https://x.org/app/?lang=en', false],
    ['https://x.org/app/?metadata=1', false],
    ['https://x.org/app/#data=t.csv', false],
    ['', false],
  ])('carriesData(%j) gives %s', (link, expected) => {
    expect(carriesData(link)).toBe(expected);
  });
});

describe('htmlComment', () => {
  it('htmlComment("Votre tableau") gives <!-- Votre tableau -->', () => {
    expect(htmlComment('Votre tableau')).toBe('<!-- Votre tableau -->');
  });
  it('breaks each run of dashes and drops < and >, so "--><b>x</b>" cannot end it', () => {
    expect(htmlComment('a --> <b>b</b> --- c')).toBe('<!-- a - - bb/b - - - c -->');
    expect(htmlComment('--!>')).toBe('<!-- - -! -->');
  });
  it('keeps one line: CR, LF and line separators become a space', () => {
    expect(htmlComment('a\r\nb\u2028c')).toBe('<!-- a b c -->');
  });
});
