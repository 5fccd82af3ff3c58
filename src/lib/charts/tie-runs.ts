// Rows of a ranking, in ranked order → the runs of tied rows among them (pure, no DOM): the ranking
// chart shades each run and labels its group (ranking-layout.ts). Apart from scales.ts, which the
// first screen loads: only the ranking chart reads runs.

/** A run of consecutive rows that share one rank (a tie group, or the part of it a filter shows). */
export interface TieRun {
  /** Index of the run's first row. */
  start: number;
  /** How many consecutive rows it covers. */
  length: number;
  /** The shared rank. */
  rank: number;
}

/** What `tieRuns` reads of a row: its rank and its tie group's size; and, for ranked schools, its
 *  place in the ranking and its group's last place, with which a group shown whole is passed over
 *  in one step. */
export interface TieRow {
  rank: number;
  position?: number;
  tie: { size: number; last?: number };
}

/**
 * Runs of consecutive rows with the same rank, for rows whose tie group has two or more schools;
 * rows in ranked order (the ranking chart's, filtered or not). A row that starts a group shown whole (its group's last school stands as many rows on as places
 * on: rows are a part of the ranking, in order, so none is missing between) closes the run at
 * once: the 100,000 rows of a large table take a step per group, not per row (the whole scan took
 * 5–30 ms of the task that shows such a table, in Chromium profiles). Any other row is read one by
 * one.
 */
export function tieRuns(rows: readonly TieRow[]): TieRun[] {
  const runs: TieRun[] = [];
  let last: TieRun | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    if (last !== undefined && last.rank === row.rank && last.start + last.length === i) {
      last.length += 1;
      continue;
    }
    if (row.tie.size <= 1) continue;
    last = { start: i, length: 1, rank: row.rank };
    runs.push(last);
    const { position } = row;
    const end = row.tie.last;
    if (position === undefined || end === undefined) continue;
    const j = i + (end - position);
    const at = rows[j];
    if (j > i && at !== undefined && at.tie === row.tie && at.position === end) {
      last.length = j - i + 1;
      i = j;
    }
  }
  return runs;
}
