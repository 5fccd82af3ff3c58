// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ChartsHarness from './ChartsHarness.svelte';
import { ViewState } from '../../src/lib/state/view.svelte';
import { buildDataset } from '../../src/lib/dataset';
import { DOT_ELEMENTS_MAX, dotSize, dotStacks } from '../../src/lib/charts/dots';
import { DENSITY_MIN } from '../../src/lib/charts/density';
import { stripLayout } from '../../src/lib/charts/strip-layout';
import { histogramLayout } from '../../src/lib/charts/histogram-layout';
import { Months } from '../../src/lib/charts/months.svelte';
import { chartDocument } from '../../src/lib/export/chart';
import { generateTable } from '../../bench/generate';
import { seedText } from '../seed-text';
import { nb } from '../i18n/spaces';

const dataset = buildDataset(seedText);
const schools = dataset.ranking.schools;
const distribution = dataset.distribution ?? (null as never);

/** The width the SVG was drawn at (jsdom lays nothing out: the frame measures 0). */
const drawnWidth = (): number => Number(document.querySelector('svg')?.getAttribute('width'));
/** The months domain the harness shares (the whole table's). */
const domain = new Months(() => distribution.max).domain;

/** The dot plot's layout for these schools at the width drawn. */
function stripOf(list: typeof schools, box = distribution) {
  const stacks = dotStacks(list, (s) => s.months);
  return stripLayout({ stacks, box, domain, width: drawnWidth() });
}
/** The dot plot's months scale at the width drawn. */
const stripScale = () => stripOf(schools).x;

describe('Strip: the brush', () => {
  it('a drag from 3 to 5 months sets the range every view follows; a click clears it', async () => {
    const view = new ViewState();
    render(ChartsHarness, { chart: 'strip', schools, distribution, view });
    const x = stripScale();
    const area = document.querySelector('.brushable') as HTMLElement;
    await fireEvent.pointerDown(area, { clientX: x(3), clientY: 20, pointerId: 1 });
    await fireEvent.pointerMove(area, { clientX: x(5), clientY: 20, pointerId: 1 });
    expect(document.querySelector('rect.brush')).not.toBeNull();
    await fireEvent.pointerUp(area, { clientX: x(5), clientY: 20, pointerId: 1 });
    expect(view.range).toEqual([3, 5]);

    await fireEvent.pointerDown(area, { clientX: x(8), clientY: 20, pointerId: 1 });
    await fireEvent.pointerUp(area, { clientX: x(8) + 1, clientY: 20, pointerId: 1 });
    expect(view.range).toBeNull();
  });

  it('a right-to-left drag gives the same range, and the clear button empties it by keyboard', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(ChartsHarness, { chart: 'strip', schools, distribution, view });
    const x = stripScale();
    const area = document.querySelector('.brushable') as HTMLElement;
    await fireEvent.pointerDown(area, { clientX: x(9), clientY: 20, pointerId: 1 });
    await fireEvent.pointerMove(area, { clientX: x(6), clientY: 20, pointerId: 1 });
    await fireEvent.pointerUp(area, { clientX: x(6), clientY: 20, pointerId: 1 });
    expect(view.range).toEqual([6, 9]);
    const clear = screen.getByRole('button', { name: 'Effacer la plage' });
    clear.focus();
    await user.keyboard('{Enter}');
    expect(view.range).toBeNull();
    expect(screen.queryByRole('button', { name: 'Effacer la plage' })).toBeNull();
  });

  it('a range wholly off the chart draws no band', () => {
    const view = new ViewState();
    view.setRange([50, Infinity]);
    render(ChartsHarness, { chart: 'strip', schools, distribution, view });
    expect(document.querySelector('rect.brush')).toBeNull();
  });

  it('a range that reaches past the chart draws the band from its start to the chart’s end', () => {
    const view = new ViewState();
    view.setRange([6, 50]);
    render(ChartsHarness, { chart: 'strip', schools, distribution, view });
    const x = stripScale();
    const band = document.querySelector('rect.brush');
    const [, end] = x.domain();
    expect(Number(band?.getAttribute('x'))).toBeCloseTo(x(6), 6);
    expect(Number(band?.getAttribute('width'))).toBeCloseTo(x(end ?? NaN) - x(6), 6);
  });

  it('the pointer over a dot hovers that school, and leaving clears it', async () => {
    const view = new ViewState();
    render(ChartsHarness, { chart: 'strip', schools, distribution, view });
    const dot = document.querySelector('circle[data-id="centrale-paris"]') as SVGCircleElement;
    expect(dot.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(document.querySelectorAll('.dots circle')).toHaveLength(144);
    expect(document.querySelectorAll('.dots path')).toHaveLength(0);
    const cx = Number(dot.getAttribute('cx'));
    const cy = Number(dot.getAttribute('cy'));
    const area = document.querySelector('.brushable') as HTMLElement;
    await fireEvent.pointerMove(area, { clientX: cx, clientY: cy });
    expect(view.hovered).toBe('centrale-paris');
    expect(document.querySelector('.hover-label')?.textContent).toBe(
      nb('Centrale Paris · 10,5~mois · 8e'),
    );
    await fireEvent.pointerLeave(area);
    expect(view.hovered).toBeNull();
  });
});

