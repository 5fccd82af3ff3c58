// No fact about one table is written in a catalogue: its count and its schools' names come from the
// data, as arguments; only the CTI's thresholds, quoted from their source, stay.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFor, messagesFor } from '../../src/lib/i18n/catalogues';
import { loadMethodWords } from '../../src/lib/i18n/load';
import { languages } from '../../src/lib/i18n/registry';
import { parseCurrentNames, renamings } from '../../src/lib/data/names';
import { rankSchools } from '../../src/lib/analysis/rank';
import { seedSchools } from '../analysis/seed';
import { nb } from './spaces';
import { METHOD_WORDS, allWords } from './shipped';

const all = rankSchools(seedSchools()).schools;
const names = parseCurrentNames(readFileSync('data/noms-actuels.csv', 'utf8'));
const renamed = renamings(
  all.map((s) => s.name),
  names.byName,
);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every fixed string of a catalogue, by dotted path. */
function strings(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

describe('the catalogues hold no fact about the table', () => {
  it.each(languages().map((l) => l.code))(
    '%s: no fixed string says how many schools the table ranks, or names one',
    async (code) => {
      // Its catalogue and its methodology words: every word of the language.
      const messages = allWords(messagesFor(code), await loadMethodWords(code));
      const count = String(all.length);
      const facts = [count, ...all.map((s) => s.name), ...renamed.map((r) => r.current)];
      const found = strings(messages).filter(([, text]) =>
        facts.some((fact) =>
          new RegExp(`(^|[^\\p{L}\\d])${escape(fact)}($|[^\\p{L}\\d])`, 'u').test(text),
        ),
      );
      expect(found).toEqual([]);
    },
  );

  it('words the subtitle from the count it is given', () => {
    expect(messagesFor('fr').subtitle(all.length, formatFor('fr'))).toBe(
      nb('Temps moyen passé à l’étranger par les étudiants, en mois~: 144~écoles classées.'),
    );
    expect(messagesFor('en').subtitle(1, formatFor('en'))).toBe(
      'Average time students spend abroad, in months: 1 school ranked.',
    );
    expect(messagesFor('en').subtitle(10000, formatFor('en'))).toBe(
      'Average time students spend abroad, in months: 10,000 schools ranked.',
    );
  });

  it('words the renamed schools from the names file: every one, under today’s name', () => {
    const en = METHOD_WORDS.en;
    // Counted apart: the rows of the names file whose school the ranking prints.
    const printed = new Set(all.map((s) => s.name));
    const rows = readFileSync('data/noms-actuels.csv', 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').slice(0, 2) as [string, string])
      .filter(([school]) => printed.has(school));
    const text = en.caveats.names(renamed, formatFor('en'));
    expect(text).toContain(
      `: ${rows.length} schools of the table have been renamed or merged since.`,
    );
    expect(rows.length).toBeGreaterThan(10);
    for (const [school, current] of rows) {
      expect(text).toContain(school);
      expect(text).toContain(current);
    }
    expect(text).toContain('Centrale Paris and SUPELEC are now joined in CentraleSupélec');
    expect(text).toContain('ENST Paris is now Télécom Paris');
    expect(en.caveats.names([], formatFor('en'))).toBe(
      'The names are those of the table. Check a school’s current name before quoting it.',
    );
  });
});
