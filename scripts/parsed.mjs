// Vite plugin: an import of `<file>?parsed=<kind>` (src/bundled.ts imports the data files so) →
// the file's text read by READERS[kind] of src/readers.ts, run at build time by Vite's
// module runner, its result written into the bundle as a literal. The page thus gets the bundled
// files already read: neither papaparse nor the parser loads at start (issue 12), and every figure
// still comes from data/ through the same parser (tests/build/parsed.test.ts checks the result
// against a parse of the same files at run time). Runs for the build, the dev server and Vitest.
//
// Another table (`npm run build:table -- table.csv`, scripts/build-table.mjs): with RANKING_TABLE
// set to a CSV/TSV file, every import of the published table (`?parsed=table`, `?raw`) reads that
// file instead, and `virtual:ranking-table` says which table it is (its name, shown as the
// source). A table the parser can take no school from fails the build, with its first problem.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { runnerImport } from 'vite';

/** The module holding the readers, from the project's root. */
export const READERS = 'src/readers.ts';

/** The published table, from the project's root: what src/bundled.ts imports. */
export const PUBLISHED_TABLE = 'data/classement-ecoles-ingenieurs-international.txt';

/** The module that says which table the build is over (src/bundled.ts imports it). */
export const TABLE_MODULE = 'virtual:ranking-table';

/**
 * @typedef {{ file: string, source: string, published: boolean }} RankingTable
 * the table's absolute path; its name as the page shows it (the published one's path from the
 * root, another's file name); whether it is the published ranking
 */

/**
 * The table the build is over: RANKING_TABLE's file (a path from the working directory), or the
 * published one when it is unset or empty.
 * @param {Record<string, string | undefined>} env
 * @returns {RankingTable}
 */
export function rankingTable(env = process.env) {
  const other = env.RANKING_TABLE?.trim();
  if (!other) return { file: resolve(PUBLISHED_TABLE), source: PUBLISHED_TABLE, published: true };
  return { file: resolve(other), source: basename(other), published: false };
}

/**
 * A table file's bytes as text, the way a spreadsheet may save it: UTF-16 with its BOM (LE or BE),
 * UTF-8 (its BOM kept: the parser takes it off), else Windows-1252 (French Excel's "CSV").
 * @param {Uint8Array} bytes
 * @returns {string}
 */
export function decodeTable(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Node's 'windows-1252' decoder gives bytes 0x80-0x9F as C1 controls (as latin1 does), where
    // Windows-1252 has € ’ œ and others: those are mapped here (the WHATWG table).
    return new TextDecoder('latin1')
      .decode(bytes)
      .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] || c);
  }
}

/** Windows-1252's characters for bytes 0x80 to 0x9F (the five it leaves undefined kept as they are). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** The parser's problems that can leave a table without a school, in words. */
const REASONS = /** @type {Record<string, string>} */ ({
  empty: 'the file is empty',
  binary: 'it holds binary data, not a text table',
  'no-value-column': 'no column of numbers was found',
  'no-name-column': 'no column of names was found',
  'no-rows': 'a header but no data row',
  'missing-value': 'a value cell is empty',
  'not-a-number': 'a value is not a number',
  'empty-name': 'a name cell is empty',
  negative: 'a value is negative',
});

/**
 * Why a table cannot be built over, or null when at least one school is read from it: the
 * parser's first error, in words, with its line and the line's text.
 * @param {{ schools: unknown[], problems: { kind: string, severity: string, line: number, raw: string, value?: string }[] }} parsed
 * @param {string} file
 * @returns {string | null}
 */
export function unreadable(parsed, file) {
  if (parsed.schools.length > 0) return null;
  const problem = parsed.problems.find((p) => p.severity === 'error');
  if (problem === undefined) return `${file}: no school could be read from this table`;
  const why = Object.hasOwn(REASONS, problem.kind) ? REASONS[problem.kind] : problem.kind;
  const value = problem.value === undefined ? '' : ` (${JSON.stringify(problem.value)})`;
  const where = problem.line === 0 ? '' : `, line ${problem.line}: ${JSON.stringify(problem.raw)}`;
  return `${file}: no school could be read from this table: ${why}${value}${where}`;
}

/**
 * A module whose default export is `value`, written as JSON, which is a JavaScript literal (the
 * readers' results have fixed keys, none of them `__proto__`). Throws when JSON would not give the
 * value back exactly: an undefined field, NaN, -0, a Map or a class would be lost or changed.
 * @param {unknown} value
 * @param {string} what the file and reader, for the error
 * @returns {string}
 */
export function literalModule(value, what) {
  const json = JSON.stringify(value);
  if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) {
    throw new Error(`parsed: ${what} gives a value that JSON does not carry exactly`);
  }
  return `export default ${json};\n`;
}

