// The project's CSV layer (papaparse as parse.ts configures it) against the csv-spectrum cases.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRows } from '../../src/lib/data/csv';
import { detectDelimiter } from '../../src/lib/data/detect';
import { parseTable, readTable } from '../../src/lib/data/parse';
import { sharedPath } from '../shared';

const read = (path: string): string => readFileSync(sharedPath('csv-spectrum', path), 'utf8');
const NAMES = readdirSync(sharedPath('csv-spectrum', 'csvs'))
  .filter((f) => f.endsWith('.csv'))
  .map((f) => f.slice(0, -'.csv'.length))
  .sort();

/** Rows read by the project's CSV layer, as objects keyed by the header row (values as strings). */
function records(text: string): Record<string, string>[] {
  const [header = [], ...rows] = readRows(text, ',').map((row) => row.cells);
  return rows.map((cells) => Object.fromEntries(header.map((key, i) => [key, cells[i] ?? ''])));
}

/** SOURCE.md: location_coordinates.json is a single object, not an array; its phone is wrong. */
const DEFECTIVE = 'location_coordinates';

describe('csv-spectrum', () => {
  // SOURCE.md says 13 pairs; the folder holds these 12 (each with its json).
  it('csv-spectrum holds 12 csv files, each with its json', () => {
    expect(NAMES).toEqual([
      'comma_in_quotes',
      'empty',
      'empty_crlf',
      'escaped_quotes',
      'json',
      'location_coordinates',
      'newlines',
      'newlines_crlf',
      'quotes_and_newlines',
      'simple',
      'simple_crlf',
      'utf8',
    ]);
    const jsons = readdirSync(sharedPath('csv-spectrum', 'json')).sort();
    expect(jsons).toEqual(NAMES.map((n) => `${n}.json`));
  });

  it.each(NAMES.filter((n) => n !== DEFECTIVE))('readRows(%s.csv) reproduces %s.json', (name) => {
    const expected: unknown = JSON.parse(read(`json/${name}.json`));
    expect(records(read(`csvs/${name}.csv`))).toEqual(expected);
  });

  it('readRows(location_coordinates.csv) gives 1 row of 4 fields, as SOURCE.md says', () => {
    const rows = records(read(`csvs/${DEFECTIVE}.csv`));
    const upstream = JSON.parse(read(`json/${DEFECTIVE}.json`)) as Record<string, string>;
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0] ?? {})).toEqual(Object.keys(upstream));
    expect(rows[0]).toEqual({
      'Contact Phone Number': '2095257564',
      'Location Coordinates': `37\ufffd36'37.8"N 121\ufffd2'17.9"W`,
      Cities: 'Modesto',
      Counties: 'Stanislaus',
    });
    // The upstream JSON agrees except for its wrong phone number.
    expect({ ...upstream, 'Contact Phone Number': '2095257564' }).toEqual(rows[0]);
  });

  it.each(NAMES)('detectDelimiter(%s.csv) gives a comma', (name) => {
    expect(detectDelimiter(read(`csvs/${name}.csv`))).toBe(',');
  });

  it.each(NAMES)('readTable(%s.csv) does not throw, so parseTable needs no safety net', (name) => {
    const text = read(`csvs/${name}.csv`);
    expect(() => readTable(text)).not.toThrow();
    expect(parseTable(text)).toEqual(readTable(text));
    expect(parseTable(text).meta.delimiter).toBe(',');
  });

  it('readRows(newlines_crlf.csv) gives each row the line it starts on', () => {
    const rows = readRows(read('csvs/newlines_crlf.csv'), ',');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it('readRows(quotes_and_newlines.csv) gives each row the line it starts on', () => {
    const rows = readRows(read('csvs/quotes_and_newlines.csv'), ',');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });
});
