// `npm run build:table -- path/to/table.csv`: the site (dist/) and the single file
// (dist-single/index.html) built over another ranking table than the published one, a CSV or TSV
// file as the parser reads it (tab, `;` or `,`; decimal comma or point; a header or none). The
// table is checked first: one the parser can take no school from stops here, with its first
// problem and its line, before anything is built. Then both builds run with RANKING_TABLE set,
// which scripts/parsed.mjs reads (the table, its text, its name as the source; the prerendered
// pages included).
//
// Options: --out-dir DIR (the site's folder, dist/ by default), --single-out-dir DIR
// (dist-single/ by default), --no-single (the site only).
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, runnerImport } from 'vite';
import { READERS, decodeTable, unreadable } from './parsed.mjs';

const USAGE =
  'usage: npm run build:table -- <table.csv|table.tsv> [--out-dir DIR] [--single-out-dir DIR] [--no-single]';

/** The project's root: builds run from there, whatever folder the command was typed in. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Reads the table as the build will, or says why it cannot be built over.
 * @param {string} file an absolute path
 * @returns {Promise<string>} a line saying what was read
 */
async function check(file) {
  const info = await stat(file).catch(() => null);
  if (info === null || !info.isFile()) throw new Error(`${file}: no such file`);
  /** @type {{ module: { READERS: { table: (text: string) => import('../src/lib/data/types').ParseResult } } }} */
  const { module } = await runnerImport(resolve(ROOT, READERS), {
    root: ROOT,
    logLevel: 'error',
  });
  const parsed = module.READERS.table(decodeTable(await readFile(file)));
  const why = unreadable(parsed, file);
  if (why !== null) throw new Error(why);
  const skipped = parsed.problems.filter((p) => p.severity === 'error' && p.line > 0).length;
  const warnings = parsed.problems.filter((p) => p.severity === 'warning').length;
  return `${file}: ${parsed.schools.length} schools read, ${skipped} rows skipped, ${warnings} warnings (the page lists them)`;
}

async function main() {
  // A production build: set before the check's module runner, which would make it 'development'
  // for the builds after it (Vite sets NODE_ENV only where it is unset).
  process.env.NODE_ENV = 'production';
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'out-dir': { type: 'string' },
      'single-out-dir': { type: 'string' },
      'no-single': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new Error(USAGE);
  // npm runs scripts from the project's root; a path is the person's, from where they typed it.
  const from = process.env.INIT_CWD ?? process.cwd();
  const file = resolve(from, positionals[0] ?? '');
  const outDir = values['out-dir'] === undefined ? undefined : resolve(from, values['out-dir']);
  const singleOut =
    values['single-out-dir'] === undefined ? undefined : resolve(from, values['single-out-dir']);

  console.log(await check(file));
  process.chdir(ROOT);
  process.env.RANKING_TABLE = file;
  await build({ root: ROOT, mode: 'production', build: outDir ? { outDir } : {} });
  if (!values['no-single']) {
    await build({ root: ROOT, mode: 'single', build: singleOut ? { outDir: singleOut } : {} });
  }
  console.log(`built over ${file}`);
}

main().catch((/** @type {unknown} */ error) => {
  // The message only: a person's table that cannot be read is not a bug of this script.
  console.error(`build:table: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
