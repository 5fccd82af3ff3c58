import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanName } from '../../src/lib/data/normalize';
import { parseTable, readTable } from '../../src/lib/data/parse';
import type { ParseResult } from '../../src/lib/data/types';

/** What holds for any result: ordered, unique, clean, within the text. */
function expectWellFormed(result: ParseResult): void {
  const { schools, problems, meta } = result;
  const ids = new Set(schools.map((s) => s.id));
  expect(ids.size).toBe(schools.length);
  schools.forEach((s, i) => {
    expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(s.name).not.toBe('');
    expect(s.name).toBe(cleanName(s.name));
    expect(Number.isFinite(s.months) && s.months >= 0).toBe(true);
    expect(s.printedRank === null || (Number.isInteger(s.printedRank) && s.printedRank > 0)).toBe(
      true,
    );
    expect(s.line).toBeGreaterThanOrEqual(i === 0 ? 1 : (schools[i - 1]?.line ?? 0) + 1);
    expect(s.line).toBeLessThanOrEqual(meta.lines);
  });
  problems.forEach((p, i) => {
    expect(p.line).toBeGreaterThanOrEqual(i === 0 ? 0 : (problems[i - 1]?.line ?? 0));
    expect(p.line).toBeLessThanOrEqual(meta.lines);
    expect(p.raw.length).toBeLessThanOrEqual(200);
  });
  expect(['\t', ';', ',']).toContain(meta.delimiter);
}

/** Characters that make tables, and break them. */
const TABLE_CHARS = ['\t', ';', ',', '"', '\n', '\r', '\r\n', ' ', '\u00a0', '1', '2', '0', '.'];
const MORE_CHARS = ['a', 'é', '-', '=', 'e', 'm', 'n.c.', '\ufeff', '\u0000', '\ufffd'];

describe('parseTable on any text', () => {
  it.each([
    ['fc.string()', fc.string()],
    ['fc.string({ unit: "binary" })', fc.string({ unit: 'binary' })],
    ['fc.string({ unit: "grapheme" })', fc.string({ unit: 'grapheme' })],
    ['table characters', fc.string({ unit: fc.constantFrom(...TABLE_CHARS), maxLength: 200 })],
    [
      'table characters and some letters',
      fc.string({ unit: fc.constantFrom(...TABLE_CHARS, ...MORE_CHARS), maxLength: 300 }),
    ],
  ])('readTable(%s) never throws and gives a well-formed result', (_label, text) => {
    fc.assert(
      fc.property(text, (t) => {
        expectWellFormed(readTable(t));
      }),
      { numRuns: 300 },
    );
  });

  it('readTable(any text, any choices) never throws and gives a well-formed result', () => {
    const column = fc.integer({ min: 0, max: 4 });
    const options = fc.record(
      {
        delimiter: fc.constantFrom('\t' as const, ';' as const, ',' as const),
        decimal: fc.constantFrom(',' as const, '.' as const),
        headerRows: fc.integer({ min: -1, max: 7 }),
        columns: fc.record({
          rank: fc.option(column, { nil: null }),
          name: column,
          months: column,
        }),
        unit: fc.constantFrom(
          'months' as const,
          'weeks' as const,
          'percent' as const,
          'count' as const,
        ),
      },
      { requiredKeys: [] },
    );
    const text = fc.string({
      unit: fc.constantFrom(...TABLE_CHARS, ...MORE_CHARS),
      maxLength: 300,
    });
    fc.assert(
      fc.property(text, options, (t, o) => {
        const result = readTable(t, o);
        expectWellFormed(result);
        if (o.delimiter !== undefined) expect(result.meta.delimiter).toBe(o.delimiter);
        expect(result.meta.headerRows).toBeGreaterThanOrEqual(0);
        expect(result.meta.headerRows).toBeLessThanOrEqual(5);
      }),
      { numRuns: 300 },
    );
  });

  it('parseTable(any string) equals readTable(it): the safety net is never needed', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...TABLE_CHARS, ...MORE_CHARS) }), (t) => {
        expect(parseTable(t)).toEqual(readTable(t));
      }),
    );
  });
});

const nameArb = fc.stringMatching(
  /^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ0-9']{0,9}( [A-Za-zÀ-ÖØ-öø-ÿ0-9']{1,9}){0,3}$/,
);
const rowArb = fc.record({
  name: nameArb,
  tenths: fc.integer({ min: 0, max: 360 }),
  rank: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
});
const tableArb = fc.record({
  rows: fc.array(rowArb, { minLength: 1, maxLength: 40 }),
  separator: fc.constantFrom('\t', ';', ','),
  decimal: fc.constantFrom(',', '.'),
  header: fc.boolean(),
  withRank: fc.boolean(),
  newline: fc.constantFrom('\n', '\r\n', '\r'),
});

describe('parseTable on generated valid tables', () => {
  it('parseTable(a generated table) gives back the names and months, in order, with no error', () => {
    fc.assert(
      fc.property(tableArb, ({ rows, separator, decimal, header, withRank, newline }) => {
        const months = (tenths: number): string => {
          const text = `${Math.floor(tenths / 10)}${decimal}${tenths % 10}`;
          return text.includes(separator) ? `"${text}"` : text;
        };
        const lines = rows.map((r) => {
          const cells = [r.name, months(r.tenths)];
          return (withRank ? [r.rank === null ? '' : String(r.rank), ...cells] : cells).join(
            separator,
          );
        });
        const head = (withRank ? ['Rang', 'École', 'Mois'] : ['École', 'Mois']).join(separator);
        const text = (header ? [head, ...lines] : lines).join(newline);
        const result = readTable(text);
        expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(result.schools.map((s) => [s.name, s.months])).toEqual(
          rows.map((r) => [r.name, r.tenths / 10]),
        );
        expect(result.schools.map((s) => s.line)).toEqual(rows.map((_, i) => i + (header ? 2 : 1)));
        expect(result.meta.delimiter).toBe(separator);
      }),
      { numRuns: 300 },
    );
  });
});
