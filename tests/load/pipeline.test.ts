import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runLoad, type LoadRequest, type Outcome } from '../../src/lib/load/pipeline';
import type { LoadProgress, LoadResult } from '../../src/lib/load/types';

const ORIGIN = 'https://example.org';
const TABLE = 'Rang;École;Mois\n1;A;12\n2;B;10,5\n';
const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

/** Runs a load and keeps its progress. */
async function run(request: Omit<LoadRequest, 'origin'>, signal?: AbortSignal) {
  const progress: LoadProgress[] = [];
  const outcome = await runLoad({ origin: ORIGIN, ...request }, (p) => progress.push(p), signal);
  return { outcome, progress };
}

const resultOf = (outcome: Outcome): LoadResult => {
  if (!outcome.ok) throw new Error(`expected a table, got ${JSON.stringify(outcome.error)}`);
  return outcome.result;
};

const file = (bytes: number[] | string, name = 't.csv') => ({
  kind: 'file' as const,
  file: new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]),
  name,
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('runLoad on a pasted text', () => {
  it("gives the SHA-256 of the text read (its UTF-8 bytes), as Node's own hash has it", async () => {
    const { outcome } = await run({ source: { kind: 'text', text: TABLE, name: 'p' } });
    const expected = createHash('sha256').update(TABLE, 'utf8').digest('hex');
    expect(resultOf(outcome).sha256).toBe(expected);
  });

  it('gives the text read, ranked, with the measure its header says', async () => {
    const { outcome, progress } = await run({ source: { kind: 'text', text: TABLE, name: 'p' } });
    const result = resultOf(outcome);
    // 16 characters + 1 for É's second byte, then 7 and 9.
    expect([result.name, result.text, result.encoding, result.bom, result.bytes]).toEqual([
      'p',
      TABLE,
      'utf-8',
      false,
      33,
    ]);
    expect(result.parsed.schools.map((s) => [s.name, s.months])).toEqual([
      ['A', 12],
      ['B', 10.5],
    ]);
    expect(result.dataset.ranking.schools.map((s) => [s.name, s.rank])).toEqual([
      ['A', 1],
      ['B', 2],
    ]);
    expect(result.reading.delimiter).toBe(';');
    expect(result.reading.columns).toEqual({ rank: 0, name: 1, months: 2 });
    expect(result.measure).toEqual({ label: 'Mois', unit: 'months', direction: 'higher' });
    expect(progress[0]).toEqual({ phase: 'parse', done: 0, total: 3 });
    expect(progress.at(-1)).toEqual({ phase: 'rank', done: 0, total: 2 });
  });

  it('uses the measure it is given', async () => {
    const measure = { label: 'Semaines', unit: 'weeks', direction: 'higher' } as const;
    const { outcome } = await run({ source: { kind: 'text', text: TABLE, name: 'p' }, measure });
    expect(resultOf(outcome).measure).toEqual(measure);
  });

  it.each([
    ['nothing', ''],
    ['whitespace only', '  \n\t\r\n '],
    ['separators only', ';;;\n,,\n'],
    ['a BOM alone', '\ufeff'],
  ])('refuses %s as empty', async (_label, text) => {
    const { outcome } = await run({ source: { kind: 'text', text, name: 'p' } });
    expect(outcome).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it('refuses a header alone, with the parser’s reason', async () => {
    const { outcome } = await run({
      source: { kind: 'text', text: 'Rang;École;Mois\n', name: 'p' },
    });
    expect(outcome).toEqual({
      ok: false,
      error: {
        kind: 'no-table',
        problem: { kind: 'no-rows', severity: 'error', line: 0, raw: '' },
      },
    });
  });

  it('refuses a text over the size limit by its UTF-8 size', async () => {
    const { outcome } = await run({
      source: { kind: 'text', text: TABLE, name: 'p' },
      limits: { bytes: 32, rows: 10 },
    });
    expect(outcome).toEqual({ ok: false, error: { kind: 'too-large', bytes: 33, limit: 32 } });
  });

  it('refuses a text over the row limit with its line count, before parsing', async () => {
    const { outcome, progress } = await run({
      source: { kind: 'text', text: TABLE, name: 'p' },
      limits: { bytes: 1000, rows: 2 },
    });
    expect(outcome).toEqual({ ok: false, error: { kind: 'too-many-rows', rows: 3, limit: 2 } });
    expect(progress).toEqual([]);
  });

  it('stops when cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    const { outcome } = await run(
      { source: { kind: 'text', text: TABLE, name: 'p' } },
      abort.signal,
    );
    expect(outcome).toEqual({ ok: false, error: { kind: 'cancelled' } });
  });
});

