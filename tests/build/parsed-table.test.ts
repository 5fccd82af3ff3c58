// The parsed plugin over another table (scripts/parsed.mjs, RANKING_TABLE): which table a build is
// over, how a table file's bytes become text, and the plugin refusing a table with no school.
// Bytes and texts written out by hand.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PUBLISHED_TABLE, decodeTable, parsed, rankingTable } from '../../scripts/parsed.mjs';

describe('rankingTable', () => {
  it('without RANKING_TABLE (or with it empty): the published table, by its path', () => {
    const published = {
      file: resolve('data/classement-ecoles-ingenieurs-international.txt'),
      source: 'data/classement-ecoles-ingenieurs-international.txt',
      published: true,
    };
    expect(rankingTable({})).toEqual(published);
    expect(rankingTable({ RANKING_TABLE: '  ' })).toEqual(published);
    expect(PUBLISHED_TABLE).toBe(published.source);
  });
  it('with RANKING_TABLE=../t/classement.tsv: that file, named by its file name', () => {
    expect(rankingTable({ RANKING_TABLE: '../t/classement.tsv' })).toEqual({
      file: resolve('../t/classement.tsv'),
      source: 'classement.tsv',
      published: false,
    });
  });
});

describe('decodeTable', () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  it.each([
    ['UTF-8', bytes(0xc3, 0x89, 0x3b, 0x31), 'É;1'],
    [
      'UTF-8 with its BOM (kept: the parser takes it off)',
      bytes(0xef, 0xbb, 0xbf, 0x41),
      '\ufeffA',
    ],
    ['UTF-16 LE with its BOM', bytes(0xff, 0xfe, 0xc9, 0x00, 0x3b, 0x00), 'É;'],
    ['UTF-16 BE with its BOM', bytes(0xfe, 0xff, 0x00, 0xc9, 0x00, 0x3b), 'É;'],
    ['Windows-1252 (not valid UTF-8): É, ’ and œ', bytes(0xc9, 0x92, 0x9c, 0x3b, 0x31), 'É’œ;1'],
    [
      'Windows-1252: € (0x80), Ÿ (0x9F), and 0x81, which it leaves undefined',
      bytes(0x80, 0x9f, 0x81),
      '€Ÿ\u0081',
    ],
  ])('%s', (_, input, text) => {
    expect(decodeTable(input)).toBe(text);
  });
});

describe('the plugin over RANKING_TABLE', () => {
  let dir = '';
  afterAll(async () => {
    vi.unstubAllEnvs();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** What the plugin's load hook gives for an id, with RANKING_TABLE set to `file`. */
  async function load(file: string, id: string): Promise<unknown> {
    vi.stubEnv('RANKING_TABLE', file);
    const plugin = parsed();
    const hook = plugin.load as (this: unknown, id: string) => Promise<unknown>;
    return hook.call({ addWatchFile: () => {} }, id);
  }

  it('resolves the published table’s imports to the other file, and names it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'parsed-table-'));
    const file = join(dir, 'autre.csv');
    vi.stubEnv('RANKING_TABLE', file);
    const plugin = parsed();
    const resolveId = plugin.resolveId as (id: string, importer?: string) => string | null;
    const importer = resolve('src/bundled.ts');
    expect(
      resolveId('../data/classement-ecoles-ingenieurs-international.txt?parsed=table', importer),
    ).toBe(`${file}?parsed=table`);
    expect(resolveId('../data/classement-ecoles-ingenieurs-international.txt?raw', importer)).toBe(
      `${file}?raw`,
    );
    expect(resolveId('../data/familles.csv?parsed=families', importer)).toBeNull();
    expect(resolveId('virtual:ranking-table', importer)).toBe('\0virtual:ranking-table');
    await writeFile(file, 'x');
    expect(await load(file, '\0virtual:ranking-table')).toBe(
      `export default {"source":"autre.csv","published":false,"sha256":"${createHash('sha256').update('x').digest('hex')}"};\n`,
    );
  });

  it('reads the other file (Windows-1252 here) as the table and as its text', async () => {
    const file = join(dir, 'excel.csv');
    // "École;Mois\r\nÉcole A;12,5\r\n" as French Excel saves it.
    const latin = Buffer.from('École;Mois\r\nÉcole A;12,5\r\n', 'latin1');
    await writeFile(file, latin);
    const table = String(await load(file, `${file}?parsed=table`));
    expect(table).toContain('"name":"École A","months":12.5');
    expect(await load(file, `${file}?import&raw`)).toBe(
      'export default "École;Mois\\r\\nÉcole A;12,5\\r\\n";\n',
    );
  });

  it('fails the build over a table with no school, with the reason and the line', async () => {
    const file = join(dir, 'nc.csv');
    await writeFile(file, 'École;Mois\nA;n.c.\n');
    await expect(load(file, `${file}?parsed=table`)).rejects.toThrow(
      `${file}: no school could be read from this table: a value is not a number ("n.c."), line 2: "A;n.c."`,
    );
  });
});
