// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { TableSession } from '../../../src/lib/load/session.svelte';
import { readInput } from '../../../src/lib/model/read';
import type { Explorer } from '../../../src/lib/model/explorer.svelte';
import { bundled, explorerOf } from '../../explorer';
import { fakeStore, fakeWorker, GOOD, resultOf, type Call } from './fake';
import type { SavedTable } from '../../../src/lib/load/store';
import { STAGED_FROM, STAGES, stagesOf } from '../../../src/lib/later/stages.svelte';

const published = readInput(bundled).table;
/** Lets the session see a settled promise. */
const settle = () => new Promise<void>((r) => setTimeout(r, 0));
const root = document.documentElement;

function setup(search = '', kept: SavedTable | null = null) {
  const explorer = explorerOf({ search, href: `http://x.test/app/${search}` });
  const worker = fakeWorker();
  const store = fakeStore(kept);
  const session = new TableSession(explorer, published, worker.start, () => root, store);
  return { explorer, session, calls: worker.calls, store };
}
const call = (calls: Call[], i: number): Call => {
  const c = calls[i];
  if (!c) throw new Error(`no load ${i}`);
  return c;
};

/** The explorer's table, as the tests compare it. */
const table = (e: Explorer) => ({ schools: e.all.length, own: e.own, source: e.source });
const PUBLISHED = { schools: 144, own: false, source: published.source };
/** A table one school over STAGED_FROM: large enough for the parts below the first screen to come
 *  in stages (later/stages.svelte.ts). */
const large = [
  'École;Mois',
  ...Array.from({ length: STAGED_FROM + 1 }, (_, i) => `École ${i + 1};${i % 7}`),
].join('\n');

beforeEach(() => {
  delete root.dataset.load;
  delete root.dataset.rows;
});

