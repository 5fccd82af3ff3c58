// `npm run bench`: medians of parse, ranks and distribution on the seed and on generated tables,
// next to papaparse's bare parse of the same text in the same runs (issue 13: at most 2.5 times).
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Papa from 'papaparse';
import { parseTable } from '../src/lib/data/parse';
import { rankSchools } from '../src/lib/analysis/rank';
import { describe, valuesOf } from '../src/lib/analysis/distribution';
import { generateTable } from './generate';
import { emptyFilter, filterIndex, filterSchools, type Filter } from '../src/lib/analysis/filter';
import { sortSchools } from '../src/lib/analysis/sort';

interface Case {
  label: string;
  text: string;
  runs: number;
  budget?: number;
  /** A full GC before each timed pipeline (see `collect`): for the large tables only, a small
   *  one being timed with warm caches as a page reads it. */
  gc?: boolean;
}

const cases: Case[] = [
  {
    label: 'seed (144)',
    text: readFileSync('data/classement-ecoles-ingenieurs-international.txt', 'utf8'),
    runs: 300,
    budget: 1,
  },
  { label: '10 000', text: generateTable(10_000), runs: 40, gc: true },
  // 25 runs (not 15): on a shared machine the medians moved by a third from one run to the next.
  { label: '100 000', text: generateTable(100_000), runs: 25, budget: 200, gc: true },
];

// A full garbage collection before each timed pipeline, untimed, so that neither one pays for the
// garbage the other left (papaparse's rows collected during the next parse, or the reverse): each
// starts on a clean heap, as a page's one load does. What a pipeline collects of its own is timed.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
};

/** The most parse + ranks + distribution may take, in papaparse's bare parses of the same text. */
const MAX_RATIO = 2.5;

const ms = (v: number): string => v.toFixed(v < 10 ? 3 : 1).padStart(9);
console.log(
  `Node ${process.version}, median of N runs after 3 warm-up runs, in ms (from 10 000 rows, a full GC before each pipeline, untimed)`,
);
console.log(
  `papa: Papa.parse(text, { delimiter }) alone, timed in the same runs; ratio: total / papa (at most ${MAX_RATIO} at 100 000)`,
);
console.log(
  "paired: the median of each run's own total / papa (a run and its papaparse parse share the load of the moment)\n",
);
console.log(
  'table       |  runs |     parse |     ranks |     distr |     total |      papa | ratio | paired | budget',
);
console.log(
  '------------|-------|-----------|-----------|-----------|-----------|-----------|-------|--------|-------',
);
for (const c of cases) {
  const parse: number[] = [];
  const rank: number[] = [];
  const distr: number[] = [];
  const total: number[] = [];
  const papa: number[] = [];
  const paired: number[] = [];
  for (let i = 0; i < c.runs + 3; i++) {
    if (c.gc) collect();
    const [parsed, tp] = time(() => parseTable(c.text));
    const [ranked, tr] = time(() => rankSchools(parsed.schools));
    // As the app does (ranked.ts datasetOf).
    const [, td] = time(() => describe(valuesOf(ranked.schools)));
    const { delimiter } = parsed.meta;
    if (c.gc) collect();
    const [, tb] = time(() => Papa.parse<string[]>(c.text, { delimiter }));
    if (i < 3) continue;
    parse.push(tp);
    rank.push(tr);
    distr.push(td);
    total.push(tp + tr + td);
    papa.push(tb);
    paired.push((tp + tr + td) / tb);
  }
  const m = median(total);
  const ratio = m / median(papa);
  const verdict =
    c.budget === undefined
      ? ''
      : `${m < c.budget ? 'ok' : 'OVER'} < ${c.budget} ms` +
        (c.label === '100 000' ? `, ${ratio <= MAX_RATIO ? 'ok' : 'OVER'} ≤ ${MAX_RATIO}×` : '');
  console.log(
    `${c.label.padEnd(11)} | ${String(c.runs).padStart(5)} |${ms(median(parse))}  |${ms(median(rank))}  |${ms(median(distr))}  |${ms(m)}  |${ms(median(papa))}  | ${ratio.toFixed(2).padStart(5)} | ${median(paired).toFixed(2).padStart(6)} | ${verdict}`,
  );
}

// What a filter change recomputes (the pure part of a re-render): filter → distribution → table order.
console.log('\nFilter change (search "ecole 1" + months 3 to 9 + sort by months), median in ms\n');
console.log('table       |  runs |  index once | filter+describe+sort');
console.log('------------|-------|-------------|---------------------');
const change: Filter = { ...emptyFilter, query: 'ecole 1', range: [3, 9] };
for (const c of cases.slice(0, 2)) {
  const ranked = rankSchools(parseTable(c.text).schools).schools;
  const indexTimes: number[] = [];
  const changeTimes: number[] = [];
  for (let i = 0; i < c.runs + 3; i++) {
    const [index, ti] = time(() => filterIndex(ranked, () => 'autre'));
    const [, tc] = time(() => {
      const shown = filterSchools(ranked, change, index);
      describe(shown.map((s) => s.months));
      return sortSchools(shown, { key: 'months', dir: 'desc' });
    });
    if (i < 3) continue;
    indexTimes.push(ti);
    changeTimes.push(tc);
  }
  console.log(
    `${c.label.padEnd(11)} | ${String(c.runs).padStart(5)} |  ${ms(median(indexTimes))}  |  ${ms(median(changeTimes))}`,
  );
}
