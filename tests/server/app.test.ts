// The whole page renders on a server (svelte/server, no window, no document): the explorer model on
// the bundled files → HTML that holds every school of the seed with its rank, in either language,
// and an embed alone. The expectations come from the seed read by the test (tests/analysis/seed.ts).
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { JSDOM } from 'jsdom';
import App from '../../src/App.svelte';
import { explorerAt } from '../explorer';
import { seedSchools } from '../analysis/seed';

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
  it('holds the 144 schools of the seed in the table, in order, with their ranks', () => {
    const doc = page();
    expect(doc.querySelector('h1')?.textContent).toBe(
      'Les écoles d’ingénieurs les plus ouvertes à l’international',
    );
    const rows = Array.from(doc.querySelectorAll('table tbody tr[data-id]'));
    expect(rows).toHaveLength(144);
    expect(rows.map((r) => r.querySelector('th button')?.textContent?.trim())).toEqual(
      seed.map((s) => s.name),
    );
    expect(rows.map((r) => Number.parseInt(r.querySelector('td')?.textContent ?? '', 10))).toEqual(
      ranks,
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
    const shown = Array.from(doc.querySelectorAll('table tbody tr[data-id]:not([hidden])'));
    expect(shown.map((r) => r.getAttribute('data-id'))).toHaveLength(
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