describe('Histogram: the brush', () => {
  it('a drag across the bars sets the range, drawn as a band; a click clears it', async () => {
    const view = new ViewState();
    render(ChartsHarness, { chart: 'histogram', schools, distribution, view });
    const x = histogramLayout({ bins: distribution.bins, domain, width: drawnWidth() }).x;
    // On the dot plot's scale: a brush on either gives the same range.
    expect(x.range()).toEqual(stripScale().range());
    const area = document.querySelector('.brushable') as HTMLElement;
    await fireEvent.pointerDown(area, { clientX: x(5), clientY: 100, pointerId: 1 });
    await fireEvent.pointerMove(area, { clientX: x(3), clientY: 100, pointerId: 1 });
    const band = document.querySelector('rect.brush');
    expect(Number(band?.getAttribute('x'))).toBeCloseTo(x(3), 6);
    expect(Number(band?.getAttribute('width'))).toBeCloseTo(x(5) - x(3), 6);
    await fireEvent.pointerUp(area, { clientX: x(3), clientY: 100, pointerId: 1 });
    expect(view.range).toEqual([3, 5]);
    // The range set, its band stays.
    expect(document.querySelector('rect.brush')).not.toBeNull();
    await fireEvent.pointerDown(area, { clientX: x(8), clientY: 100, pointerId: 1 });
    await fireEvent.pointerUp(area, { clientX: x(8) + 2, clientY: 100, pointerId: 1 });
    expect(view.range).toBeNull();
    expect(document.querySelector('rect.brush')).toBeNull();
  });
});

describe('Strip: the keys', () => {
  /** Renders the dot plot and puts the focus on it. */
  function focusStrip(view: ViewState, visible?: ReadonlySet<string>) {
    const user = userEvent.setup();
    render(ChartsHarness, { chart: 'strip', schools, distribution, view, visible });
    const plot = screen.getByRole('application', { name: /^Diagramme en points\./ });
    plot.focus();
    return { user, plot };
  }

  it('arrows move from stack to stack and within one, Enter picks, Escape lets go', async () => {
    const view = new ViewState();
    const { user, plot } = focusStrip(view);
    const status = () => plot.querySelector('[role="status"]')?.textContent?.trim();
    await user.keyboard('{Home}');
    // The lowest value, 1 month: the bottom of its stack, the first of the two tied last.
    expect(view.hovered).toBe('ensim-le-mans');
    await user.keyboard('{End}');
    // The top of the 12-month stack: the 4th school at 12 months, stacked in rank order.
    expect(view.hovered).toBe('utc-compiegne');
    expect(status()).toBe(nb('UTC Compiègne · 12~mois · 1er ex æquo'));
    await user.keyboard('{ArrowLeft}');
    expect(view.hovered).toBe('ensea');
    await user.keyboard('{ArrowUp}');
    expect(view.hovered).toBe('ensieta');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(view.hovered).toBe('ensea');
    await user.keyboard('{Enter}');
    expect(view.picks).toEqual(['ensea']);
    expect(status()).toBe(nb('ENSEA · 11~mois · 5e ex æquo · dans la comparaison'));
    await user.keyboard('{Escape}');
    expect(view.hovered).toBeNull();
    expect(status()).toBe('');
  });

  it('rings the schools the author put forward (highlight=), not the others', () => {
    const view = new ViewState({ highlight: ['ensea'] });
    focusStrip(view);
    const dot = (id: string) => document.querySelector(`.dots circle[data-id="${id}"]`);
    expect(dot('ensea')?.getAttribute('stroke')).toBe('currentColor');
    expect(dot('ensea')?.getAttribute('stroke-width')).toBe('2');
    expect(dot('ensieta')?.getAttribute('stroke')).toBeNull();
  });

  it('moves only among the schools inside the filter; Escape then clears the range', async () => {
    const view = new ViewState({ range: [10, 11] });
    const { user } = focusStrip(
      view,
      new Set(schools.filter((s) => s.months >= 10 && s.months <= 11).map((s) => s.id)),
    );
    await user.keyboard('{Home}');
    expect(view.hovered).toBe('cnam-champagne-ardenne');
    await user.keyboard('{ArrowLeft}');
    expect(view.hovered).toBe('cnam-champagne-ardenne');
    await user.keyboard('{End}');
    expect(view.hovered).toBe('esstin');
    await user.keyboard('{Escape}');
    expect(view.hovered).toBeNull();
    expect(view.range).toEqual([10, 11]);
    await user.keyboard('{Escape}');
    expect(view.range).toBeNull();
  });
});

