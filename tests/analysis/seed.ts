// The published ranking file → School[], read directly for the tests (independent of the parser).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { School } from '../../src/lib/data/types';

const SEED = fileURLToPath(
  new URL('../../data/classement-ecoles-ingenieurs-international.txt', import.meta.url),
);

/** One school per data line: blank lines and `Rang` header lines skipped, id `s<line>`. */
export function seedSchools(): School[] {
  const schools: School[] = [];
  readFileSync(SEED, 'utf8')
    .split(/\r?\n/)
    .forEach((text, i) => {
      const [rank = '', name = '', months = ''] = text.split('\t');
      if (text.trim() === '' || rank === 'Rang') return;
      const line = i + 1;
      schools.push({
        id: `s${line}`,
        name: name.trim(),
        months: Number(months.replace(',', '.')),
        printedRank: rank.trim() === '' ? null : Number(rank),
        line,
      });
    });
  return schools;
}

/** The months of the seed, in source order. */
export function seedMonths(): number[] {
  return seedSchools().map((s) => s.months);
}
