// An embed over the reader's own table (`?data=`, issue 13) says where its table comes from in
// place of the published ranking's source, in French and English; over the published ranking it
// keeps the published source. Rendered on the server, as tests/server/app.test.ts renders the app.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { JSDOM } from 'jsdom';
import App from '../../src/App.svelte';
import { createExplorer } from '../../src/lib/model/explorer.svelte';
import { parseTable } from '../../src/lib/data/parse';

const text = 'École;Mois\nAlpha;12\nBêta;9\n';

/** The embed's source line, rendered over a table (own or not) at `search`. */
function sourceLine(own: boolean, search: string): string {
  const model = createExplorer({
    table: { parsed: parseTable(text), text, source: 'mon tableau.csv', own },
    search,
  });
  const { body } = render(App, { props: { model } });
  const doc = new JSDOM(body).window.document;
  expect(doc.querySelectorAll('main.embed')).toHaveLength(1);
  const line = doc.querySelector('main.embed .source')?.firstChild?.textContent ?? '';
  return line.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

describe('the embed’s source line', () => {
  it('over an own table, in French: a table supplied by the reader, named', () => {
    expect(sourceLine(true, '?embed=table')).toBe(
      'Source : un tableau fourni par le lecteur (mon tableau.csv), et non le classement publié.',
    );
  });
  it('over an own table, in English', () => {
    expect(sourceLine(true, '?embed=ranking&lang=en')).toBe(
      'Source: a table supplied by the reader (mon tableau.csv), not the published ranking.',
    );
  });
  it('over a table that is not the reader’s: the published source, unchanged', () => {
    expect(sourceLine(false, '?embed=table')).toMatch(/^Source : classement général/);
  });
});
