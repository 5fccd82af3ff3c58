// How to cite the data (export/cite.ts and each language's `cite` words): the facts, the BibTeX
// entry with every LaTeX character of the text escaped, the short and long citations in French
// and English. Expected text by hand.
import { describe, expect, it } from 'vitest';
import { bibtex, bibtexText, dayOf, versionOf, type CiteFacts } from '../../src/lib/export/cite';
import { fr } from '../../src/lib/i18n/fr';
import { en } from '../../src/lib/i18n/en';
import { nb } from '../i18n/spaces';

const facts: CiteFacts = {
  title: 'Classement général "les plus ouvertes à l\'international"',
  schools: 144,
  sha256: '6dc1c08156fc0e4b2a64bc634c319a7babeb48197f2d6fb6f88cfa6843081eda',
  link: 'https://example.org/ecoles/?q=mines&v=6dc1c08156fc',
  day: '2026-12-01',
};

describe('the facts', () => {
  it('the version is the SHA-256’s first 12 digits; the day is YYYY-MM-DD', () => {
    expect(versionOf(facts)).toBe('6dc1c08156fc');
    expect(dayOf(new Date(2026, 11, 1, 23, 59))).toBe('2026-12-01');
    expect(dayOf(new Date(2027, 0, 9))).toBe('2027-01-09');
  });
});

describe('bibtexText', () => {
  it('escapes what LaTeX reads as commands, braces and backslashes included', () => {
    expect(bibtexText('A & B {x} 50% #1 $5 a_b ^ ~ \\end')).toBe(
      'A \\& B \\{x\\} 50\\% \\#1 \\$5 a\\_b \\^{} \\~{} \\textbackslash{}end',
    );
  });
});

describe('the citations', () => {
  it('in French: short, long and BibTeX', () => {
    expect(fr.cite.short(facts, '6dc1c08156fc')).toBe(
      nb(
        '«^Classement général "les plus ouvertes à l\'international"^», édition non datée, données 6dc1c08156fc, consulté le 1er décembre 2026, https://example.org/ecoles/?q=mines&v=6dc1c08156fc',
      ),
    );
    expect(fr.cite.long(facts, '6dc1c08156fc')).toBe(
      nb(
        '«^Classement général "les plus ouvertes à l\'international"^» (éditeur et année de publication non indiqués par la source^; édition non datée). 144~écoles classées. Données~: SHA-256 6dc1c08156fc. Vue citée~: https://example.org/ecoles/?q=mines&v=6dc1c08156fc. Consulté le 1er décembre 2026.',
      ),
    );
    expect(bibtex(facts, fr.cite.bibtex(facts, '6dc1c08156fc'))).toBe(
      [
        '@misc{ecoles-international-6dc1c08156fc,',
        '  title    = {{Classement général "les plus ouvertes à l\'international"}},',
        '  url      = {https://example.org/ecoles/?q=mines&v=6dc1c08156fc},',
        '  urldate  = {2026-12-01},',
        `  note     = {${nb('éditeur et année de publication non indiqués par la source^; édition non datée^; 144~écoles^; données SHA-256 6dc1c08156fc')}},`,
        '  language = {french},',
        '}',
      ].join('\n'),
    );
  });

  it('in English', () => {
    expect(en.cite.short(facts, '6dc1c08156fc')).toBe(
      '“Classement général "les plus ouvertes à l\'international"”, undated edition, data 6dc1c08156fc, accessed 1 December 2026, https://example.org/ecoles/?q=mines&v=6dc1c08156fc',
    );
    expect(en.cite.long(facts, '6dc1c08156fc')).toBe(
      '“Classement général "les plus ouvertes à l\'international"” (publisher and year of publication not stated by the source; undated edition). 144 schools ranked. Data: SHA-256 6dc1c08156fc. View cited: https://example.org/ecoles/?q=mines&v=6dc1c08156fc. Accessed 1 December 2026.',
    );
    expect(en.cite.bibtex(facts, '6dc1c08156fc')).toEqual({
      note: 'publisher and year of publication not stated by the source; undated edition; 144 schools; data SHA-256 6dc1c08156fc',
      language: 'english',
    });
  });

  it('over a table the reader brought: no publisher or edition, but where the table comes from', () => {
    const own = { ...facts, title: 'ma-table.csv', own: true };
    expect(fr.cite.short(own, 'abc')).toBe(
      nb(
        '«^ma-table.csv^», données abc, consulté le 1er décembre 2026, https://example.org/ecoles/?q=mines&v=6dc1c08156fc',
      ),
    );
    expect(en.cite.long(own, 'abc')).toBe(
      '“ma-table.csv” (a table loaded by the reader). 144 schools ranked. Data: SHA-256 abc. View cited: https://example.org/ecoles/?q=mines&v=6dc1c08156fc. Accessed 1 December 2026.',
    );
  });

  it('a title with LaTeX characters or braces cannot break out of its field', () => {
    const entry = bibtex(
      { ...facts, title: 'Top} 10 % {\\x', link: 'https://e.org/?a={b}' },
      { note: 'n', language: 'french' },
    );
    expect(entry).toContain('  title    = {{Top\\} 10 \\% \\{\\textbackslash{}x}},');
    expect(entry).toContain('  url      = {https://e.org/?a=%7Bb%7D},');
  });
});
