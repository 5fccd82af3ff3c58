// Bytes of a text file, chunk by chunk → its text, its encoding and whether it opened with a BOM.
// A BOM says the encoding (UTF-8, UTF-16 LE or BE); without one, NUL bytes every other byte say
// UTF-16 (`utf16Unmarked`), and otherwise the bytes are read as UTF-8 and, at
// the first byte sequence that is not UTF-8, read again from the start as Windows-1252 (what French
// Excel saves as "CSV"). A chosen encoding overrides all of it.
import type { Encoding } from './types';

/** A decoded text and how it was read. */
export interface Decoded {
  /** The text, without its BOM. */
  text: string;
  encoding: Encoding;
  /** The bytes opened with the BOM of `encoding`. */
  bom: boolean;
}

const BOMS: [Encoding, number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];
/** The longest BOM: bytes held back until there are this many, to read a BOM split across chunks. */
const BOM_BYTES = 3;

/** How many first bytes `utf16Unmarked` looks at. */
const UNMARKED_BYTES = 512;

/**
 * UTF-16 without a BOM, as some tools save it: in the first bytes, at least three quarters of the
 * high bytes are NUL (text in the Latin scripts: ASCII and Latin-1 characters) and no low byte is.
 * 'utf-16le' when the NULs come second in each pair, 'utf-16be' when first; null otherwise (too
 * few bytes to tell: fewer than 4).
 */
export function utf16Unmarked(head: Uint8Array): Encoding | null {
  const pairs = Math.min(head.length, UNMARKED_BYTES) >> 1;
  if (pairs < 2) return null;
  let first = 0;
  let second = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) first++;
    if (head[2 * i + 1] === 0) second++;
  }
  if (first === 0 && second >= pairs * 0.75) return 'utf-16le';
  if (second === 0 && first >= pairs * 0.75) return 'utf-16be';
  return null;
}

/** The encoding a BOM at the start of `head` names, and the BOM's length; null without one. */
export function bomOf(head: Uint8Array): { encoding: Encoding; length: number } | null {
  for (const [encoding, bom] of BOMS) {
    if (bom.every((b, i) => head[i] === b)) return { encoding, length: bom.length };
  }
  return null;
}

/** What Windows-1252 puts at 0x80–0x9F (the rest of its bytes are their own code points, as in
 *  Latin-1; the five it leaves unassigned stay C1 controls, as the WHATWG Encoding standard says). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** A Windows-1252 decoder of our own: Node's TextDecoder reads that label as Latin-1 (0x80 gives
 *  U+0080, not €). Bytes → UTF-16 code units → a string, by the platform's UTF-16 decoder. */
const cp1252 = {
  utf16: new TextDecoder('utf-16le'),
  decode(bytes: Uint8Array): string {
    const units = new Uint16Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i] as number;
      units[i] = b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as number) : b;
    }
    return this.utf16.decode(units);
  },
};

type Decoder = Pick<TextDecoder, 'decode'>;

/** `ignoreBOM`: the BOM is cut here, so that a second U+FEFF stays in the text as written. */
const decoderOf = (encoding: Encoding, fatal = false): Decoder =>
  encoding === 'windows-1252' ? cp1252 : new TextDecoder(encoding, { fatal, ignoreBOM: true });

/** Decodes a file's bytes as they arrive: `push` each chunk in order, then `end`. */
export class StreamDecoder {
  readonly #forced: Encoding | undefined;
  /** The first bytes, until there are enough to see a BOM. */
  #head: Uint8Array[] = [];
  #headBytes = 0;
  #decoder: Decoder | null = null;
  #encoding: Encoding = 'utf-8';
  #bom = false;
  /** While UTF-8 is a guess: every chunk, to read them again as Windows-1252 if it proves wrong. */
  #kept: Uint8Array[] | null = null;
  #parts: string[] = [];

  constructor(forced?: Encoding) {
    this.#forced = forced;
  }

  push(chunk: Uint8Array): void {
    if (this.#decoder !== null) return this.#decode(chunk, false);
    this.#head.push(chunk);
    this.#headBytes += chunk.length;
    if (this.#headBytes >= BOM_BYTES) this.#start();
  }

  end(): Decoded {
    if (this.#decoder === null) this.#start();
    this.#decode(new Uint8Array(0), true);
    return { text: this.#parts.join(''), encoding: this.#encoding, bom: this.#bom };
  }

  /** Chooses the encoding from the BOM or the choice made, then decodes the bytes held back. */
  #start(): void {
    const head = concat(this.#head);
    this.#head = [];
    const bom = bomOf(head);
    const encoding = this.#forced ?? bom?.encoding ?? utf16Unmarked(head) ?? undefined;
    this.#bom = bom !== null && bom.encoding === encoding;
    this.#encoding = encoding ?? 'utf-8';
    // No BOM and no choice: UTF-8 as long as the bytes are UTF-8.
    if (encoding === undefined) this.#kept = [];
    this.#decoder = decoderOf(this.#encoding, this.#kept !== null);
    this.#decode(this.#bom && bom !== null ? head.subarray(bom.length) : head, false);
  }

  #decode(chunk: Uint8Array, last: boolean): void {
    const decoder = this.#decoder as Decoder;
    this.#kept?.push(chunk);
    try {
      this.#parts.push(decoder.decode(chunk, { stream: !last }));
    } catch {
      // Not UTF-8: everything so far again, as Windows-1252, which reads any byte.
      const kept = this.#kept ?? [];
      this.#kept = null;
      this.#encoding = 'windows-1252';
      this.#decoder = cp1252;
      this.#parts = kept.map((bytes) => cp1252.decode(bytes));
    }
  }
}

/** One array of the chunks' bytes. */
function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}

/** Decodes bytes held whole (a test, a text already in memory). */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): Decoded {
  const decoder = new StreamDecoder(forced);
  decoder.push(bytes);
  return decoder.end();
}
