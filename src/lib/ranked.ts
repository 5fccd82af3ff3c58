// A parsed table → its dataset: ranks, tie groups, distribution, and every problem by line (the
// pipeline's steps 2 and 3; step 1, the parse, is in dataset.ts). The explorer runs this over a
// table parsed elsewhere (at build time for the bundled seed, scripts/parsed.mjs; in a worker for a
// person's file), so it imports no parser and keeps none in the start bundle.
import type { ParseMeta, ParseResult, Problem } from './data/types';
import type { Direction } from './load/types';
import { rankSchools } from './analysis/rank';
import { describe, valuesOf } from './analysis/distribution';
import type { Distribution, Ranking } from './analysis/types';

export interface Dataset {
  ranking: Ranking;
  /** Null when no school could be read. */
  distribution: Distribution | null;
  /** Parse problems and rank disagreements together, by line. */
  problems: Problem[];
  meta: ParseMeta;
}

/** Ranks and describes the schools a parse gave, the larger values first ('higher') or the
 *  smaller ('lower'). Never throws: problems are data. */
export function datasetOf(parsed: ParseResult, direction: Direction = 'higher'): Dataset {
  // 2. schools → ranks, tie groups, printed-rank disagreements
  const ranking = rankSchools(parsed.schools, direction);
  // 3. months → summary figures and histogram bins
  const distribution = describe(valuesOf(ranking.schools));
  const problems = [...parsed.problems, ...ranking.problems].sort((a, b) => a.line - b.line);
  return { ranking, distribution, problems, meta: parsed.meta };
}
