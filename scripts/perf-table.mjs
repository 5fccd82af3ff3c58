// The pure part of `npm run perf` (scripts/perf.mjs): what ../shared/peers/measure.mjs wrote (its
// JSON) and the Lighthouse categories it does not run (accessibility, best practices, SEO) → one
// row per target → a markdown table, and issue 12's goals for the app checked against the same
// run. No file, no browser: tests/build/perf-table.test.ts feeds it hand-made results.

/**
 * @typedef {object} MeasureEntry One target at one size, as measure.mjs writes it (the fields read here).
 * @property {string} target its label (`dist=app` → 'app')
 * @property {string} folder the static folder served
 * @property {string} url the page loaded
 * @property {{ js_gzip: number | null, ready_ms: number | null, frame_ms: number | null,
 *   dom_nodes: number | null, failed_runs: number }} summary medians over the runs
 * @property {{ score: number | null, tbt_ms: number | null, fcp_ms: number | null }} [lighthouse]
 *   the performance category, medians over the Lighthouse runs (absent without --lighthouse)
 */

/**
 * @typedef {object} Measure measure.mjs's JSON (the fields read here).
 * @property {{ date: string, chromium: string, runs: number }} meta
 * @property {MeasureEntry[]} results
 */

/**
 * @typedef {object} Categories The other Lighthouse categories of one target, from one run.
 * @property {number | null} accessibility 0–100
 * @property {number | null} bestPractices 0–100
 * @property {number | null} seo 0–100
 * @property {string[]} failing ids of the audits that count in a score and did not pass
 */

/**
 * @typedef {object} Audit A Lighthouse audit (the fields read here).
 * @property {number | null} score
 */

/**
 * @typedef {object} Lhr A Lighthouse result (the fields read here).
 * @property {Record<string, { score: number | null, auditRefs: { id: string, weight: number }[] }>} categories
 * @property {Record<string, Audit>} audits
 */

/**
 * @typedef {object} Row One line of the table.
 * @property {string} target
 * @property {number | null} jsGzip JS served, gzip, bytes
 * @property {number | null} ready time to ready, ms (median)
 * @property {number} failedRuns loads that never became ready
 * @property {number | null} readyVsBase ready / the baseline's (BASE) ready
 * @property {number | null} frame first frame after ready, ms
 * @property {number | null} domNodes
 * @property {number | null} performance Lighthouse performance score
 * @property {number | null} accessibility
 * @property {number | null} bestPractices
 * @property {number | null} seo
 * @property {number | null} tbt Lighthouse total blocking time, ms
 * @property {number | null} fcp Lighthouse first contentful paint, ms
 * @property {string[]} failing
 */

/** The baseline: the bare d3 page, the lean peer the app's time to ready is held to. */
export const BASE = 'd3';

/** The Lighthouse categories measure.mjs leaves out, as Lighthouse names them. */
export const OTHER_CATEGORIES = ['accessibility', 'best-practices', 'seo'];

/**
 * The other categories' scores (0–100) and their failing audits, from a Lighthouse result.
 * An audit fails when it counts in its category (weight > 0) and scored below 1; manual and
 * not-applicable audits have no score and never fail.
 * @param {Lhr} lhr
 * @returns {Categories}
 */
export function categoryScores(lhr) {
  /** @param {string} id */
  const score = (id) => {
    const value = lhr.categories[id]?.score;
    return value === undefined || value === null ? null : Math.round(value * 100);
  };
  /** @type {string[]} */
  const failing = [];
  for (const id of OTHER_CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      const failed = ref.weight > 0 && audit && audit.score !== null && audit.score < 1;
      if (failed && !failing.includes(ref.id)) failing.push(ref.id);
    }
  }
  return {
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    failing,
  };
}

/**
 * One row per target, in measure.mjs's order, with its time to ready over the baseline's (BASE).
 * @param {Measure} measure
 * @param {Map<string, Categories>} categories by target label; a target left out shows '–'
 * @returns {Row[]}
 */
export function perfRows(measure, categories) {
  const baseReady = measure.results.find((r) => r.target === BASE)?.summary.ready_ms ?? null;
  return measure.results.map(({ target, summary: s, lighthouse: lh }) => {
    const other = categories.get(target);
    return {
      target,
      jsGzip: s.js_gzip,
      ready: s.ready_ms,
      failedRuns: s.failed_runs,
      readyVsBase: s.ready_ms === null || !baseReady ? null : s.ready_ms / baseReady,
      frame: s.frame_ms,
      domNodes: s.dom_nodes,
      performance: lh?.score ?? null,
      accessibility: other?.accessibility ?? null,
      bestPractices: other?.bestPractices ?? null,
      seo: other?.seo ?? null,
      tbt: lh?.tbt_ms ?? null,
      fcp: lh?.fcp_ms ?? null,
      failing: other?.failing ?? [],
    };
  });
}

const NONE = '–';
/** @param {number | null} bytes */
const kib = (bytes) => (bytes === null ? NONE : (bytes / 1024).toFixed(1));
/** @param {number | null} value */
const whole = (value) => (value === null ? NONE : Math.round(value).toLocaleString('en-US'));
/** @param {number | null} ratio */
const times = (ratio) => (ratio === null ? NONE : `${ratio.toFixed(2)}×`);

