// `npm run perf`'s table (scripts/perf-table.mjs): measure.mjs's results and the other Lighthouse
// categories → rows → markdown, and issue 12's goals for the app. Fixtures written by hand in
// measure.mjs's shape; every figure below is worked out here, not by the code.
import { describe, expect, it } from 'vitest';
import {
  categoryScores,
  goalLines,
  perfReport,
  perfRows,
  perfTable,
  type Categories,
  type Lhr,
  type Measure,
} from '../../scripts/perf-table.mjs';

const entry = (
  target: string,
  summary: Measure['results'][number]['summary'],
  lighthouse?: Measure['results'][number]['lighthouse'],
): Measure['results'][number] => ({
  target,
  folder: `/x/${target}`,
  url: 'http://127.0.0.1:1234/?n=144',
  summary,
  ...(lighthouse ? { lighthouse } : {}),
});

const measure: Measure = {
  meta: { date: '2026-12-01T16:08:29.199Z', chromium: '156.0.8078.114', runs: 9 },
  results: [
    // 94,822 B = 92.599… KiB; 913.4 / 345 = 2.6475… → 2.65×
    entry(
      'app',
      { js_gzip: 94822, ready_ms: 913.4, frame_ms: 1076.2, dom_nodes: 6573, failed_runs: 0 },
      { score: 85, tbt_ms: 77.2, fcp_ms: 1234.5 },
    ),
    // 22,426 B = 21.900… KiB
    entry(
      'd3',
      { js_gzip: 22426, ready_ms: 345, frame_ms: 376, dom_nodes: 803, failed_runs: 0 },
      { score: 99, tbt_ms: 135, fcp_ms: 900 },
    ),
    // 296,243 B = 289.299… KiB; 892 / 345 = 2.5855… → 2.59×; no Lighthouse
    entry('vega', {
      js_gzip: 296243,
      ready_ms: 892,
      frame_ms: 947,
      dom_nodes: 1075,
      failed_runs: 2,
    }),
  ],
};

const categories = new Map<string, Categories>([
  ['app', { accessibility: 100, bestPractices: 100, seo: 100, failing: [] }],
  ['d3', { accessibility: 100, bestPractices: 93, seo: 90, failing: ['meta-description'] }],
]);

describe('categoryScores', () => {
  const lhr: Lhr = {
    categories: {
      performance: { score: 0.5, auditRefs: [{ id: 'total-blocking-time', weight: 30 }] },
      accessibility: {
        score: 0.93,
        auditRefs: [
          { id: 'aria-prohibited-attr', weight: 7 },
          { id: 'color-contrast', weight: 7 },
          { id: 'logical-tab-order', weight: 0 },
          { id: 'region', weight: 0 },
        ],
      },
      'best-practices': {
        score: 1,
        auditRefs: [
          { id: 'errors-in-console', weight: 1 },
          { id: 'font-size', weight: 1 },
        ],
      },
    },
    audits: {
      'total-blocking-time': { score: 0.2 },
      'aria-prohibited-attr': { score: 0 },
      'color-contrast': { score: 1 },
      'logical-tab-order': { score: null },
      region: { score: 0 },
      'errors-in-console': { score: null },
      'font-size': { score: 0.5 },
    },
  };

  it('categoryScores(lhr) gives each category ×100, rounded, and null for one not run', () => {
    const { accessibility, bestPractices, seo } = categoryScores(lhr);
    expect([accessibility, bestPractices, seo]).toEqual([93, 100, null]);
  });

  it('lists the audits that weigh in a score and scored below 1, not the performance ones', () => {
    // region scored 0 but weighs nothing; logical-tab-order and errors-in-console have no score.
    expect(categoryScores(lhr).failing).toEqual(['aria-prohibited-attr', 'font-size']);
  });
});

