// One data row's cells → a school, or the problem that stops it, plus the warnings it deserves.
import type { Identities } from './identity';
import { nameKey } from './normalize';
import { parseMonths, parseRank } from './number';
import type { Columns, ProblemKind, School, Severity } from './types';

/** Above this many months a stay abroad is not believable (five years). */
export const MAX_MONTHS = 60;

export type Report = (
  kind: ProblemKind,
  severity: Severity,
  value?: string,
  expected?: number,
) => void;

/** What rows share while a table is read. */
export interface RowState {
  columns: Columns;
  /** True for a row that repeats the header (a page break): skipped without a word. */
  isHeader: (cells: readonly string[]) => boolean;
  identities: Identities;
}

/**
 * Reads one row; reports problems through `report`; null when the row cannot be used. Only a row
 * that fails (no name, no number) is compared with the header, so good rows cost no folding.
 */
export function readSchool(
  cells: readonly string[],
  line: number,
  state: RowState,
  report: Report,
): School | null {
  const { columns } = state;
  // The clean name and its slug in one pass (see nameKey).
  const { name, key } = nameKey(cells[columns.name] ?? '');
  const cell = (cells[columns.months] ?? '').trim();
  const months = parseMonths(cell);
  if ((name === '' || months === null) && state.isHeader(cells)) return null;
  if (name === '') {
    report('empty-name', 'error');
    return null;
  }
  if (cell === '') {
    report('missing-value', 'error');
    return null;
  }
  if (months === null) {
    report('not-a-number', 'error', cell);
    return null;
  }
  if (months < 0) {
    report('negative', 'error', cell);
    return null;
  }
  if (months > MAX_MONTHS) report('implausible', 'warning', cell);
  let printedRank: number | null = null;
  if (columns.rank !== null) {
    const rankCell = cells[columns.rank] ?? '';
    const rank = parseRank(rankCell);
    if (rank === undefined) report('bad-rank', 'warning', rankCell.trim());
    else printedRank = rank;
  }
  const { id, firstLine } = state.identities.add(name, line, key);
  if (firstLine !== undefined) report('duplicate', 'warning', name, firstLine);
  return { id, name, months, printedRank, line };
}
