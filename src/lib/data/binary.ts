// Text → whether it is really binary data (an image, a spreadsheet archive) rather than a table.

const WINDOW = 64 * 1024;
/** Share of control characters or U+FFFD above which text is binary (mis-decoded accents: far less). */
const MAX_SHARE = 0.1;

/** True when the first 64 KB hold a NUL, or more than 10 % control characters or U+FFFD. */
export function looksBinary(text: string): boolean {
  const end = Math.min(text.length, WINDOW);
  let odd = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    const control =
      (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 127 && c < 160);
    if (control || c === 0xfffd) odd++;
  }
  return end > 0 && odd / end > MAX_SHARE;
}
