// The whole pipeline, once per text: text of a table → parsed schools → ranking → distribution.
import { parseTable } from './data/parse';
import type { ParseMeta, Problem } from './data/types';
import { rankSchools } from './analysis/rank';
import { describe } from './analysis/distribution';
import type { Distribution, Ranking } from './analysis/types';

export interface Dataset {
  ranking: Ranking;
  /** Null when no school could be read. */
  distribution: Distribution | null;
  /** Parse problems and rank disagreements together, by line. */
  problems: Problem[];
  meta: ParseMeta;
}

/** Parses, ranks and describes one table. Never throws: problems are data. */
export function buildDataset(text: string): Dataset {
  // 1. text → schools + problems
  const parsed = parseTable(text);
  // 2. schools → ranks, tie groups, printed-rank disagreements
  const ranking = rankSchools(parsed.schools);
  // 3. months → summary figures and histogram bins
  const distribution = describe(ranking.schools.map((s) => s.months));
  const problems = [...parsed.problems, ...ranking.problems].sort((a, b) => a.line - b.line);
  return { ranking, distribution, problems, meta: parsed.meta };
}