describe('TableSession', () => {
  it('open(text) reads it, then shows it as the reader’s own: status ok, data-load=ok, data-rows', async () => {
    const { explorer, session, calls } = setup();
    void session.open({ kind: 'text', text: GOOD, name: 'Tableau collé' });
    expect(session.status).toBe('reading');
    expect(call(calls, 0).source).toEqual({ kind: 'text', text: GOOD, name: 'Tableau collé' });
    expect(call(calls, 0).opts?.options).toEqual({});
    expect(table(explorer)).toEqual(PUBLISHED);
    call(calls, 0).resolve(resultOf(GOOD, 'Tableau collé'));
    await settle();
    expect(session.status).toBe('ok');
    expect(table(explorer)).toEqual({ schools: 4, own: true, source: 'Tableau collé' });
    expect(explorer.all.map((s) => [s.name, s.rank])).toEqual([
      ['Alpha', 1],
      ['Beta', 2],
      ['Gamma', 2],
      ['Delta', 4],
    ]);
    expect(root.dataset.load).toBe('ok');
    expect(root.dataset.rows).toBe('4');
  });

  it('shows the table with the SHA-256 the reading worked out: the page hashes nothing', async () => {
    const { explorer, session, calls } = setup();
    void session.open({ kind: 'text', text: GOOD, name: 'x' });
    const sha256 = 'ab'.repeat(32);
    call(calls, 0).resolve({ ...resultOf(GOOD), sha256 });
    await settle();
    expect(explorer.sha256).toBe(sha256);
  });

  it('shows the progress of the load under way, and none once it is done', async () => {
    const { session, calls } = setup();
    void session.open({ kind: 'text', text: GOOD, name: 'x' });
    call(calls, 0).opts?.onProgress?.({ phase: 'parse', done: 2, total: 4 });
    expect(session.progress).toEqual({ phase: 'parse', done: 2, total: 4 });
    call(calls, 0).resolve(resultOf(GOOD));
    await settle();
    expect(session.progress).toBeNull();
  });

  it('a failed load says why and leaves the table shown as it was', async () => {
    const { explorer, session, calls } = setup();
    void session.open({ kind: 'file', file: new Blob(['x']), name: 'photo.png' });
    call(calls, 0).reject({ kind: 'not-text', format: 'png' });
    await settle();
    expect(session.status).toBe('error');
    expect(session.error).toEqual({ kind: 'not-text', format: 'png' });
    expect(table(explorer)).toEqual(PUBLISHED);
    expect(root.dataset.load).toBe('error');
    expect(root.dataset.rows).toBe('144');
  });

  it('a failure nobody foresaw becomes a LoadError of kind failed', async () => {
    const { session, calls } = setup();
    void session.open({ kind: 'text', text: GOOD, name: 'x' });
    call(calls, 0).reject(new Error('out of memory'));
    await settle();
    expect(session.error).toEqual({ kind: 'failed', detail: 'out of memory' });
  });

  it('cancel() stops the load; the table before stays', async () => {
    const { explorer, session, calls } = setup();
    void session.open({ kind: 'text', text: GOOD, name: 'x' });
    session.cancel();
    await settle();
    expect(call(calls, 0).cancelled).toBe(true);
    expect(session.status).toBe('error');
    expect(session.error).toEqual({ kind: 'cancelled' });
    expect(table(explorer)).toEqual(PUBLISHED);
  });

  it('a load that starts while another runs cancels the first, whose late result is ignored', async () => {
    const { explorer, session, calls } = setup();
    void session.open({ kind: 'text', text: GOOD, name: 'first' });
    void session.open({ kind: 'text', text: GOOD, name: 'second' });
    expect(call(calls, 0).cancelled).toBe(true);
    call(calls, 0).resolve(resultOf(GOOD, 'first'));
    await settle();
    expect(session.status).toBe('reading');
    expect(table(explorer)).toEqual(PUBLISHED);
    call(calls, 1).resolve(resultOf(GOOD, 'second'));
    await settle();
    expect(table(explorer)).toEqual({ schools: 4, own: true, source: 'second' });
  });

  describe('several numeric columns, none named', () => {
    const text = 'École\tA\tB\nAlpha\t3\t9\nBeta\t5\t1\n';
    const ambiguous = () =>
      resultOf(text, 'two.tsv', {
        ambiguous: true,
        numeric: [1, 2],
        columns: { name: 0, months: 1, rank: null },
      });

    it('asks which is the value before showing anything (data-load=ask)', async () => {
      const { explorer, session, calls } = setup();
      void session.open({ kind: 'text', text, name: 'two.tsv' });
      call(calls, 0).resolve(ambiguous());
      await settle();
      expect(session.status).toBe('ask');
      expect(root.dataset.load).toBe('ask');
      expect(table(explorer)).toEqual(PUBLISHED);
    });

    it('chooseValue(the best guess) shows the table as read, with no new load', async () => {
      const { explorer, session, calls } = setup();
      void session.open({ kind: 'text', text, name: 'two.tsv' });
      call(calls, 0).resolve(ambiguous());
      await settle();
      await session.chooseValue(1);
      expect(calls).toHaveLength(1);
      expect(session.status).toBe('ok');
      expect(table(explorer)).toEqual({ schools: 2, own: true, source: 'two.tsv' });
    });

    it('chooseValue(another) reads the text again with that column', async () => {
      const { session, calls } = setup();
      void session.open({ kind: 'text', text, name: 'two.tsv' });
      call(calls, 0).resolve(ambiguous());
      await settle();
      void session.chooseValue(2);
      expect(call(calls, 1).source).toEqual({ kind: 'text', text, name: 'two.tsv' });
      expect(call(calls, 1).opts?.options?.columns).toEqual({ name: 0, months: 2, rank: null });
      // The measure is guessed again, from the new column's header: none is passed.
      expect(call(calls, 1).opts?.measure).toBeUndefined();
      // Read with a column chosen, it is shown even if the reading still says ambiguous.
      call(calls, 1).resolve(ambiguous());
      await settle();
      expect(session.status).toBe('ok');
    });
  });

  it('a measure the reader set is kept when the table is read again with other choices', async () => {
    const { session, calls } = setup();
    void session.open({ kind: 'text', text: GOOD, name: 'mine.csv' });
    call(calls, 0).resolve(resultOf(GOOD));
    await settle();
    const mine = { label: 'Séjour', unit: 'months', direction: 'higher' } as const;
    // A new label only: shown at once, nothing read again.
    await session.setMeasure(mine);
    expect(calls).toHaveLength(1);
    void session.reread({ decimal: '.' });
    expect(call(calls, 1).opts?.measure).toEqual(mine);
  });

  it('reread(options) reads the decoded text again with the other choices, the rest kept', async () => {
    const { session, calls } = setup();
    const file = new Blob([GOOD]);
    void session.open({ kind: 'file', file, name: 'mine.csv' });
    call(calls, 0).resolve(resultOf(GOOD));
    await settle();
    void session.reread({ decimal: '.' });
    expect(call(calls, 1).source).toEqual({ kind: 'text', text: GOOD, name: 'mine.csv' });
    expect(call(calls, 1).opts?.options).toEqual({
      delimiter: ';',
      decimal: '.',
      headerRows: 1,
      columns: { rank: 0, name: 1, months: 2 },
    });
    call(calls, 1).resolve(resultOf(GOOD));
    await settle();
    // Another encoding decodes the file again.
    void session.reread({ encoding: 'windows-1252' });
    expect(call(calls, 2).source).toEqual({ kind: 'file', file, name: 'mine.csv' });
    expect(call(calls, 2).opts?.options?.encoding).toBe('windows-1252');
    // The choices detected are those of the first reading.
    expect(session.detected?.reading.decimal).toBe(',');
  });

  it('setMeasure: a new label shows at once; a new direction reads again', async () => {
    const { explorer, session, calls } = setup();
    void session.open({ kind: 'text', text: GOOD, name: 'x' });
    call(calls, 0).resolve(resultOf(GOOD));
    await settle();
    await session.setMeasure({ label: 'Durée', unit: 'months', direction: 'higher' });
    expect(calls).toHaveLength(1);
    expect(explorer.measure).toEqual({ label: 'Durée', unit: 'months', direction: 'higher' });
    void session.setMeasure({ label: 'Durée', unit: 'months', direction: 'lower' });
    expect(calls).toHaveLength(2);
    expect(call(calls, 1).opts?.measure).toEqual({
      label: 'Durée',
      unit: 'months',
      direction: 'lower',
    });
  });

  it('backToPublished shows the published ranking again, data= gone', async () => {
    const { explorer, session, calls } = setup('?data=tables/t.csv');
    expect(explorer.view.data).toBe('tables/t.csv');
    void session.openAddress('tables/t.csv', 'http://x.test/app/?data=tables/t.csv');
    call(calls, 0).resolve(resultOf(GOOD, 't.csv'));
    await settle();
    session.backToPublished();
    flushSync();
    expect(table(explorer)).toEqual(PUBLISHED);
    expect(explorer.view.data).toBeNull();
    expect(session.status).toBe('idle');
    expect(root.dataset.rows).toBe('144');
  });

  it('shows a table over STAGED_FROM schools in stages, the parts below a task or more later; a small one at once', async () => {
    const { explorer, session, calls } = setup();
    const stages = stagesOf(explorer);
    const rows = Array.from(
      { length: STAGED_FROM + 1 },
      (_, i) => `École ${i + 1};${(i % 97) / 8}`,
    );
    const large = ['École;Mois', ...rows].join('\n');
    void session.open({ kind: 'text', text: large, name: 'grand.csv' });
    call(calls, 0).resolve(resultOf(large, 'grand.csv'));
    // The load settles in a task, and the table is shown with every stage held back.
    await settle();
    expect(explorer.all).toHaveLength(STAGED_FROM + 1);
    expect(STAGES.filter((stage) => stages.has(stage))).toEqual([]);
    // One stage a task, in order.
    await settle();
    expect(STAGES.filter((stage) => stages.has(stage))).toEqual(['table']);
    await settle();
    await settle();
    await settle();
    await settle();
    expect(STAGES.filter((stage) => stages.has(stage))).toEqual([
      'table',
      'report',
      'strip',
      'summary',
      'rules',
    ]);
    void session.open({ kind: 'text', text: GOOD, name: 'petit.csv' });
    call(calls, 1).resolve(resultOf(GOOD, 'petit.csv'));
    await settle();
    expect(explorer.all).toHaveLength(4);
    expect(STAGES.filter((stage) => stages.has(stage))).toEqual([
      'table',
      'report',
      'strip',
      'summary',
      'rules',
    ]);
  });

  it('a large table read (onRead) lets go of the parts below the first screen a task before it is shown; a small one does not', async () => {
    const { explorer, session, calls } = setup();
    const stages = stagesOf(explorer);
    void session.open({ kind: 'text', text: GOOD, name: 'petit.csv' });
    call(calls, 0).opts?.onRead?.(resultOf(GOOD, 'petit.csv'));
    expect(STAGES.filter((stage) => stages.has(stage))).toEqual([...STAGES]);
    call(calls, 0).resolve(resultOf(GOOD, 'petit.csv'));
    await settle();
    void session.open({ kind: 'text', text: large, name: 'grand.csv' });
    const read = resultOf(large, 'grand.csv');
    call(calls, 1).opts?.onRead?.(read);
    // Held back while the table shown is still the small one.
    expect(STAGES.filter((stage) => stages.has(stage))).toEqual([]);
    expect(explorer.all).toHaveLength(4);
    call(calls, 1).resolve(read);
    await settle();
    expect(explorer.all).toHaveLength(STAGED_FROM + 1);
    expect(STAGES.filter((stage) => stages.has(stage))).toEqual([]);
    for (let i = 0; i < STAGES.length; i++) await settle();
    expect(STAGES.filter((stage) => stages.has(stage))).toEqual([...STAGES]);
  });

  it('a large table cancelled after it was read gives the table shown its parts back', async () => {
    const { explorer, session, calls } = setup();
    const stages = stagesOf(explorer);
    void session.open({ kind: 'text', text: large, name: 'grand.csv' });
    call(calls, 0).opts?.onRead?.(resultOf(large, 'grand.csv'));
    expect(STAGES.filter((stage) => stages.has(stage))).toEqual([]);
    session.cancel();
    await settle();
    expect(session.error).toEqual({ kind: 'cancelled' });
    expect(table(explorer)).toEqual(PUBLISHED);
    expect(STAGES.filter((stage) => stages.has(stage))).toEqual([...STAGES]);
  });

  it('a large table replaced by another load after it was read gives the table shown its parts back meanwhile', async () => {
    const { explorer, session, calls } = setup();
    const stages = stagesOf(explorer);
    void session.open({ kind: 'text', text: large, name: 'grand.csv' });
    call(calls, 0).opts?.onRead?.(resultOf(large, 'grand.csv'));
    void session.open({ kind: 'text', text: GOOD, name: 'petit.csv' });
    await settle();
    expect(session.status).toBe('reading');
    expect(table(explorer)).toEqual(PUBLISHED);
    expect(STAGES.filter((stage) => stages.has(stage))).toEqual([...STAGES]);
  });

  it('openAddress reads the table next to the app, and links keep data= while it shows', async () => {
    const { explorer, session, calls } = setup('?data=tables/t.csv');
    void session.openAddress('tables/t.csv', 'http://x.test/app/?data=tables/t.csv');
    expect(call(calls, 0).source).toEqual({
      kind: 'url',
      url: 'http://x.test/app/tables/t.csv',
      name: 't.csv',
    });
    call(calls, 0).resolve(resultOf(GOOD, 't.csv'));
    await settle();
    expect(explorer.view.data).toBe('tables/t.csv');
    expect(explorer.fullLink).toBe('http://x.test/app/?data=tables%2Ft.csv');
    // A file of the reader's replaces it: links no longer name the file next to the app.
    void session.open({ kind: 'text', text: GOOD, name: 'x' });
    call(calls, 1).resolve(resultOf(GOOD));
    await settle();
    expect(explorer.view.data).toBeNull();
  });

  it.each([
    '//evil.test/t.csv',
    'https://evil.test/t.csv',
    '../secret.csv',
    'a/../b.csv',
    't.json',
    '/t.csv',
  ])('openAddress(%j) is refused before any request', async (path) => {
    const { explorer, session, calls } = setup();
    await session.openAddress(path, 'http://x.test/app/');
    expect(calls).toHaveLength(0);
    expect(session.error).toEqual({ kind: 'fetch', url: path, status: null });
    expect(root.dataset.load).toBe('error');
    expect(table(explorer)).toEqual(PUBLISHED);
  });

  describe('kept across reloads', () => {
    const saved: SavedTable = {
      name: 'mine.csv',
      text: GOOD,
      options: {
        delimiter: ';',
        decimal: ',',
        headerRows: 1,
        columns: { rank: 0, name: 1, months: 2 },
      },
      measure: { label: 'Durée', unit: 'months', direction: 'lower' },
      bytes: 60,
      savedAt: 1,
    };

    it('a table shown is kept with its choices and measure; the way back forgets it', async () => {
      const { session, calls, store } = setup();
      void session.open({ kind: 'text', text: GOOD, name: 'mine.csv' });
      call(calls, 0).resolve(resultOf(GOOD, 'mine.csv'));
      await settle();
      // The choices GOOD is read with (fake.ts): those of the record above.
      expect({ ...store.kept, savedAt: 0 }).toEqual({
        ...saved,
        measure: { label: 'Mois', unit: 'months', direction: 'higher' },
        bytes: GOOD.length,
        savedAt: 0,
      });
      session.backToPublished();
      expect(store.forgotten).toBe(1);
      expect(store.kept).toBeNull();
    });

    it('resume() reads the kept table again as it was shown', async () => {
      const { explorer, session, calls } = setup('', saved);
      void session.resume(null, 'http://x.test/app/');
      await settle();
      expect(call(calls, 0).source).toEqual({ kind: 'text', text: GOOD, name: 'mine.csv' });
      expect(call(calls, 0).opts?.options).toEqual(saved.options);
      expect(call(calls, 0).opts?.measure).toEqual(saved.measure);
      call(calls, 0).resolve(resultOf(GOOD, 'mine.csv'));
      await settle();
      expect(table(explorer)).toEqual({ schools: 4, own: true, source: 'mine.csv' });
    });

    it('resume() with ?data= reads that table, not the kept one; in an embed, neither', async () => {
      const { session, calls } = setup('?data=t.csv', saved);
      void session.resume('t.csv', 'http://x.test/app/?data=t.csv');
      expect(call(calls, 0).source).toEqual({
        kind: 'url',
        url: 'http://x.test/app/t.csv',
        name: 't.csv',
      });
      const embed = setup('?embed=ranking', saved);
      await embed.session.resume(null, 'http://x.test/app/?embed=ranking');
      expect(embed.calls).toHaveLength(0);
    });

    it('resume() with nothing kept does nothing', async () => {
      const { session, calls } = setup();
      await session.resume(null, 'http://x.test/app/');
      expect(calls).toHaveLength(0);
      expect(session.status).toBe('idle');
    });
  });
});