/** The table's columns: heading, then the cell of a row. */
const COLUMNS = /** @type {[string, (row: Row) => string][]} */ ([
  ['target', (r) => r.target],
  ['JS gzip KiB', (r) => kib(r.jsGzip)],
  ['ready ms', (r) => whole(r.ready) + (r.failedRuns > 0 ? ` (${r.failedRuns} failed)` : '')],
  [`ready / ${BASE}`, (r) => times(r.readyVsBase)],
  ['next frame ms', (r) => whole(r.frame)],
  ['DOM nodes', (r) => whole(r.domNodes)],
  ['LH perf.', (r) => whole(r.performance)],
  ['LH access.', (r) => whole(r.accessibility)],
  ['LH best pr.', (r) => whole(r.bestPractices)],
  ['LH SEO', (r) => whole(r.seo)],
  ['LH TBT ms', (r) => whole(r.tbt)],
  ['LH FCP ms', (r) => whole(r.fcp)],
]);

/**
 * The rows as a markdown table, numbers right-aligned.
 * @param {Row[]} rows
 * @returns {string}
 */
export function perfTable(rows) {
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(COLUMNS.map(([heading]) => heading)),
    `|${COLUMNS.map((_, i) => (i === 0 ? '---' : '--:')).join('|')}|`,
    ...rows.map((row) => line(COLUMNS.map(([, cell]) => cell(row)))),
  ].join('\n');
}

/**
 * Issue 12's goals for the app: a name, the value measured, and whether it meets the goal.
 * @type {{ name: string, value: (row: Row) => number | null, meets: (value: number) => boolean,
 *   show: (value: number) => string }[]}
 */
const GOALS = [
  {
    name: `time to ready at most the ${BASE} page’s`,
    value: (r) => r.readyVsBase,
    meets: (v) => v <= 1,
    show: (v) => `${v.toFixed(2)}× ${BASE}’s`,
  },
  { name: 'LH performance ≥ 98', value: (r) => r.performance, meets: (v) => v >= 98, show: String },
  {
    name: 'LH accessibility 100',
    value: (r) => r.accessibility,
    meets: (v) => v === 100,
    show: String,
  },
  {
    name: 'LH best practices 100',
    value: (r) => r.bestPractices,
    meets: (v) => v === 100,
    show: String,
  },
  { name: 'LH SEO 100', value: (r) => r.seo, meets: (v) => v === 100, show: String },
  {
    name: 'LH TBT ≤ 50 ms',
    value: (r) => r.tbt,
    meets: (v) => v <= 50,
    show: (v) => `${whole(v)} ms`,
  },
  {
    name: 'LH FCP ≤ 1.2 s',
    value: (r) => r.fcp,
    meets: (v) => v <= 1200,
    show: (v) => `${whole(v)} ms`,
  },
];

/**
 * Issue 12's goals checked on one row, one markdown list item each: "met", "not met" or "not
 * measured" (Lighthouse skipped, or the baseline absent).
 * @param {Row} row
 * @returns {string[]}
 */
export function goalLines(row) {
  return GOALS.map(({ name, value, meets, show }) => {
    const v = value(row);
    return v === null
      ? `- ${name}: not measured`
      : `- ${name}: ${show(v)}, ${meets(v) ? 'met' : 'not met'}`;
  });
}

/**
 * The whole report: when and with what, the table, the failing audits, and the app's goals.
 * @param {Measure} measure
 * @param {Row[]} rows
 * @param {{ app: string, lighthouseRuns: number | null, load: { start: number, end: number, cores: number } }} options
 *   the app's label; the Lighthouse performance runs per target (null: Lighthouse skipped); the
 *   machine's load average over a minute when the run started and ended, and its cores (the times
 *   stretch with it)
 * @returns {string}
 */
export function perfReport(measure, rows, { app, lighthouseRuns, load }) {
  const { date, chromium, runs } = measure.meta;
  const lighthouse =
    lighthouseRuns === null
      ? 'Lighthouse skipped.'
      : `Lighthouse mobile (simulated throttling): performance, TBT and FCP the median of ${lighthouseRuns} run(s); accessibility, best practices and SEO from one run.`;
  const failing = rows
    .filter((r) => r.failing.length > 0)
    .map((r) => `- ${r.target}: ${r.failing.join(', ')}`);
  const appRow = rows.find((r) => r.target === app);
  return [
    `Measured ${date.slice(0, 10)} at ${date.slice(11, 16)} UTC, Chromium ${chromium}; ready: median of ${runs} loads.`,
    `Load average ${load.start.toFixed(1)} at the start, ${load.end.toFixed(1)} at the end, on ${load.cores} cores.`,
    lighthouse,
    '',
    perfTable(rows),
    '',
    ...(lighthouseRuns === null
      ? []
      : [
          'Lighthouse audits failing (accessibility, best practices, SEO):',
          ...(failing.length ? failing : ['- none']),
          '',
        ]),
    ...(appRow ? [`Issue 12's goals, ${app}:`, ...goalLines(appRow), ''] : []),
  ].join('\n');
}
