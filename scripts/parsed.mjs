// Vite plugin: an import of `<file>?parsed=<kind>` (src/bundled.ts imports the data files so) →
// the file's text read by READERS[kind] of src/lib/data/readers.ts, run at build time by Vite's
// module runner, its result written into the bundle as a literal. The page thus gets the bundled
// files already read: neither papaparse nor the parser loads at start (issue 12), and every figure
// still comes from data/ through the same parser (tests/build/parsed.test.ts checks the result
// against a parse of the same files at run time). Runs for the build, the dev server and Vitest.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { runnerImport } from 'vite';

/** The module holding the readers, from the project's root. */
const READERS = 'src/lib/data/readers.ts';

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
 * @typedef {{ module: { READERS: Readers }, dependencies: string[] }} LoadedReaders
 */

/** @returns {import('vite').Plugin} */
export function parsed() {
  /** @type {Promise<LoadedReaders> | null} loaded once per build (again after a change, in dev) */
  let readers = null;
  return {
    name: 'parsed',
    // Before Vite's asset plugin, which would take a `.txt` (assetsInclude) for a file to copy.
    enforce: 'pre',
    buildStart() {
      readers = null;
    },
    watchChange() {
      readers = null;
    },
    async load(id) {
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
      const text = await readFile(request.file, 'utf8');
      return literalModule(read(text), `${request.file} read as ${request.kind}`);
    },
  };
}
