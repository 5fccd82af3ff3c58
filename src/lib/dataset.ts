// The whole pipeline, once per text: text of a table → parsed schools → ranking → distribution.
// Pure and synchronous (a worker can run it); the page's start bundle holds only the second half
// (ranked.ts), its bundled table being parsed at build time.
import { parseTable } from './data/parse';
import type { Direction, ReadOptions } from './load/types';
import { datasetOf, type Dataset } from './ranked';

export type { Dataset } from './ranked';

/** Parses (with the reading choices given, the rest detected), ranks (larger values first, or
 *  smaller with 'lower') and describes one table. Never throws: problems are data. */
export function buildDataset(
  text: string,
  options: ReadOptions = {},
  direction: Direction = 'higher',
): Dataset {
  // 1. text → schools + problems; 2–3. ranks and distribution (ranked.ts)
  return datasetOf(parseTable(text, options), direction);
}
