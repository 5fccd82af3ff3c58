// The first bytes of a file → the binary format it is (an image, a spreadsheet, a PDF, an archive),
// or the text that is no table (a web page or XML, JSON data), or null when it may be a table. Run
// before decoding, so that a picture or a page picked by mistake gets a clear message rather than
// a table of garbage or a puzzling « no school read ».
import type { LoadError } from './types';

/** The formats a file can be refused as. */
export type BinaryFormat = Extract<LoadError, { kind: 'not-text' }>['format'];

/** How many first bytes `sniff` looks at for NUL bytes. */
export const SNIFF_BYTES = 4096;
/** How far into a ZIP the names of a spreadsheet's parts are looked for. */
const ZIP_NAMES = 1024;

/** Signatures at offset 0, longest first where one is a prefix of another. */
const SIGNATURES: [Exclude<BinaryFormat, 'xlsx' | 'binary' | 'markup' | 'json'>, number[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]], // GIF8(7|9)a
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], // OLE2 compound file
  ['gzip', [0x1f, 0x8b]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]], // PK\3\4: a local file header
];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((b, i) => bytes[at + i] === b);

/** Whether an ASCII name appears in the bytes. */
function holds(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const code = Array.from(name, (c) => c.charCodeAt(0));
  for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, code, i)) return true;
  }
  return false;
}

/** A UTF-16 byte order mark opens the bytes: NUL bytes are then expected. */
const utf16Bom = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** The first bytes, past a UTF-8 BOM and white space, as ASCII (other bytes as U+FFFD). */
function opening(head: Uint8Array, length = 16): string {
  let at = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  // Space, tab, line feed, vertical tab, form feed, carriage return.
  const space = (b: number | undefined) =>
    b === 0x20 || (b !== undefined && b >= 0x09 && b <= 0x0d);
  while (at < head.length && space(head[at])) at++;
  return Array.from(head.subarray(at, at + length), (b) =>
    b < 0x80 ? String.fromCharCode(b) : '\ufffd',
  ).join('');
}

/**
 * Text that is no table, from how it opens: a tag (`<!doctype html>`, `<html>`, `<table>`,
 * `<?xml …?>`: 'markup') or an array or object of JSON (`[{`, `{"`, `["`, `[[`: 'json'). A table's
 * first cell hardly opens so; null otherwise.
 */
function otherText(head: Uint8Array): 'markup' | 'json' | null {
  const start = opening(head);
  if (/^<[!?a-z]/i.test(start)) return 'markup';
  if (/^(\[\s*[[{"]|\{\s*")/.test(start)) return 'json';
  return null;
}

/**
 * The binary format the first bytes show (pass at least the first `SNIFF_BYTES`), or null.
 * A ZIP holding `[Content_Types].xml` or an `xl/` part near its start is an Excel workbook. A NUL
 * byte in the first 4 KB, without a UTF-16 BOM and unless the person chose UTF-16, is 'binary'.
 */
export function sniff(head: Uint8Array, utf16 = false): BinaryFormat | null {
  for (const [format, signature] of SIGNATURES) {
    if (!startsWith(head, signature)) continue;
    if (format !== 'zip') return format;
    const names = head.subarray(0, ZIP_NAMES);
    return holds(names, '[Content_Types].xml') || holds(names, 'xl/') ? 'xlsx' : 'zip';
  }
  if (utf16 || utf16Bom(head)) return null;
  return head.subarray(0, SNIFF_BYTES).includes(0) ? 'binary' : otherText(head);
}
