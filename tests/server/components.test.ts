// The components render on a server (svelte/server, no DOM): each one's HTML holds the 144 schools,
// their ranks and figures, worked out here from the seed file itself (tests/analysis/seed.ts), not
// by the project's pipeline. The rendering is read back with jsdom, apart from the render.
import { describe, expect, it, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import Table from '../../src/lib/components/Table.svelte';
import Compare from '../../src/lib/components/Compare.svelte';
import Filters from '../../src/lib/components/Filters.svelte';
import Summary from '../../src/lib/components/Summary.svelte';
import Insights from '../../src/lib/components/Insights.svelte';
import Histogram from '../../src/lib/charts/Histogram.svelte';
import Strip from '../../src/lib/charts/Strip.svelte';
import RankingChart from '../../src/lib/charts/RankingChart.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { ViewState } from '../../src/lib/state/view.svelte';
import { seedSchools } from '../analysis/seed';
import { seedText } from '../seed-text';
import { renderOnServer } from './render';

// The inputs the app gives these components, from its pipeline.
const dataset = buildDataset(seedText);
const schools = dataset.ranking.schools;
const distribution = dataset.distribution ?? (null as never);

// The expectations, from the seed file read directly.
const seed = seedSchools();
const months = seed.map((s) => s.months);
/** Standard competition rank: 1 + how many schools have more months. */
const rankOf = (m: number): number => 1 + months.filter((x) => x > m).length;
const byRank = [...seed].sort((a, b) => b.months - a.months || a.line - b.line);

/** The rendered HTML as a document, to query. */
const parse = (html: string): Document => new JSDOM(html).window.document;
/** An element's text with its spaces (no-break ones too) as single spaces. */
const text = (el: Element | null | undefined): string =>
  (el?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe('renderOnServer', () => {
  it('runs with no window and no document, as on a server', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('gives Svelte’s server output: hydration marks around the markup', () => {
    const { body } = renderOnServer(Summary, { distribution });
    expect(body.startsWith('<!--[-->')).toBe(true);
  });
});

describe('Table, rendered on a server', () => {
  const doc = parse(renderOnServer(Table, { schools }).body);
  const rows = [...doc.querySelectorAll('tbody tr[data-id]')];

  it('has a row for each of the 144 schools, in ranked order', () => {
    expect(seed).toHaveLength(144);
    expect(rows.map((tr) => text(tr.querySelector('th .name')))).toEqual(byRank.map((s) => s.name));
  });

  it('gives each school its competition rank, ties marked', () => {
    expect(rows.map((tr) => text(tr.querySelector('td'))).map((t) => Number.parseInt(t))).toEqual(
      byRank.map((s) => rankOf(s.months)),
    );
    const tied = (m: number): boolean => months.filter((x) => x === m).length > 1;
    expect(rows.map((tr) => text(tr.querySelector('td')).includes('ex æquo'))).toEqual(
      byRank.map((s) => tied(s.months)),
    );
  });

  it('gives each school its months', () => {
    const fr = (m: number): string => `${String(m).replace('.', ',')} mois`;
    expect(rows.map((tr) => text(tr.querySelectorAll('td')[1]))).toEqual(
      byRank.map((s) => fr(s.months)),
    );
  });

  it('in English: the caption, and the same 144 rows', () => {
    const en = parse(renderOnServer(Table, { schools }, new ViewState({ lang: 'en' })).body);
    expect(text(en.querySelector('caption'))).toMatch(/^Full ranking/);
    expect(en.querySelectorAll('tbody tr[data-id]')).toHaveLength(144);
  });
});

describe('Compare, rendered on a server', () => {
  const first = schools[0] ?? (null as never);
  const six = schools.find((s) => s.months === 6) ?? (null as never);
  const view = new ViewState({ picks: [first.id, six.id] });
  const doc = parse(renderOnServer(Compare, { picked: [first, six] }, view).body);

  it('lists the picked schools with their months and ranks', () => {
    const rows = [...doc.querySelectorAll('tbody tr')];
    expect(rows.map((tr) => text(tr.querySelector('th')))).toEqual([first.name, six.name]);
    expect(rows.map((tr) => text(tr.querySelectorAll('td')[1]))).toEqual([
      `${rankOf(12)}er ex æquo`,
      `${rankOf(6)}e ex æquo`,
    ]);
  });

  it('says the gap between them in months', () => {
    expect(text(doc.querySelector('.gaps'))).toContain(`${12 - 6} mois de plus`);
  });
});

describe('Filters, rendered on a server', () => {
  const families = [{ id: 'mines', label: 'Mines', count: 7 }];

  it('says how many schools are shown, of how many; the folded panel is not rendered', () => {
    const doc = parse(renderOnServer(Filters, { families, shown: 144, total: 144 }).body);
    expect(text(doc.querySelector('[role="status"]'))).toBe(
      `${seed.length} sur ${seed.length} écoles`,
    );
    expect(text(doc.querySelector('details summary'))).toBe('Filtres');
    expect(doc.querySelector('details')?.hasAttribute('open')).toBe(false);
    expect(doc.querySelectorAll('.families label, input[type="number"]')).toHaveLength(0);
    expect(doc.querySelector<HTMLInputElement>('input[type="search"]')?.getAttribute('value')).toBe(
      '',
    );
  });

  it('with a family set by the link, the panel is folded: a server knows no window', () => {
    const view = new ViewState({ families: ['mines'] });
    const doc = parse(renderOnServer(Filters, { families, shown: 7, total: 144 }, view).body);
    expect(text(doc.querySelector('details summary'))).toBe('Filtres (1)');
    expect(doc.querySelector('details')?.hasAttribute('open')).toBe(false);
    expect(doc.querySelectorAll('.families label')).toHaveLength(0);
  });

  it('with a family set by the link and a desktop’s width, the panel is open and offers each family with its count', () => {
    vi.stubGlobal('innerWidth', 1024);
    const view = new ViewState({ families: ['mines'] });
    const doc = parse(renderOnServer(Filters, { families, shown: 7, total: 144 }, view).body);
    vi.unstubAllGlobals();
    expect(doc.querySelector('details')?.hasAttribute('open')).toBe(true);
    expect(text(doc.querySelector('.families label'))).toBe('Mines (7)');
    expect(doc.querySelector<HTMLInputElement>('.families input')?.hasAttribute('checked')).toBe(
      true,
    );
    expect(doc.querySelectorAll('input[type="number"]')).toHaveLength(2);
  });
});

describe('Summary, rendered on a server', () => {
  const sorted = [...months].sort((a, b) => a - b);
  const median = ((sorted[71] ?? NaN) + (sorted[72] ?? NaN)) / 2;
  const mean = months.reduce((a, b) => a + b, 0) / months.length;
  const fr = new Intl.NumberFormat('fr', { maximumFractionDigits: 2 });

  it('gives the count, median, mean and range of the 144 schools', () => {
    const doc = parse(renderOnServer(Summary, { distribution }).body);
    const figure = (name: string): string => text(doc.querySelector(`[data-figure="${name}"]`));
    expect(figure('count')).toBe('144');
    expect(figure('median')).toBe(`${fr.format(median)} mois`);
    expect(figure('mean')).toBe(`${fr.format(mean)} mois`);
    expect(figure('range')).toBe(`${Math.min(...months)} à ${Math.max(...months)} mois`);
  });

  it('in English', () => {
    const doc = parse(
      renderOnServer(Summary, { distribution }, new ViewState({ lang: 'en' })).body,
    );
    expect(text(doc.querySelector('[data-figure="median"]'))).toBe(`${median} months`);
  });
});

describe('Insights, rendered on a server', () => {
  it('states the largest tie group: its size, value and rank, from the seed', () => {
    const sizes = new Map<number, number>();
    for (const m of months) sizes.set(m, (sizes.get(m) ?? 0) + 1);
    const [value, size] = [...sizes].reduce((a, b) => (b[1] > a[1] ? b : a));
    const doc = parse(renderOnServer(Insights, { schools, rankingSize: 144 }).body);
    const tie = text(doc.querySelector('[data-insight="largestTie"]'));
    expect(tie).toContain(`${size} écoles à ${value} mois`);
    expect(tie).toContain(`${rankOf(value)}e rang`);
  });
});

describe('Histogram, rendered on a server', () => {
  it('has one bar per whole month holding schools, each titled with its count', () => {
    const counts = new Map<number, number>();
    for (const m of months) counts.set(Math.floor(m), (counts.get(Math.floor(m)) ?? 0) + 1);
    const expected = [...counts].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
    const doc = parse(
      renderOnServer(Histogram, { bins: distribution.bins, maxMonths: distribution.max }).body,
    );
    const bars = [...doc.querySelectorAll('svg rect title')].map((t) => Number.parseInt(text(t)));
    expect(bars).toEqual(expected);
    expect(expected.reduce((a, b) => a + b, 0)).toBe(144);
  });
});

describe('Strip, rendered on a server', () => {
  it('draws one dot per school, keyed by its id', () => {
    const visible = new Set(schools.map((s) => s.id));
    const props = { schools, visible, distribution, maxMonths: distribution.max };
    const doc = parse(renderOnServer(Strip, props).body);
    const ids = [...doc.querySelectorAll('circle[data-id]')].map((c) => c.getAttribute('data-id'));
    expect(ids).toHaveLength(144);
    expect(new Set(ids)).toEqual(visible);
  });
});

describe('RankingChart, rendered on a server', () => {
  it('draws the 144 schools by name, in ranked order, every row at first paint', () => {
    const props = { schools, maxMonths: distribution.max, total: schools.length };
    const doc = parse(renderOnServer(RankingChart, props).body);
    // A name too long for its column is cut, and ends with « … ».
    const names = [...doc.querySelectorAll('svg text.name')].map((t, i) => {
      const drawn = text(t);
      const full = byRank[i]?.name ?? '';
      return drawn.endsWith('…') && full.startsWith(drawn.slice(0, -1)) ? full : drawn;
    });
    expect(names).toEqual(byRank.map((s) => s.name));
  });

  it('names the first and last schools and the count in its label', () => {
    const props = { schools, maxMonths: distribution.max, total: schools.length };
    const doc = parse(renderOnServer(RankingChart, props).body);
    const label = doc.querySelector('svg[role="img"]')?.getAttribute('aria-label') ?? '';
    expect(label).toContain('144');
    expect(label).toContain(byRank[0]?.name);
    expect(label).toContain(byRank[143]?.name);
  });
});
