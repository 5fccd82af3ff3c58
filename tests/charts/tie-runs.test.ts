// Runs of tied rows (charts/tie-runs.ts): hand-worked rows, ranked schools under a filter, and a
// property test against a row-by-row reading.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tieRuns } from '../../src/lib/charts/tie-runs';
import { rankedOf } from '../analysis/made';

describe('tieRuns', () => {
  const row = (rank: number, size: number) => ({ rank, tie: { size } });
  it('tieRuns of 1, 1, 3, 4, 4, 4 gives runs at 0 (2 rows) and 3 (3 rows)', () => {
    expect(tieRuns([row(1, 2), row(1, 2), row(3, 1), row(4, 3), row(4, 3), row(4, 3)])).toEqual([
      { start: 0, length: 2, rank: 1 },
      { start: 3, length: 3, rank: 4 },
    ]);
  });

  it('a filter showing one school of a tie of 32 gives a run of one row, not 32', () => {
    expect(tieRuns([row(23, 4), row(34, 32), row(136, 1)])).toEqual([
      { start: 0, length: 1, rank: 23 },
      { start: 1, length: 1, rank: 34 },
    ]);
  });

  it('tieRuns([]) is empty', () => {
    expect(tieRuns([])).toEqual([]);
  });

  it('ranked schools: a group shown whole is one run, a group a filter cuts runs where it shows', () => {
    // 9, 7, 7, 7, 5, 5, 3: ranks 1, 2, 2, 2, 5, 5, 7.
    const ranked = rankedOf([9, 7, 7, 7, 5, 5, 3]);
    expect(tieRuns(ranked)).toEqual([
      { start: 1, length: 3, rank: 2 },
      { start: 4, length: 2, rank: 5 },
    ]);
    // Without the second 7 (position 3): the group of 7 shows two rows, one run still.
    const cut = ranked.filter((s) => s.position !== 3);
    expect(tieRuns(cut)).toEqual([
      { start: 1, length: 2, rank: 2 },
      { start: 3, length: 2, rank: 5 },
    ]);
  });

  it('on ranked schools under any filter, gives what a row-by-row reading gives (property)', () => {
    // Worked out apart: consecutive rows of one rank, for groups of two or more, row by row.
    const byRows = (rows: readonly { rank: number; tie: { size: number } }[]) => {
      const runs: { start: number; length: number; rank: number }[] = [];
      rows.forEach((r, i) => {
        const prev = runs.at(-1);
        if (prev && prev.rank === r.rank && prev.start + prev.length === i) prev.length += 1;
        else if (r.tie.size > 1) runs.push({ start: i, length: 1, rank: r.rank });
      });
      return runs;
    };
    const values = fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 });
    fc.assert(
      fc.property(values, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (v, keep) => {
        const shown = rankedOf(v).filter((_, i) => keep[i]);
        expect(tieRuns(shown)).toEqual(byRows(shown));
      }),
    );
  });
});