/**
 * The module of a read table: as `literalModule`, but each school's id left out where it is the
 * slug of its name (every one but the second and later of a repeated name, `slug-2`…), and put
 * back by the module itself when it runs, with the parser's `slugify` (src/lib/data/normalize.ts,
 * in the page's start already): the ids are a third of the table's weight at start, gzip included
 * (0.9 KiB of 2.7).
 * @param {{ schools: ({ id: string, name: string } & Record<string, unknown>)[] } & Record<string, unknown>} value what READERS.table gives
 * @param {string} what the file and its kind, for the error message
 * @param {(name: string) => string} slugify
 * @param {string} normalize the absolute path of normalize.ts, which the module imports
 * @returns {string}
 */
export function tableModule(value, what, slugify, normalize) {
  literalModule(value, what);
  const schools = value.schools.map(({ id, ...rest }) =>
    id === slugify(rest.name) ? rest : { id, ...rest },
  );
  return [
    `import { slugify } from ${JSON.stringify(normalize)};`,
    `const table = ${JSON.stringify({ ...value, schools })};`,
    'for (const s of table.schools) s.id ??= slugify(s.name);',
    'export default table;',
    '',
  ].join('\n');
}

/**
 * The file and the reader's kind an import id asks for, or null when it asks for no parse. The dev
 * server adds to the query (`?import&parsed=table`): the kind is read among its parameters.
 * @param {string} id a resolved import id, e.g. `/app/data/familles.csv?parsed=families`
 * @returns {{ file: string, kind: string } | null}
 */
export function parsedRequest(id) {
  const at = id.indexOf('?');
  if (at === -1) return null;
  const kind = new URLSearchParams(id.slice(at + 1)).get('parsed');
  return kind ? { file: id.slice(0, at), kind } : null;
}

/**
 * @typedef {Record<string, (text: string) => unknown>} Readers
 * @typedef {{ module: { READERS: Readers, slugify: (name: string) => string }, dependencies: string[] }} LoadedReaders
 */

/** @returns {import('vite').Plugin} */
export function parsed() {
  /** @type {Promise<LoadedReaders> | null} loaded once per build (again after a change, in dev) */
  let readers = null;
  const table = rankingTable();
  const published = resolve(PUBLISHED_TABLE);
  return {
    name: 'parsed',
    // Before Vite's asset plugin, which would take a `.txt` (assetsInclude) for a file to copy.
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === TABLE_MODULE) return `\0${TABLE_MODULE}`;
      if (table.published || importer === undefined) return null;
      // An import of the published table, relative to its importer: the other table instead.
      const at = id.indexOf('?');
      const path = at === -1 ? id : id.slice(0, at);
      if (!path.startsWith('.')) return null;
      const from = dirname(importer.split('?')[0] ?? importer);
      return resolve(from, path) === published
        ? table.file + (at === -1 ? '' : id.slice(at))
        : null;
    },
    buildStart() {
      readers = null;
    },
    watchChange() {
      readers = null;
    },
    async load(id) {
      if (id === `\0${TABLE_MODULE}`) {
        const { source, published } = table;
        // The SHA-256 of its text as the page reads it (the methodology page's figure, and the
        // data's version that links carry: src/lib/state/version.ts).
        this.addWatchFile(table.file);
        const text = decodeTable(await readFile(table.file));
        const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
        return `export default ${JSON.stringify({ source, published, sha256 })};\n`;
      }
      // The table's text (the methodology page's), decoded as its reader is given it.
      const at = id.indexOf('?');
      if (id.slice(0, at) === table.file && new URLSearchParams(id.slice(at + 1)).has('raw')) {
        this.addWatchFile(table.file);
        return `export default ${JSON.stringify(decodeTable(await readFile(table.file)))};\n`;
      }
      const request = parsedRequest(id);
      if (request === null) return null;
      readers ??= runnerImport(resolve(READERS), { logLevel: 'error' });
      const { module, dependencies } = await readers;
      const read = Object.hasOwn(module.READERS, request.kind)
        ? module.READERS[request.kind]
        : undefined;
      if (read === undefined) throw new Error(`parsed: no reader "${request.kind}" in ${READERS}`);
      // The data file and the parser's modules: a change to either reads the file again (dev).
      this.addWatchFile(request.file);
      for (const file of dependencies) this.addWatchFile(file);
      const text = decodeTable(await readFile(request.file));
      const value = read(text);
      if (request.kind === 'table') {
        const why = unreadable(
          /** @type {Parameters<typeof unreadable>[0]} */ (value),
          request.file,
        );
        if (why !== null) throw new Error(why);
        return tableModule(
          /** @type {Parameters<typeof tableModule>[0]} */ (value),
          `${request.file} read as table`,
          module.slugify,
          resolve('src/lib/data/normalize.ts'),
        );
      }
      return literalModule(value, `${request.file} read as ${request.kind}`);
    },
  };
}
