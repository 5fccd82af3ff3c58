// The module the build writes for the read table (scripts/parsed.mjs `tableModule`): a school's id
// is left out where the parser's slug of its name gives it back, kept where it does not (a repeated
// name's `-2`), and the module puts the ids back when it runs. Checked on a small table by hand and
// on the published one through the plugin (tests/build/parsed.test.ts compares it whole).
import { describe, expect, it } from 'vitest';
import { tableModule } from '../../scripts/parsed.mjs';
import { slugify } from '../../src/lib/data/normalize';

const value = {
  schools: [
    { id: 'mines-paris', name: 'Mines Paris', months: 7 },
    { id: 'mines-paris-2', name: 'MINES PARIS', months: 6 },
  ],
  problems: [],
};

describe('tableModule', () => {
  const code = tableModule(value, 'test', slugify, '/x/normalize.ts');

  it('leaves out the ids the slug gives back, keeps the others', () => {
    expect(code).toContain('{"name":"Mines Paris","months":7}');
    expect(code).toContain('{"id":"mines-paris-2","name":"MINES PARIS","months":6}');
    expect(code.startsWith('import { slugify } from "/x/normalize.ts";\n')).toBe(true);
  });

  it('run, gives back the table it was given', () => {
    // The module's body, its import replaced by the function it names.
    const body = code.replace(/^import .*\n/, '').replace('export default table;', 'return table;');
    const run = new Function('slugify', body) as (s: typeof slugify) => unknown;
    expect(run(slugify)).toEqual(value);
  });

  it('refuses a value JSON cannot carry, as every bundled file', () => {
    expect(() =>
      tableModule({ schools: [{ id: 'a', name: 'A', months: NaN }] }, 'bad.txt', slugify, '/x'),
    ).toThrow('parsed: bad.txt gives a value that JSON does not carry exactly');
  });
});