describe('Strip above DOT_ELEMENTS_MAX schools: two paths, picked and hovered dots on top', () => {
  const big = buildDataset(generateTable(5000));
  const bigSchools = big.ranking.schools;
  const bigDistribution = big.distribution ?? (null as never);
  const stacks = dotStacks(bigSchools, (s) => s.months);
  const size = dotSize(stacks.tallest);
  /** How many circles a path string draws (one move each). */
  const circles = (d: string | null | undefined): number => (d ?? '').split('M').length - 1;
  const inside = new Set(bigSchools.filter((s) => s.months >= 6).map((s) => s.id));
  /** The dot plot of the big table, with the schools inside the filter (default: all). */
  const renderBig = (view: ViewState, visible?: ReadonlySet<string>) =>
    render(ChartsHarness, {
      chart: 'strip',
      schools: bigSchools,
      distribution: bigDistribution,
      view,
      visible,
    });

  it('5,000 generated schools are more than DOT_ELEMENTS_MAX, in stacks too tall for 5 px steps', () => {
    expect(bigSchools.length).toBeGreaterThan(DOT_ELEMENTS_MAX);
    expect(stacks.tallest).toBe(55);
    // Shrunk to fit 200 px: a step of 200/55 ≈ 3.64 px, dots of 2.3/5 of it ≈ 1.67 px.
    expect(size.step).toBe(200 / 55);
    expect(size.r).toBeCloseTo(1.6727, 4);
  });

  it('draws the schools inside the filter as one path, those outside as a faded one, no circle', () => {
    const view = new ViewState();
    renderBig(view, inside);
    const paths = document.querySelectorAll('.dots path');
    expect(paths).toHaveLength(2);
    const [out, inPath] = [...paths];
    expect(out?.getAttribute('class')).toContain('out');
    expect(circles(out?.getAttribute('d'))).toBe(bigSchools.length - inside.size);
    expect(inPath?.getAttribute('class')).not.toContain('out');
    expect(circles(inPath?.getAttribute('d'))).toBe(inside.size);
    expect(document.querySelectorAll('.dots circle')).toHaveLength(0);
  });

  it('every school inside the filter: one path, and no faded one', () => {
    const view = new ViewState();
    renderBig(view);
    const paths = document.querySelectorAll('.dots path');
    expect(paths).toHaveLength(1);
    expect(circles(paths[0]?.getAttribute('d'))).toBe(bigSchools.length);
  });

  it('picked schools are circles in their colour, the hovered one on top, found by the pointer', async () => {
    const view = new ViewState();
    const [first, second] = bigSchools;
    if (!first || !second) throw new Error('no schools');
    view.togglePick(first.id);
    view.togglePick(second.id);
    renderBig(view);
    const circle = (id: string) => document.querySelector(`.dots circle[data-id="${id}"]`);
    // The first two pick colours, #D55E00 and #009E73, at the usual radius.
    expect(circle(first.id)?.getAttribute('style')).toBe('fill: rgb(213, 94, 0);');
    expect(circle(second.id)?.getAttribute('style')).toBe('fill: rgb(0, 158, 115);');
    expect(circle(first.id)?.getAttribute('r')).toBe('2.3');

    // The 4th school at its months: the dot 3 steps up its stack.
    const target = stacks.dots.find((d) => d.level === 3);
    if (!target) throw new Error('no stack of 4');
    const points = stripOf(bigSchools, bigDistribution).points;
    const at = points[stacks.dots.indexOf(target)];
    const x = at?.x ?? NaN;
    const y = at?.y ?? NaN;
    // 3 steps of 200/55 px over the bottom dot of its stack.
    const bottom = stacks.dots.findIndex((d) => d.value === target.value && d.level === 0);
    expect(y).toBeCloseTo((points[bottom]?.y ?? NaN) - (3 * 200) / 55, 9);
    const area = document.querySelector('.brushable') as HTMLElement;
    await fireEvent.pointerMove(area, { clientX: x, clientY: y });
    expect(view.hovered).toBe(target.item.id);
    const dots = [...document.querySelectorAll('.dots circle')];
    expect(dots.map((c) => c.getAttribute('data-id'))).toEqual([
      first.id,
      second.id,
      target.item.id,
    ]);
    const hovered = document.querySelector('.dots circle.hovered');
    expect(hovered?.getAttribute('data-id')).toBe(target.item.id);
    expect(hovered?.getAttribute('r')).toBe('4.3');
    // Drawn from a snippet outside the <svg>, still an SVG element.
    expect(hovered?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(Number(hovered?.getAttribute('cy'))).toBeCloseTo(y, 9);
    await fireEvent.pointerLeave(area);
    expect(document.querySelectorAll('.dots circle')).toHaveLength(2);
  });

  it('the standalone SVG download carries both paths, whole, without class', () => {
    const view = new ViewState();
    renderBig(view, inside);
    const svg = document.querySelector('svg[role="img"]') as SVGSVGElement;
    const onScreen = [...document.querySelectorAll('.dots path')].map((p) => p.getAttribute('d'));
    const doc = chartDocument(svg, {
      title: 'Points',
      subtitle: 'Filtre',
      legend: [],
      source: 'Source',
      link: 'Lien',
    });
    const parsed = new DOMParser().parseFromString(doc.svg, 'image/svg+xml');
    const paths = [...parsed.querySelectorAll('path')].filter(
      (p) => circles(p.getAttribute('d')) > 1,
    );
    expect(paths.map((p) => p.getAttribute('d'))).toEqual(onScreen);
    expect(doc.svg).not.toMatch(/\sclass=/);
  });
});

describe('RankingChart: the keys', () => {
  it('arrows move from school to school, Home/End jump, Enter picks, Escape leaves', async () => {
    const user = userEvent.setup();
    const view = new ViewState();
    render(ChartsHarness, { chart: 'ranking', schools, distribution, view });
    const chart = screen.getByRole('application');
    chart.focus();
    await user.keyboard('{ArrowDown}');
    expect(view.hovered).toBe(schools[0]?.id);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(view.hovered).toBe(schools[2]?.id);
    await user.keyboard('{ArrowUp}');
    expect(view.hovered).toBe(schools[1]?.id);
    await user.keyboard('{End}');
    expect(view.hovered).toBe(schools[143]?.id);
    await user.keyboard('{Home}');
    expect(view.hovered).toBe('cpe-lyon');
    // The tooltip speaks for the active school: name, months, rank with its tie, span, the counts
    // (4 at 12 months, the top: none above, 144 − 4 = 140 below, 3 others);
    // then the keys: S for the shortlist, Enter to compare.
    const tip = document.querySelector('.tooltip');
    expect(tip?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'CPE Lyon 12 mois 1er ex æquo 4 écoles à égalité, places 1 à 4 Aucune école n’a plus de mois, 140 en ont moins, 3 autres en ont autant. Touche S : ajouter à ma sélection Entrée : comparer',
    );
    await user.keyboard('{Enter}');
    expect(view.picks).toEqual(['cpe-lyon']);
    await user.keyboard('{Enter}');
    expect(view.picks).toEqual([]);
    await user.keyboard('{Escape}');
    expect(view.hovered).toBeNull();
  });
});

describe('RankingChart: the pointer', () => {
  /** The vertical centre of a school's row (jsdom lays nothing out: the chart's box is at 0). */
  const rowY = (id: string): number => {
    const row = document.querySelector(`[data-id="${id}"]`) ?? rowOf(id);
    const m = /translate\(0 ([\d.]+)\)/.exec(row?.getAttribute('transform') ?? '');
    return Number(m?.[1]);
  };
  const rowOf = (id: string): Element | undefined => {
    const index = schools.findIndex((s) => s.id === id);
    return document.querySelectorAll('g.row')[index];
  };
  const hint = () => document.querySelector('.tooltip .hint')?.textContent;

  it('a mouse click picks the row under it, a second click drops it', async () => {
    const view = new ViewState();
    render(ChartsHarness, { chart: 'ranking', schools, distribution, view });
    const chart = screen.getByRole('application');
    const y = rowY('centrale-paris');
    const at = { clientX: 100, clientY: y, pointerType: 'mouse' };
    await fireEvent.pointerMove(chart, at);
    expect(view.hovered).toBe('centrale-paris');
    expect(hint()).toBe(nb('Cliquer~: comparer'));
    await fireEvent.pointerDown(chart, at);
    await fireEvent.click(chart, at);
    expect(view.picks).toEqual(['centrale-paris']);
    expect(hint()).toBe(nb('Cliquer~: retirer de la comparaison'));
    await fireEvent.pointerDown(chart, at);
    await fireEvent.click(chart, at);
    expect(view.picks).toEqual([]);
  });

  it('a first tap shows the tooltip, a second tap on the same row picks it', async () => {
    const view = new ViewState();
    render(ChartsHarness, { chart: 'ranking', schools, distribution, view });
    const chart = screen.getByRole('application');
    const tap = async (id: string) => {
      const at = { clientX: 100, clientY: rowY(id), pointerType: 'touch' };
      await fireEvent.pointerDown(chart, at);
      await fireEvent.click(chart, at);
    };
    await tap('centrale-lyon');
    expect(view.hovered).toBe('centrale-lyon');
    expect(view.picks).toEqual([]);
    expect(hint()).toBe(nb('Toucher encore~: comparer'));
    // A tap on another row moves the tooltip there, without picking either.
    await tap('centrale-lille');
    expect(view.hovered).toBe('centrale-lille');
    expect(view.picks).toEqual([]);
    await tap('centrale-lille');
    expect(view.picks).toEqual(['centrale-lille']);
    expect(hint()).toBe(nb('Toucher encore~: retirer de la comparaison'));
  });

  it('with five schools picked, the tooltip says so instead of offering a sixth', async () => {
    const view = new ViewState({ picks: schools.slice(0, 5).map((s) => s.id) });
    render(ChartsHarness, { chart: 'ranking', schools, distribution, view });
    const chart = screen.getByRole('application');
    const at = { clientX: 100, clientY: rowY('centrale-paris'), pointerType: 'mouse' };
    await fireEvent.pointerMove(chart, at);
    expect(hint()).toBe(nb('Cinq écoles au plus~: retirez-en une pour en ajouter une autre.'));
    await fireEvent.pointerDown(chart, at);
    await fireEvent.click(chart, at);
    expect(view.picks).toHaveLength(5);
    expect(view.picks).not.toContain('centrale-paris');
  });
});

describe('RankingChart: rows under a filter', () => {
  const rowsOf = () => Array.from(document.querySelectorAll<SVGGElement>('.rows .row'));
  const placed = () =>
    rowsOf()
      .filter((g) => !g.hasAttribute('data-off'))
      .map((g) => [g.querySelector('.name')?.textContent, g.getAttribute('transform')]);

  it('given the whole ranking, keeps every row mounted and moves the shown ones into place', async () => {
    const view = new ViewState();
    const centrale = schools.filter((s) => s.name.startsWith('Centrale'));
    const { rerender } = render(ChartsHarness, {
      chart: 'ranking',
      schools: centrale,
      all: schools,
      distribution,
      view,
    });
    const before = rowsOf();
    expect(before).toHaveLength(144);
    // Rows 16 px apart from 56 px down, each at its middle; the others above the SVG's top. (jsdom
    // lays nothing out: its frames measure 0, and the chart keeps the width it starts at, 640 px.)
    expect(placed()).toEqual([
      ['Centrale Paris', 'translate(0 64)'],
      ['Centrale Nantes', 'translate(0 80)'],
      ['Centrale Lille', 'translate(0 96)'],
      ['Centrale Lyon', 'translate(0 112)'],
      ['Centrale Marseille', 'translate(0 128)'],
    ]);
    expect(before[0]?.getAttribute('transform')).toBe('translate(0 -16)');
    // The rank once per run of tied rows: Lille and Lyon share the 34th place.
    const ranks = rowsOf()
      .filter((g) => !g.hasAttribute('data-off'))
      .map((g) => g.querySelector('.rank')?.textContent);
    expect(ranks).toEqual(['8', '23', '34', '', '136']);
    await rerender({ chart: 'ranking', schools, all: schools, distribution, view });
    expect(placed()).toHaveLength(144);
    // The same elements: nothing was rebuilt.
    expect(rowsOf()).toEqual(before);
  });

  it('draws a window of a ranking too long to draw whole, and moves it as the page scrolls', async () => {
    const long = buildDataset(generateTable(5000)).ranking.schools;
    render(ChartsHarness, { chart: 'ranking', schools: long, distribution, view: new ViewState() });
    // The first EXPORT_ROWS (100) rows, which hold the first window (rows 0 to 60) and the first
    // measure's: jsdom lays nothing out, so the chart's top is at 0 in a 768 px window, its rows
    // from 72 px down (the note's line, the axis and the CTI lines' labels above them), 44 rows
    // and 20 spare.
    expect(rowsOf()).toHaveLength(100);
    const box = document.querySelector('.interactive') as HTMLElement;
    box.getBoundingClientRect = () => ({ top: -16_000 }) as DOMRect;
    window.dispatchEvent(new Event('scroll'));
    // Row 995 (at 72 + 995 × 16 = 15,992 px) is at the viewport's top, so rows 975 on are drawn,
    // to row 995 + 48 + 20 = 1063 (the viewport's 768 px hold 48 rows), after the first 100.
    await vi.waitFor(() =>
      expect(rowsOf()[100]?.getAttribute('transform')).toBe(`translate(0 ${72 + 975 * 16 + 8})`),
    );
    expect(rowsOf()).toHaveLength(100 + 1064 - 975);
    expect(rowsOf()[99]?.getAttribute('transform')).toBe(`translate(0 ${72 + 99 * 16 + 8})`);
    expect(document.querySelector('svg')?.getAttribute('height')).toBe(String(72 + 5000 * 16 + 56));
    // A download keeps the first 100 rows, under the note that says so: the window's rows further
    // down are left out of it (data-off), the first 100 are not.
    expect(rowsOf().filter((row) => row.hasAttribute('data-off'))).toHaveLength(1064 - 975);
    expect(rowsOf()[99]?.hasAttribute('data-off')).toBe(false);
    expect(document.querySelector('svg')?.getAttribute('data-shown')).toBe(String(72 + 100 * 16));
    expect(document.querySelector('svg text.note')?.textContent).toBe(
      // French spaces: no-break after a number and before the colon (i18n/typography.ts).
      '5\u202f000\u00a0écoles\u00a0: les images téléchargées et l’impression montrent les 100\u00a0premières.',
    );
  });
});

describe('Strip above DENSITY_MIN schools: columns of counts, picked dots on top', () => {
  const huge = buildDataset(generateTable(12_000));
  const hugeSchools = huge.ranking.schools;
  /** How many bars a path string draws (one move each). */
  const bars = (d: string | null | undefined): number => (d ?? '').split('M').length - 1;
  // Months in tenths: at 640 px, 13 months over 584 px put two values 4.5 px apart, so each value
  // has a column of its own (2 px wide): one bar per distinct value.
  const distinct = (list: readonly { months: number }[]) => new Set(list.map((s) => s.months)).size;

  it('12,000 schools: one bar per value for every school, and one for those inside 3 to 5 months', () => {
    expect(hugeSchools.length).toBeGreaterThan(DENSITY_MIN);
    // jsdom lays nothing out: the chart is 640 px wide.
    vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
      return this.classList.contains('chart') ? 640 : 0;
    });
    const inside = hugeSchools.filter((s) => s.months >= 3 && s.months <= 5);
    render(ChartsHarness, {
      chart: 'strip',
      schools: hugeSchools,
      distribution: huge.distribution ?? (null as never),
      view: new ViewState(),
      visible: new Set(inside.map((s) => s.id)),
    });
    const [out, inPath] = [...document.querySelectorAll('.dots path')];
    expect(bars(out?.getAttribute('d'))).toBe(distinct(hugeSchools));
    expect(bars(inPath?.getAttribute('d'))).toBe(21);
    expect(distinct(inside)).toBe(21);
    expect(document.querySelectorAll('.dots circle')).toHaveLength(0);
    vi.restoreAllMocks();
  });

  it('a picked school is a dot in its colour, in its column', () => {
    const view = new ViewState();
    const last = hugeSchools.at(-1);
    if (!last) throw new Error('no schools');
    view.togglePick(last.id);
    render(ChartsHarness, {
      chart: 'strip',
      schools: hugeSchools,
      distribution: huge.distribution ?? (null as never),
      view,
    });
    const dot = document.querySelector(`.dots circle[data-id="${last.id}"]`);
    expect(dot?.getAttribute('style')).toBe('fill: rgb(213, 94, 0);');
    // The last school has the fewest months (0): the first column, from x = 40 to 42.
    expect(last.months).toBe(0);
    expect(dot?.getAttribute('cx')).toBe('41');
  });
});

