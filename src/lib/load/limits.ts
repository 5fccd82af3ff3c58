// The largest table the page reads: a file over `bytes` is refused before a byte of it is read; a
// text over `rows` lines is refused once decoded, before it is parsed. Below both, nothing a file
// holds can freeze or crash the tab (the work is in a worker; 250,000 rows parse in about a second
// there, and the explorer draws them on canvas).

/** The limits a load checks, in bytes and in lines (a line per school, headers and blanks included). */
export interface Limits {
  bytes: number;
  rows: number;
}

/** 20 MiB and 250,000 lines: ten times the ranking of every school in Europe, five times the
 *  issue's 100,000-row file in bytes and 2.5 times in rows. */
export const LIMITS: Limits = { bytes: 20 * 1024 * 1024, rows: 250_000 };

/** The UTF-8 size of a text in bytes (what a pasted text would weigh as a file), without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Two bytes below U+0800, three above; a surrogate pair (two units) makes four.
    if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}
