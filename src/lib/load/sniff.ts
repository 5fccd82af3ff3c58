// The first bytes of a file → the binary format it is (an image, a spreadsheet, a PDF, an archive),
// or null when it may be text. Run before decoding, so that a picture picked by mistake gets a
// clear message rather than a table of garbage.
import type { LoadError } from './types';

/** The formats a file can be refused as. */
export type BinaryFormat = Extract<LoadError, { kind: 'not-text' }>['format'];

/** How many first bytes `sniff` looks at for NUL bytes. */
export const SNIFF_BYTES = 4096;
/** How far into a ZIP the names of a spreadsheet's parts are looked for. */
const ZIP_NAMES = 1024;

/** Signatures at offset 0, longest first where one is a prefix of another. */
const SIGNATURES: [Exclude<BinaryFormat, 'xlsx' | 'binary'>, number[]][] = [
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
  return head.subarray(0, SNIFF_BYTES).includes(0) ? 'binary' : null;
}
