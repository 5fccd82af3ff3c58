// Cells as written → numbers: months (`10,5`, `10.5 mois`) and printed ranks (`12`, `=12`, `1er`).

/** An optional unit after the number, with or without a space: `mois`, `month(s)`, `m`. */
const UNIT_RE = /\s*(?:mois|months?|m)$/i;
/** Longer cells are not numbers of months (and a long text is never scanned). */
const MAX_LENGTH = 40;
/** Decimal digits beyond which digits/10^k is no longer exact: then Number() reads the text. */
const EXACT_DIGITS = 15;

/**
 * Months from a cell (trimmed of spaces, tabs, NBSP, narrow NBSP): a number, or null if not one.
 * Accepted: an optional sign (`-`, `+`, `−`), digits, at most ONE decimal separator (comma or point)
 * with digits after it, then an optional unit. Thousands separators never occur in months, so
 * `1.234,5`, `1,2,3` and `1 234` are rejected as ambiguous rather than guessed; so are `.5`, `10.`,
 * `1e3`, `n.c.`, `-`, and anything longer than 40 characters. Negatives are returned (the caller
 * flags them). A character scan, not a regular expression: it runs on every row of big tables.
 */
export function parseMonths(cell: string): number | null {
  if (cell.length > MAX_LENGTH && cell.trim().length > MAX_LENGTH) return null;
  let text = cell.trim();
  const lastCode = text.charCodeAt(text.length - 1) | 32;
  if (lastCode >= 97 && lastCode <= 122) text = text.replace(UNIT_RE, '');
  const length = text.length;
  const sign = text.charCodeAt(0);
  const negative = sign === 45 || sign === 0x2212;
  const start = negative || sign === 43 ? 1 : 0;
  let digits = 0;
  let scaled = 0;
  let decimals = -1;
  for (let i = start; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      scaled = scaled * 10 + (code - 48);
      digits++;
      if (decimals >= 0) decimals++;
    } else if ((code === 44 || code === 46) && decimals < 0 && digits > 0) decimals = 0;
    else return null;
  }
  if (digits === 0 || decimals === 0) return null;
  // Up to 15 digits, one exact division gives the correctly rounded value; beyond, Number reads it.
  const value =
    digits <= EXACT_DIGITS
      ? scaled / 10 ** Math.max(decimals, 0)
      : Number(text.slice(start).replace(',', '.'));
  if (!Number.isFinite(value)) return null;
  return negative && value !== 0 ? -value : value;
}

/**
 * A tie marker `=`, a whole number, then an optional ordinal mark: French `e`, `er`, `re`, `ère`,
 * `ème`, `eme`, `ième`, `è`, `°`, English `st`, `nd`, `rd`, `th`, or a final point, then an optional
 * `ex aequo`.
 */
const RANK_RE =
  /^=?\s*(\d+)\s*(?:e|er|re|ère|ème|eme|ième|ieme|è|°|st|nd|rd|th|\.)?(?:\s*ex[\s-]?(?:aequo|æquo))?$/i;

/** A printed rank: a positive whole number, null for an empty cell, undefined when not a rank. */
export function parseRank(cell: string): number | null | undefined {
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  if (trimmed.length > MAX_LENGTH) return undefined;
  const match = RANK_RE.exec(trimmed.normalize('NFC'));
  if (match === null) return undefined;
  const rank = Number(match[1]);
  return Number.isSafeInteger(rank) && rank > 0 ? rank : undefined;
}
