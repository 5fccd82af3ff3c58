// The csv-spectrum cases (../shared/csv-spectrum, see its SOURCE.md) through the loader, as a file a
// reader hands the page: its bytes decoded, then read as parseTable reads the text, or refused with
// the parser's own reason. Never a failure nobody foresaw.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTable } from '../../src/lib/data/parse';
import { runLoad } from '../../src/lib/load/pipeline';
import { sharedPath } from '../shared';
import { parsedFields } from '../data/fields';

const NAMES = readdirSync(sharedPath('csv-spectrum', 'csvs'))
  .filter((f) => f.endsWith('.csv'))
  .map((f) => f.slice(0, -'.csv'.length))
  .sort();

const bytes = (name: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(readFileSync(sharedPath('csv-spectrum', 'csvs', `${name}.csv`)));

/** A file of these bytes, loaded as the worker loads it. */
const load = (name: string) =>
  runLoad({
    source: { kind: 'file', file: new Blob([bytes(name)]), name: `${name}.csv` },
    origin: 'https://example.org',
  });

/** Schools each case gives, worked out from the files: null where no column of names is found
 *  (all its columns are numbers, or it has no row). */
const SCHOOLS: Record<string, number | null> = {
  comma_in_quotes: 1,
  empty: null,
  empty_crlf: null,
  escaped_quotes: 2,
  json: 1,
  location_coordinates: 1,
  newlines: null,
  newlines_crlf: null,
  quotes_and_newlines: 2,
  simple: null,
  simple_crlf: null,
  utf8: 2,
};

describe('csv-spectrum through the loader', () => {
  it('reads every case: 12 files', () => {
    expect(NAMES).toHaveLength(12);
  });

  // location_coordinates.csv holds U+FFFD as written, valid UTF-8 (SOURCE.md): no exception.
  it.each(NAMES)(
    '%s.csv: decoded as UTF-8, then read as parseTable reads its text, or refused with its reason',
    async (name) => {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes(name));
      const parsed = parseTable(text);
      const outcome = await load(name);
      expect(outcome.ok ? outcome.result.dataset.ranking.schools.length : null).toBe(SCHOOLS[name]);
      if (outcome.ok) {
        expect(outcome.result.encoding).toBe('utf-8');
        expect(outcome.result.text).toBe(text.replace(/^\ufeff/, ''));
        // The same schools, ranked in place since (see ParsedSchool): their own fields compared.
        expect(parsedFields(outcome.result.parsed)).toEqual(
          parsedFields(parseTable(outcome.result.text)),
        );
        expect(outcome.result.dataset.ranking.schools).toHaveLength(parsed.schools.length);
      } else if (text.trim() === '') {
        expect(outcome.error).toEqual({ kind: 'empty' });
      } else {
        expect(parsed.schools).toEqual([]);
        expect(outcome.error).toEqual({ kind: 'no-table', problem: parsed.problems[0] });
      }
    },
  );
});
