import { describe, expect, it } from 'vitest';
import { runLoad } from '../../src/lib/load/pipeline';
import { packResult, unpackResult } from '../../src/lib/load/transfer';
import type { LoadResult } from '../../src/lib/load/types';
import { withKeys } from './keys';

// A duplicate (line 4, 'alpha'), printed ranks that disagree (line 4: 5 for 3; line 8: 8 for 5), a
// tie with no printed rank (line 5), a value that is not a number (line 6: skipped) and a negative
// one (line 7: skipped). Problems with and without `value` and `expected`.
const TABLE = [
  'Rang;École;Mois',
  '1;Alpha;12',
  '2;Beta;10,5',
  '5;alpha;10',
  ';Gamma;10',
  '6;Delta;n.c.',
  '7;Eps;-3',
  '8;Zeta;2',
].join('\n');

async function loaded(): Promise<LoadResult> {
  const outcome = await runLoad({ source: { kind: 'text', text: TABLE, name: 't' }, origin: '' });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
  return outcome.result;
}

describe('packResult then unpackResult', () => {
  it('gives back the same result, through a structured clone that moves the buffers', async () => {
    const result = await loaded();
    // The table really has problems of both sources, with and without value and expected.
    expect(result.parsed.problems.map((p) => [p.kind, p.line])).toEqual([
      ['duplicate', 4],
      ['not-a-number', 6],
      ['negative', 7],
    ]);
    expect(result.dataset.ranking.problems.map((p) => [p.kind, p.line])).toEqual([
      ['rank-mismatch', 4],
      ['rank-mismatch', 8],
    ]);
    const { packed, transfer } = packResult(result);
    const moved = structuredClone(packed, { transfer });
    // Moved, not copied: the worker's side is left with empty buffers.
    expect(packed.schools.months.length).toBe(0);
    // Strict: a field left out stays left out (not-a-number has no `expected`); the ranked schools
    // come back with their names folded by the worker, and nothing else added.
    expect(await unpackResult(moved)).toStrictEqual(withKeys(result));
  });

  it('shares objects as the pipeline does', async () => {
    const back = await unpackResult(structuredClone(packResult(await loaded()).packed));
    if (back === null) throw new Error('not rebuilt');
    const { parsed, dataset } = back;
    expect(dataset.meta).toBe(parsed.meta);
    // alpha and Gamma share 10 months.
    const alpha = dataset.ranking.schools.find((s) => s.name === 'alpha');
    const gamma = dataset.ranking.schools.find((s) => s.name === 'Gamma');
    expect(alpha?.tie).toBe(gamma?.tie);
    // Each school one object, in the parsed list and in the ranking, as in the worker.
    const { parsed: inWorker, dataset: rankedInWorker } = await loaded();
    expect(inWorker.schools).toContain(rankedInWorker.ranking.schools[0]);
    expect(parsed.schools).toHaveLength(5);
    parsed.schools.forEach((s) => expect(dataset.ranking.schools).toContain(s));
    expect(dataset.ranking.groups).toContain(alpha?.tie);
    for (const p of parsed.problems) expect(dataset.problems).toContain(p);
    for (const p of dataset.ranking.problems) expect(dataset.problems).toContain(p);
  });

  it('gives the page a turn whenever a slice passes its budget', async () => {
    // 5,000 schools: the rows are rebuilt in steps of 4,096, so there is a step to pause at.
    const rows = Array.from({ length: 5000 }, (_, i) => `S${i};${i % 13}`).join('\n');
    const outcome = await runLoad({ source: { kind: 'text', text: rows, name: 'r' }, origin: '' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const { packed } = packResult(outcome.result);
    let turns = 0;
    const turn = async () => {
      turns += 1;
    };
    await unpackResult(structuredClone(packed), { budget: Number.POSITIVE_INFINITY, turn });
    expect(turns).toBe(0);
    // Over budget at every step: a step ends after the 4,096th school (made once, for the parsed
    // list and the ranking both); no problem in this table.
    const back = await unpackResult(structuredClone(packed), { budget: -1, turn });
    expect(back?.dataset.problems).toEqual([]);
    expect(turns).toBe(1);
    expect(back?.dataset.ranking.schools).toHaveLength(5000);
  });

  it('stops at the first turn once its signal aborts, and gives null', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `S${i};${i % 13}`).join('\n');
    const outcome = await runLoad({ source: { kind: 'text', text: rows, name: 'r' }, origin: '' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.error));
    const abort = new AbortController();
    let turns = 0;
    const turn = async () => {
      turns += 1;
      abort.abort();
    };
    const packed = packResult(outcome.result).packed;
    expect(await unpackResult(packed, { budget: -1, turn, signal: abort.signal })).toBe(null);
    expect(turns).toBe(1);
  });
});
