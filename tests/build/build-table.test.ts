// `npm run build:table -- <file>` (scripts/build-table.mjs) builds the site and the single file over
// another table: run here, as a person would, over tests/fixtures/other-ranking.csv (6 schools in
// weeks, `;` and decimal commas, one tie at 18,5, a name carrying markup) into a temporary folder.
// The prerendered pages list those schools, worked out by hand, and none of the published ones;
// a table the parser cannot read stops the command with its reason and its line.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unreadable } from '../../scripts/parsed.mjs';
import { shellEnv } from './shell';

const run = promisify(execFile);

const buildTable = (...args: string[]) =>
  run(process.execPath, ['scripts/build-table.mjs', ...args], {
    env: { ...shellEnv, INIT_CWD: process.cwd() },
    maxBuffer: 16 * 1024 * 1024,
  });

/** The fixture's schools in the table's order, as the page escapes them. */
const NAMES = [
  'École Alpha de Test',
  'Institut Bêta',
  'Institut Gamma',
  '&lt;b>Delta&lt;/b> Polytech',
  'Epsilon Sup',
  'Zêta Ingénierie',
];
/** Their ranks in each language: 20, 18.5, 18.5, 12, 9, 3 weeks → 1, 2, 2 (tied), 4, 5, 6. */
const RANKS = {
  fr: ['1er', '2e ex æquo', '2e ex æquo', '4e', '5e', '6e'],
  en: ['1st', 'tied 2nd', 'tied 2nd', '4th', '5th', '6th'],
};
/** Schools of the published ranking (its first, a tie, its last). */
const PUBLISHED = ['CPE Lyon', 'EEIGM', 'ENSG Nancy'];

let out = '';
let log = '';

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'build-table-'));
  const { stdout } = await buildTable(
    'tests/fixtures/other-ranking.csv',
    '--out-dir',
    join(out, 'site'),
    '--single-out-dir',
    join(out, 'single'),
  );
  log = stdout;
}, 120_000);

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

describe('npm run build:table -- tests/fixtures/other-ranking.csv', () => {
  it('says what it read: 6 schools, none skipped', () => {
    expect(log).toContain('other-ranking.csv: 6 schools read, 0 rows skipped, 0 warnings');
  });

  it.each([
    ['the site, in French', 'site/index.html', 'fr', '6\u00a0écoles classées'],
    ['the site, in English', 'site/en/index.html', 'en', '6 schools ranked'],
    ['the single file', 'single/index.html', 'fr', '6\u00a0écoles classées'],
  ] as const)(
    '%s (%s) is prerendered over the 6 schools, with the tie',
    async (_, file, lang, count) => {
      const html = await readFile(join(out, file), 'utf8');
      expect(html.includes(count), count).toBe(true);
      // A production build: no Svelte development code.
      expect(html.includes('componentTag'), 'componentTag').toBe(false);
      // The no-script table: each school on its row, with its rank, in order.
      const rows = [
        ...html.matchAll(/<tr><td>([^<]*)<\/td><th scope="row">((?:[^<]|<(?!\/th>))*)<\/th>/g),
      ];
      expect(rows.map((m) => m[2])).toEqual(NAMES);
      // (The tie's last two words held together by a no-break space: WholeRanking.svelte.)
      expect(rows.map((m) => m[1]?.replace(/\u00a0/g, ' '))).toEqual(RANKS[lang]);
      for (const name of PUBLISHED) expect(html.includes(name), name).toBe(false);
      // The name carrying markup is text in the markup (the single file's scripts hold it as data).
      const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
      expect(markup.includes('<b>Delta'), '<b>Delta').toBe(false);
    },
  );

  it('names the file as the source, and bundles its text for the methodology page', async () => {
    const site = join(out, 'site');
    const { stdout } = await run('grep', ['-rl', 'other-ranking.csv', site]);
    expect(stdout.trim()).not.toBe('');
    const { stdout: text } = await run('grep', [
      '-rlF',
      'Institut Gamma;18,5',
      join(site, 'assets'),
    ]);
    expect(text.trim()).not.toBe('');
  });
});

describe('a table the parser cannot read', () => {
  it('stops the command before any build, with the reason and the line', async () => {
    const file = join(out, 'nc.csv');
    await writeFile(file, 'École;Mois\nA;n.c.\nB;-\n');
    const failed = buildTable(file, '--out-dir', join(out, 'never'));
    await expect(failed).rejects.toMatchObject({
      code: 1,
      stderr: `build:table: ${file}: no school could be read from this table: a value is not a number ("n.c."), line 2: "A;n.c."\n`,
    });
  });

  it('unreadable() words a whole-text problem without a line, and a missing file is named', async () => {
    expect(
      unreadable(
        { schools: [], problems: [{ kind: 'empty', severity: 'error', line: 0, raw: '' }] },
        't.csv',
      ),
    ).toBe('t.csv: no school could be read from this table: the file is empty');
    expect(unreadable({ schools: [{}], problems: [] }, 't.csv')).toBeNull();
    await expect(buildTable(join(out, 'none.csv'))).rejects.toMatchObject({
      code: 1,
      stderr: `build:table: ${join(out, 'none.csv')}: no such file\n`,
    });
  });
});