describe('runLoad on a file', () => {
  it('reads Windows-1252 bytes (É = 0xC9) and reports the bytes read', async () => {
    const bytes = ascii('Rang;\xc9cole;Mois\n1;\xc9cole A;12\n');
    const { outcome, progress } = await run({ source: file(bytes) });
    const result = resultOf(outcome);
    // 16 bytes ("Rang;", É, "cole;Mois", LF), then 13.
    expect([result.encoding, result.bom, result.bytes]).toEqual(['windows-1252', false, 29]);
    expect(result.parsed.schools.map((s) => s.name)).toEqual(['École A']);
    expect(progress[0]).toEqual({ phase: 'read', done: 29, total: 29 });
  });

  it('reads UTF-16 LE with its BOM', async () => {
    const units = Array.from('Rang;École;Mois\n1;A;12\n', (c) => [c.charCodeAt(0), 0]).flat();
    const result = resultOf((await run({ source: file([0xff, 0xfe, ...units]) })).outcome);
    expect([result.encoding, result.bom, result.parsed.schools.length]).toEqual([
      'utf-16le',
      true,
      1,
    ]);
  });

  it('reads UTF-16 BE when the person chooses it, with no BOM', async () => {
    const units = Array.from('Rang;École;Mois\n1;A;12\n', (c) => [0, c.charCodeAt(0)]).flat();
    const { outcome } = await run({ source: file(units), options: { encoding: 'utf-16be' } });
    expect(resultOf(outcome).parsed.schools.map((s) => s.name)).toEqual(['A']);
  });

  it.each([
    ['LE', (c: number) => [c, 0], 'utf-16le'],
    ['BE', (c: number) => [0, c], 'utf-16be'],
  ] as const)('reads UTF-16 %s without a BOM, told from its NUL bytes', async (_, unit, enc) => {
    // "’" (U+2019) has no NUL byte: one character outside Latin-1 does not change the guess.
    const text = 'Rang;École;Mois\n1;Ingénieurs d’Alpha;12\n2;Beta;8,5\n';
    const units = Array.from(text, (c) => unit(c.charCodeAt(0) & 0xff));
    units.splice(text.indexOf('’'), 1, enc === 'utf-16le' ? [0x19, 0x20] : [0x20, 0x19]);
    const result = resultOf((await run({ source: file(units.flat()) })).outcome);
    expect([result.encoding, result.bom]).toEqual([enc, false]);
    expect(result.parsed.schools.map((s) => [s.name, s.months])).toEqual([
      ['Ingénieurs d’Alpha', 12],
      ['Beta', 8.5],
    ]);
  });

  it('refuses a file over the size limit before reading a byte of it', async () => {
    const stream = vi.fn();
    const big = { size: 21 * 1024 * 1024, stream } as unknown as Blob;
    const { outcome, progress } = await run({ source: { kind: 'file', file: big, name: 'big' } });
    expect(outcome).toEqual({
      ok: false,
      error: { kind: 'too-large', bytes: 22_020_096, limit: 20_971_520 },
    });
    expect(stream).not.toHaveBeenCalled();
    expect(progress).toEqual([]);
  });

  it.each([
    ['a PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'png'],
    [
      'an XLSX',
      [
        0x50,
        0x4b,
        3,
        4,
        ...new Array<number>(22).fill(0),
        19,
        0,
        0,
        0,
        ...ascii('[Content_Types].xml'),
      ],
      'xlsx',
    ],
    ['NUL bytes', [...ascii('a;b\n'), 0, 0, 0], 'binary'],
  ])('refuses %s as not text', async (_label, bytes, format) => {
    const { outcome } = await run({ source: file(bytes) });
    expect(outcome).toEqual({ ok: false, error: { kind: 'not-text', format } });
  });

  it('refuses an empty file', async () => {
    expect((await run({ source: file([]) })).outcome).toEqual({
      ok: false,
      error: { kind: 'empty' },
    });
  });
});

describe('runLoad on an address', () => {
  /** A response whose body comes in the chunks given. */
  const respond = (chunks: number[][], init: ResponseInit = {}) =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const c of chunks) controller.enqueue(new Uint8Array(c));
          controller.close();
        },
      }),
      init,
    );

  it.each([
    ['another origin', 'https://evil.example/t.csv'],
    ['another scheme', 'javascript:alert(1)'],
    ['a data: address', 'data:text/csv,a;1'],
    ['not an address', 'not a url'],
  ])('refuses %s without a request', async (_label, url) => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { outcome } = await run({ source: { kind: 'url', url, name: 'u' } });
    expect(outcome).toEqual({ ok: false, error: { kind: 'fetch', url, status: null } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads a same-origin file streamed in chunks, a character split between two', async () => {
    const bytes = ascii('Rang;\xc3'); // "Rang;" then the first byte of É in UTF-8
    const rest = [0x89, ...ascii('cole;Mois\n1;A;12\n')]; // 1 + 10 + 7 bytes
    const fetch = vi.fn(async () =>
      respond([bytes, rest], { headers: { 'content-length': '24' } }),
    );
    vi.stubGlobal('fetch', fetch);
    const url = `${ORIGIN}/data/t.csv`;
    const { outcome, progress } = await run({ source: { kind: 'url', url, name: 't.csv' } });
    const result = resultOf(outcome);
    expect([result.text, result.encoding, result.bytes]).toEqual([
      'Rang;École;Mois\n1;A;12\n',
      'utf-8',
      24,
    ]);
    expect(progress.slice(0, 2)).toEqual([
      { phase: 'read', done: 6, total: 24 },
      { phase: 'read', done: 24, total: 24 },
    ]);
  });

  it('says the HTTP status of a failed request', async () => {
    vi.stubGlobal('fetch', async () => respond([], { status: 404 }));
    const url = `${ORIGIN}/missing.csv`;
    expect((await run({ source: { kind: 'url', url, name: 'm' } })).outcome).toEqual({
      ok: false,
      error: { kind: 'fetch', url, status: 404 },
    });
  });

  it('says a network failure has no status', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const url = `${ORIGIN}/t.csv`;
    expect((await run({ source: { kind: 'url', url, name: 't' } })).outcome).toEqual({
      ok: false,
      error: { kind: 'fetch', url, status: null },
    });
  });

  it('refuses a response whose Content-Length is over the limit', async () => {
    vi.stubGlobal('fetch', async () =>
      respond([[0x41]], { headers: { 'content-length': '5000' } }),
    );
    const url = `${ORIGIN}/t.csv`;
    const { outcome } = await run({
      source: { kind: 'url', url, name: 't' },
      limits: { bytes: 4096, rows: 10 },
    });
    expect(outcome).toEqual({ ok: false, error: { kind: 'too-large', bytes: 5000, limit: 4096 } });
  });

  it('stops reading a body that grows over the limit without saying its length', async () => {
    const chunk = new Array<number>(3000).fill(0x41);
    vi.stubGlobal('fetch', async () => respond([chunk, chunk, chunk]));
    const url = `${ORIGIN}/t.csv`;
    const { outcome } = await run({
      source: { kind: 'url', url, name: 't' },
      limits: { bytes: 5000, rows: 10 },
    });
    expect(outcome).toEqual({ ok: false, error: { kind: 'too-large', bytes: 6000, limit: 5000 } });
  });
});
