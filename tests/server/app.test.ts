// The whole page renders on a server (svelte/server, no window, no document): the explorer model on
// the bundled files → HTML that holds every school of the seed with its rank, in either language,
// and an embed alone. The expectations come from the seed read by the test (tests/analysis/seed.ts).
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { JSDOM } from 'jsdom';
import App from '../../src/App.svelte';
import WholeRanking from '../../src/lib/components/WholeRanking.svelte';
import { explorerAt } from '../explorer';
import { seedSchools } from '../analysis/seed';
import { FIRST_ROWS } from '../../src/lib/windowing/rows';

const seed = seedSchools();
/** The page rendered on the server at a query string, parsed back into a document. */
const page = (search = ''): Document => {
  const { body } = render(App, { props: { model: explorerAt({ search, href: '' }) } });
  return new JSDOM(body).window.document;
};
const cells = (doc: Document, selector: string): string[] =>
  Array.from(doc.querySelectorAll(selector), (el) => (el.textContent ?? '').trim());

/** Competition ranks from the seed's months, worked out here: 1 + how many have more. */
const ranks = seed.map((s) => 1 + seed.filter((o) => o.months > s.months).length);

describe('App rendered on a server', () => {
  it('holds the 144 schools of the seed in the ranking chart, in order, each tie’s rank once', () => {
    const doc = page();
    expect(doc.querySelector('h1')?.textContent).toBe(
      'Les écoles d’ingénieurs les plus ouvertes à l’international',
    );
    // A long name is cut to its column, with an ellipsis; the row's title holds it whole.
    const labels = cells(doc, 'svg .rows .name');
    expect(labels).toHaveLength(144);
    labels.forEach((label, i) => {
      const name = seed[i]?.name ?? '';
      expect(label === name || (label.endsWith('…') && name.startsWith(label.slice(0, -1)))).toBe(
        true,
      );
    });
    cells(doc, 'svg .rows .row title').forEach((title, i) => {
      // (French typography puts no-break spaces into names in a sentence.)
      expect(title.replace(/[\u00a0\u202f]/g, ' ')).toContain(seed[i]?.name);
    });
    expect(cells(doc, 'svg .rows .rank')).toEqual(
      ranks.map((r, i) => (i > 0 && ranks[i - 1] === r ? '' : String(r))),
    );
  });

  it('prerendered as the page is (its lists growing), holds the first rows and their tie groups only', () => {
    const model = explorerAt({ search: '', href: '' });
    const { body } = render(App, { props: { model, growing: true } });
    const doc = new JSDOM(body).window.document;
    expect(cells(doc, 'svg .rows .name')).toHaveLength(FIRST_ROWS);
    // One band, and its label, per group of tied schools whose first row is drawn; every group
    // of the ranking once every row is.
    const groups = (rows: number[]) =>
      new Set(rows.filter((r) => ranks.filter((x) => x === r).length > 1)).size;
    expect(doc.querySelectorAll('svg .bands rect')).toHaveLength(
      groups(ranks.slice(0, FIRST_ROWS)),
    );
    expect(cells(doc, 'svg .tie-labels text')).toHaveLength(groups(ranks.slice(0, FIRST_ROWS)));
    expect(groups(ranks.slice(0, FIRST_ROWS))).toBeLessThan(groups(ranks));
    const whole = page();
    expect(whole.querySelectorAll('svg .bands rect')).toHaveLength(groups(ranks));
    expect(cells(whole, 'svg .tie-labels text')).toHaveLength(groups(ranks));
  });

  it('leaves the parts below the first screen to the browser (lib/island): no table', () => {
    const doc = page();
    expect(doc.querySelectorAll('[data-island]')).toHaveLength(8);
    expect(doc.querySelectorAll('[data-island="ranking"] svg')).toHaveLength(1);
    // The matches under the search box, an island of the first screen, are in the page too.
    expect(doc.querySelectorAll('[data-island="results"] ol li')).toHaveLength(5);
    expect(doc.querySelectorAll('table')).toHaveLength(0);
  });

  it('the whole ranking, for a reader without scripts: 144 rows, rank with its tie', () => {
    const model = explorerAt({ search: '', href: '' });
    const { body } = render(WholeRanking, {
      props: { schools: model.all, t: model.i18n.t, f: model.i18n.f },
    });
    const doc = new JSDOM(body).window.document;
    expect(cells(doc, 'tbody th')).toEqual(seed.map((s) => s.name));
    const tied = (r: number) => ranks.filter((x) => x === r).length > 1;
    expect(cells(doc, 'tbody td:first-child')).toEqual(
      // The tie's two words kept together (a no-break space).
      ranks.map((r) => (r === 1 ? '1er' : `${r}e`) + (tied(r) ? ' ex\u00a0æquo' : '')),
    );
  });

  it('draws a row of the ranking chart for every school', () => {
    const doc = page();
    const names = cells(doc, 'svg .rows .name');
    expect(names).toHaveLength(144);
    expect(names[0]).toBe(seed[0]?.name);
  });

  it('speaks English from the URL, and keeps a filter from it', () => {
    const doc = page('?lang=en&min=11');
    expect(doc.querySelector('h1')?.textContent).toBe(
      'The most international French engineering schools',
    );
    expect(doc.querySelectorAll('svg .rows .row:not([data-off])')).toHaveLength(
      seed.filter((s) => s.months >= 11).length,
    );
  });

  it('renders one view alone as an embed', () => {
    const doc = page('?embed=table&q=lyon');
    expect(doc.querySelectorAll('main.embed')).toHaveLength(1);
    expect(cells(doc, 'table tbody tr[data-id]:not([hidden]) th button')).toEqual(
      seed.filter((s) => /lyon/i.test(s.name)).map((s) => s.name),
    );
  });
});
