// A load request → a table read and ranked, or the reason there is none. Pure steps in order: the
// size checked before any byte is read, the bytes read (a file's stream, or a same-origin address
// fetched), the format sniffed, the text decoded, its lines counted, parsed, ranked. Runs in the
// worker, and on the main thread where no worker can be made. Never throws: every failure is a
// LoadError.
import { parseTable } from '../data/parse';
import type { ParseMeta, ParseResult } from '../data/types';
import { datasetOf } from '../ranked';
import { digestHex } from '../data/digest';
import { StreamDecoder, utf16Unmarked, type Decoded } from './decode';
import { countLines } from '../data/lines';
import { LIMITS, utf8Length, type Limits } from './limits';
import { SNIFF_BYTES, sniff } from './sniff';
import type {
  LoadError,
  LoadProgress,
  LoadResult,
  LoadSource,
  ReadOptions,
  Reading,
} from './types';

/** What the page asks the worker (or the fallback) to read. */
export interface LoadRequest {
  source: LoadSource;
  options?: ReadOptions;
  measure?: LoadResult['measure'];
  /** The page's origin: an address must be on it (the page resolves it against its own URL). */
  origin: string;
  /** The limits checked; LIMITS by default (tests pass smaller ones). */
  limits?: Limits;
}

/** A load's end: its table, or why there is none. */
export type Outcome = { ok: true; result: LoadResult } | { ok: false; error: LoadError };

type Progress = (progress: LoadProgress) => void;

/** A failure carried up to `runLoad`, which turns it into its Outcome. */
class Refused {
  constructor(readonly error: LoadError) {}
}
const refuse = (error: LoadError): never => {
  throw new Refused(error);
};

/** The parse's meta as a Reading: every field of it but the count of lines. */
const readingOf = ({ lines: _lines, ...reading }: ParseMeta): Reading => reading;