describe('RankingChart: a windowed ranking by keyboard', () => {
  const rowsOf = () => Array.from(document.querySelectorAll<SVGGElement>('.rows .row'));
  it('End goes to the last of 5,000 schools: the page scrolls to it and the window follows', async () => {
    const long = buildDataset(generateTable(5000)).ranking.schools;
    const user = userEvent.setup();
    const view = new ViewState();
    render(ChartsHarness, { chart: 'ranking', schools: long, distribution, view });
    // jsdom lays nothing out: the chart's top follows a fake scroll, the tooltip sits 4 px under
    // the active row (row 4999, so 72 + 5000 × 16 + 4 px down) and is 80 px tall.
    let scrolled = 0;
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const top = this.classList.contains('tooltip') ? 72 + 5000 * 16 + 4 - scrolled : -scrolled;
      return { top, bottom: this.classList.contains('tooltip') ? top + 80 : top } as DOMRect;
    });
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(((_x: number, y: number) => {
      scrolled += y;
      window.dispatchEvent(new Event('scroll'));
    }) as typeof window.scrollBy);
    screen.getByRole('application').focus();
    await user.keyboard('{End}');
    expect(view.hovered).toBe(long[4999]?.id);
    // The tooltip's bottom (80,156 px down) comes 8 px over the 768 px viewport's bottom: a scroll
    // of 80,156 − 760 = 79,396 px. Row 4957 is then at the top: rows 4937 to the end are drawn,
    // after the first 100.
    await vi.waitFor(() => expect(scrollBy).toHaveBeenCalledWith(0, 79_396));
    await vi.waitFor(() => expect(rowsOf()).toHaveLength(100 + 5000 - 4937));
    expect(rowsOf()[100]?.getAttribute('transform')).toBe(`translate(0 ${72 + 4937 * 16 + 8})`);
    expect(rowsOf().at(-1)?.getAttribute('transform')).toBe(`translate(0 ${72 + 4999 * 16 + 8})`);
    expect(document.querySelector('rect.highlight')?.getAttribute('y')).toBe(
      String(72 + 4999 * 16),
    );
    vi.restoreAllMocks();
  });
});

describe('The months domain shared by the charts', () => {
  /** The month labels under a chart drawn 1280 px wide (every month labelled). */
  function monthLabels(
    chart: 'histogram' | 'strip',
    given: { months?: number; maxMonths?: number },
  ) {
    vi.spyOn(Element.prototype, 'clientWidth', 'get').mockImplementation(function (this: Element) {
      return this.classList.contains('chart') ? 1280 : 0;
    });
    render(ChartsHarness, { chart, schools, distribution, view: new ViewState(), ...given });
    const labels = [...document.querySelectorAll('g.axis text:not(.label)')].map((t) =>
      Number(t.textContent),
    );
    vi.restoreAllMocks();
    return labels;
  }

  it.each(['histogram', 'strip'] as const)(
    '%s draws on the page’s domain (setMonths): a maximum of 20 runs the axis to 21',
    (chart) => {
      expect(monthLabels(chart, { months: 20 }).at(-1)).toBe(21);
    },
  );

  it.each(['histogram', 'strip'] as const)(
    '%s without a months context draws on its maxMonths prop: 16 runs the axis to 17',
    (chart) => {
      expect(monthLabels(chart, { maxMonths: 16 }).at(-1)).toBe(17);
    },
  );
});