describe('perfRows', () => {
  it('perfRows(measure, categories) gives a row per target with its ready over d3’s', () => {
    const rows = perfRows(measure, categories);
    expect(rows.map((r) => r.target)).toEqual(['app', 'd3', 'vega']);
    expect(rows[0]).toEqual({
      target: 'app',
      jsGzip: 94822,
      ready: 913.4,
      failedRuns: 0,
      readyVsBase: 913.4 / 345,
      frame: 1076.2,
      domNodes: 6573,
      performance: 85,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      tbt: 77.2,
      fcp: 1234.5,
      failing: [],
    });
    expect(rows[1]?.readyVsBase).toBe(1);
  });

  it('leaves a target without Lighthouse or categories empty', () => {
    const vega = perfRows(measure, categories)[2];
    expect(vega).toMatchObject({ performance: null, accessibility: null, tbt: null, fcp: null });
    expect(vega?.failing).toEqual([]);
  });

  it('has no ratio without the d3 page', () => {
    const alone: Measure = {
      ...measure,
      results: measure.results.filter((r) => r.target !== 'd3'),
    };
    expect(perfRows(alone, categories).map((r) => r.readyVsBase)).toEqual([null, null]);
  });
});

describe('perfTable', () => {
  it('perfTable(rows) writes one markdown line per target, numbers rounded, – when missing', () => {
    expect(perfTable(perfRows(measure, categories))).toBe(
      [
        '| target | JS gzip KiB | ready ms | ready / d3 | next frame ms | DOM nodes | LH perf. | LH access. | LH best pr. | LH SEO | LH TBT ms | LH FCP ms |',
        '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
        '| app | 92.6 | 913 | 2.65× | 1,076 | 6,573 | 85 | 100 | 100 | 100 | 77 | 1,235 |',
        '| d3 | 21.9 | 345 | 1.00× | 376 | 803 | 99 | 100 | 93 | 90 | 135 | 900 |',
        '| vega | 289.3 | 892 (2 failed) | 2.59× | 947 | 1,075 | – | – | – | – | – | – |',
      ].join('\n'),
    );
  });
});

describe('goalLines', () => {
  it('goalLines(app) checks each of issue 12’s goals on the measured values', () => {
    const [app] = perfRows(measure, categories);
    expect(app && goalLines(app)).toEqual([
      '- time to ready at most the d3 page’s: 2.65× d3’s, not met',
      '- LH performance ≥ 98: 85, not met',
      '- LH accessibility 100: 100, met',
      '- LH best practices 100: 100, met',
      '- LH SEO 100: 100, met',
      '- LH TBT ≤ 50 ms: 77 ms, not met',
      '- LH FCP ≤ 1.2 s: 1,235 ms, not met',
    ]);
  });

  it('meets a goal at its bound, and says what was not measured', () => {
    const [app] = perfRows(measure, new Map());
    if (!app) throw new Error('no app row');
    const atBounds = { ...app, readyVsBase: 1, performance: 98, tbt: 50, fcp: 1200 };
    expect(goalLines(atBounds)).toEqual([
      '- time to ready at most the d3 page’s: 1.00× d3’s, met',
      '- LH performance ≥ 98: 98, met',
      '- LH accessibility 100: not measured',
      '- LH best practices 100: not measured',
      '- LH SEO 100: not measured',
      '- LH TBT ≤ 50 ms: 50 ms, met',
      '- LH FCP ≤ 1.2 s: 1,200 ms, met',
    ]);
  });
});

describe('perfReport', () => {
  const rows = perfRows(measure, categories);
  const load = { start: 1.234, end: 17.56, cores: 2 };

  it('opens with the date, the time in UTC, Chromium and the load, and lists the failing audits', () => {
    const lines = perfReport(measure, rows, { app: 'app', lighthouseRuns: 3, load }).split('\n');
    expect(lines[0]).toBe(
      'Measured 2026-12-01 at 16:08 UTC, Chromium 156.0.8078.114; ready: median of 9 loads.',
    );
    expect(lines[1]).toBe('Load average 1.2 at the start, 17.6 at the end, on 2 cores.');
    expect(lines).toContain('- d3: meta-description');
    expect(lines).toContain("Issue 12's goals, app:");
  });

  it('says Lighthouse was skipped, and then lists no audit', () => {
    const text = perfReport(measure, rows, { app: 'app', lighthouseRuns: null, load });
    expect(text.split('\n')[2]).toBe('Lighthouse skipped.');
    expect(text).not.toContain('audits failing');
  });
});
