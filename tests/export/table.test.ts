import { describe, expect, it } from 'vitest';
import { COLUMN_KEYS, schoolTable, toJson } from '../../src/lib/export/table';
import { buildDataset } from '../../src/lib/dataset';
import { toCsv } from '../../src/lib/export/csv';
import { CATALOGUES } from '../i18n/shipped';
import { seedText } from '../seed-text';

const schools = buildDataset(seedText).ranking.schools;
const table = schoolTable(schools, CATALOGUES.fr.download.columns, (s) =>
  s.name.startsWith('Centrale') ? 'Centrale' : 'Autres écoles',
);

describe('schoolTable', () => {
  it('has one row per school, in the order given, and every computed column', () => {
    expect(table.rows).toHaveLength(144);
    expect(table.columns.map((c) => c.key)).toEqual(COLUMN_KEYS);
    expect(table.columns.map((c) => c.label).slice(0, 3)).toEqual([
      'Rang',
      'École',
      'Mois à l’étranger',
    ]);
    expect(table.columns.filter((c) => c.type === 'text').map((c) => c.key)).toEqual([
      'name',
      'family',
      'id',
      'current',
    ]);
  });

  it('gives the seed’s first row, and Centrale Paris at full precision', () => {
    expect(table.rows[0]).toEqual({
      rank: 1,
      name: 'CPE Lyon',
      months: 12,
      tieSize: 4,
      tieFirst: 1,
      tieLast: 4,
      denseRank: 1,
      fractionalRank: 2.5,
      percentile: (100 * (140 + 3 / 2)) / 143,
      family: 'Autres écoles',
      position: 1,
      id: 'cpe-lyon',
      current: null,
    });
    expect(table.rows[7]).toMatchObject({
      rank: 8,
      name: 'Centrale Paris',
      months: 10.5,
      tieSize: 1,
      percentile: 95.1048951048951,
      family: 'Centrale',
    });
  });

  it('gives today’s name of a renamed school in the last column, nothing for the others', () => {
    const renamed = schoolTable(
      schools,
      CATALOGUES.en.download.columns,
      () => '',
      (s) => (s.name === 'ENST Paris' ? 'Télécom Paris' : undefined),
    );
    expect(renamed.columns.at(-1)).toEqual({ key: 'current', label: 'Current name', type: 'text' });
    expect(renamed.rows.filter((r) => r.current !== null).map((r) => [r.name, r.current])).toEqual([
      ['ENST Paris', 'Télécom Paris'],
    ]);
    const lines = toCsv(renamed, 'comma').split('\r\n');
    expect(lines.find((l) => l.includes('ENST Paris'))).toBe(
      '15,ENST Paris,9,5,15,19,5,17,88.81118881118881,,18,enst-paris,Télécom Paris',
    );
  });

  it('keeps the order it is given (the table’s sort)', () => {
    const reversed = schoolTable([...schools].reverse(), CATALOGUES.en.download.columns, () => '');
    expect(reversed.rows.map((r) => r.position)).toEqual(schools.map((s) => s.position).reverse());
    expect(reversed.columns[0]?.label).toBe('Rank');
  });
});

describe('toJson', () => {
  it('parses back to the metadata, the labels by key and the rows, numbers as numbers', () => {
    const meta = {
      title: 'T',
      source: 'S',
      filter: 'Toutes les écoles',
      link: 'http://x/?q=a',
      total: 144,
      lang: 'fr',
    };
    const parsed = JSON.parse(toJson(table, meta)) as Record<string, unknown> & {
      schools: Record<string, unknown>[];
      columns: Record<string, string>;
    };
    expect(parsed).toMatchObject({ ...meta, count: 144 });
    expect(parsed.columns.percentile).toBe('Centile');
    expect(parsed.schools).toHaveLength(144);
    expect(parsed.schools[7]).toEqual(table.rows[7]);
    expect(parsed.schools[33]).toMatchObject({ rank: 34, tieSize: 32, tieFirst: 34, tieLast: 65 });
  });
});

describe('the page’s typography stays out of the data', () => {
  it('a name with French marks reaches the CSV and JSON cells as the file writes it', () => {
    const name = 'École X : « Y » ; Z ?';
    const ranked = buildDataset(`Rang\tÉcole\tMois\n1\t${name}\t12\n2\tB\t10\n`).ranking.schools;
    const t = schoolTable(ranked, CATALOGUES.fr.download.columns, () => 'Autres écoles');
    const meta = { title: '', source: '', filter: '', link: '', total: 2, lang: 'fr' };
    const csv = toCsv(t, 'comma');
    const json = toJson(t, meta);
    expect(t.rows[0]?.name).toBe(name);
    expect(csv.split('\r\n')[1]).toBe(
      `1,${name},12,1,1,1,1,1,100,Autres écoles,1,${t.rows[0]?.id},`,
    );
    expect(toCsv(t, 'semicolon')).toContain(`;"${name}";`);
    expect((JSON.parse(json) as { schools: { name: string }[] }).schools[0]?.name).toBe(name);
    expect(csv + json).not.toMatch(/[\u00a0\u202f]/);
  });
});