/** Reads a byte stream into text: the limit kept as bytes arrive, the first 4 KB sniffed. */
async function readStream(
  stream: ReadableStream<Uint8Array>,
  total: number | null,
  request: LoadRequest,
  onProgress: Progress,
  signal: AbortSignal | undefined,
): Promise<Decoded & { bytes: number }> {
  const limit = (request.limits ?? LIMITS).bytes;
  const forced = request.options?.encoding;
  const decoder = new StreamDecoder(forced);
  const reader = stream.getReader();
  let head: Uint8Array[] | null = [];
  let bytes = 0;
  const sniffed = (chunks: Uint8Array[]): void => {
    const all = new Uint8Array(bytes);
    chunks.reduce((at, c) => (all.set(c, at), at + c.length), 0);
    const utf16 = forced === 'utf-16le' || forced === 'utf-16be' || utf16Unmarked(all) !== null;
    const format = sniff(all, utf16);
    if (format !== null) refuse({ kind: 'not-text', format });
    // One chunk: the decoder sees the first 4 KB at once (a UTF-16 without BOM is told from them).
    decoder.push(all);
  };
  try {
    for (;;) {
      if (signal?.aborted) refuse({ kind: 'cancelled' });
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      if (bytes > limit) refuse({ kind: 'too-large', bytes, limit });
      onProgress({ phase: 'read', done: bytes, total });
      if (head === null) decoder.push(value);
      else {
        head.push(value);
        if (bytes >= SNIFF_BYTES) {
          sniffed(head);
          head = null;
        }
      }
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (head !== null) sniffed(head);
  return { ...decoder.end(), bytes };
}

/** A same-origin address → its response's body; another origin is refused before any request. */
async function fetched(url: string, request: LoadRequest, signal?: AbortSignal) {
  let target: URL | null = null;
  try {
    target = new URL(url);
  } catch {
    // Not an address: refused below.
  }
  const http = target?.protocol === 'http:' || target?.protocol === 'https:';
  if (target === null || !http || target.origin !== request.origin || request.origin === 'null') {
    return refuse({ kind: 'fetch', url, status: null });
  }
  let response: Response;
  try {
    response = await fetch(target, { mode: 'same-origin', credentials: 'same-origin', signal });
  } catch {
    if (signal?.aborted) return refuse({ kind: 'cancelled' });
    return refuse({ kind: 'fetch', url, status: null });
  }
  if (!response.ok || response.body === null) {
    return refuse({ kind: 'fetch', url, status: response.status });
  }
  const length = Number(response.headers.get('content-length') ?? NaN);
  const limit = (request.limits ?? LIMITS).bytes;
  if (length > limit) {
    void response.body.cancel().catch(() => undefined);
    refuse({ kind: 'too-large', bytes: length, limit });
  }
  return { body: response.body, total: Number.isFinite(length) ? length : null };
}

/** The source's text, decoded, and its size in bytes. */
async function textOf(request: LoadRequest, onProgress: Progress, signal?: AbortSignal) {
  const { source } = request;
  const limit = (request.limits ?? LIMITS).bytes;
  if (source.kind === 'text') {
    const bytes = utf8Length(source.text);
    if (bytes > limit) refuse({ kind: 'too-large', bytes, limit });
    const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
    return { text, encoding: 'utf-8' as const, bom: false, bytes };
  }
  if (source.kind === 'file') {
    if (source.file.size > limit) refuse({ kind: 'too-large', bytes: source.file.size, limit });
    return readStream(source.file.stream(), source.file.size, request, onProgress, signal);
  }
  const { body, total } = await fetched(source.url, request, signal);
  return readStream(body, total, request, onProgress, signal);
}

/** A parse that found no school → why, as a LoadError. */
function noTable(parsed: ParseResult): LoadError {
  const problem = parsed.problems.find((p) => p.line === 0) ?? parsed.problems[0];
  if (problem === undefined || problem.kind === 'empty') return { kind: 'empty' };
  if (problem.kind === 'binary') return { kind: 'not-text', format: 'binary' };
  return { kind: 'no-table', problem };
}

async function load(request: LoadRequest, onProgress: Progress, signal?: AbortSignal) {
  const { text, encoding, bom, bytes } = await textOf(request, onProgress, signal);
  // Only spaces, line ends and separators: nothing to read.
  if (/^[\s;,]*$/.test(text)) refuse({ kind: 'empty' });
  const rows = countLines(text);
  const limit = (request.limits ?? LIMITS).rows;
  if (rows > limit) refuse({ kind: 'too-many-rows', rows, limit });
  if (signal?.aborted) refuse({ kind: 'cancelled' });
  onProgress({ phase: 'parse', done: 0, total: rows });
  const parsed = parseTable(text, request.options, (done) =>
    onProgress({ phase: 'parse', done, total: rows }),
  );
  if (parsed.schools.length === 0) refuse(noTable(parsed));
  const reading = readingOf(parsed.meta);
  const measure = request.measure ?? reading.measure;
  if (signal?.aborted) refuse({ kind: 'cancelled' });
  onProgress({ phase: 'rank', done: 0, total: parsed.schools.length });
  const dataset = datasetOf(parsed, measure.direction);
  const name = request.source.name;
  const sha256 = await digestHex(text);
  return { name, text, encoding, bom, bytes, reading, measure, parsed, dataset, sha256 };
}

/** Reads, decodes, parses and ranks what the request names; progress as it goes. Never throws. */
export async function runLoad(
  request: LoadRequest,
  onProgress: Progress = () => undefined,
  signal?: AbortSignal,
): Promise<Outcome> {
  try {
    return { ok: true, result: await load(request, onProgress, signal) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, error: e.error };
    if (signal?.aborted) return { ok: false, error: { kind: 'cancelled' } };
    // Unforeseen: said in a line, never a stack.
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { ok: false, error: { kind: 'failed', detail: detail.slice(0, 200) } };
  }
}
