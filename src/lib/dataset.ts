// The whole pipeline, once per text: text of a table → parsed schools → ranking → distribution.
// Pure and synchronous (a worker can run it); the page's start bundle holds only the second half
// (ranked.ts), its bundled table being parsed at build time.
import { parseTable } from './data/parse';
import { datasetOf, type Dataset } from './ranked';

export type { Dataset } from './ranked';

/** Parses, ranks and describes one table. Never throws: problems are data. */
export function buildDataset(text: string): Dataset {
  // 1. text → schools + problems; 2–3. ranks and distribution (ranked.ts)
  return datasetOf(parseTable(text));
}
