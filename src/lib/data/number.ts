// Cells as written → numbers: values (`10,5`, `10.5 mois`, `1 234`, `45 %`) and printed ranks
// (`12`, `=12`, `1er`).
import type { DecimalMark } from './shapes';

/** An optional unit after the number, with or without a space: months (`mois`, `month(s)`, `m`),
 *  weeks (`semaine(s)`, `week(s)`, `sem.`, `wk(s)`), a percentage (`%`, `pourcent`, `percent`). */
const UNIT_RE = /\s*(?:mois|months?|m|semaines?|weeks?|sem\.?|wks?|%|pour\s?cents?|percent)$/i;
/** Longer cells are not values (and a long text is never scanned). */
const MAX_LENGTH = 40;
/** Decimal digits beyond which digits/10^k is no longer exact: then Number() reads the text. */
const EXACT_DIGITS = 15;
/** Full-width forms (`１２`, `％`): read through NFKC, only when a cell fails as written. */
const WIDE_RE = /[\uff00-\uffef]/;

const COMMA = 44;
const POINT = 46;

/** Spaces that may group the digits of a large number: space, NBSP, narrow NBSP. */
const isGroupSpace = (code: number): boolean => code === 32 || code === 0xa0 || code === 0x202f;

/**
 * A value from a cell (trimmed of spaces, tabs, NBSP, narrow NBSP): a number, or null if not one.
 * Accepted: an optional sign (`-`, `+`, `−`), digits, possibly grouped by threes with a space, NBSP
 * or narrow NBSP (`1 234`, `12 345 678`), at most ONE decimal mark with digits after it, then an
 * optional unit (see UNIT_RE). The decimal mark is `decimal` when given, the other mark then
 * grouping digits by threes as a space does (`1,234.5` with '.', `1.234,5` with ','; `1,5` with
 * '.' is not a number); else either comma or point, and only spaces group.
 * Rejected: `1.234,5`, `1,2,3`, `1 23`, `.5`, `10.`, `1e3`, `0x10`, `NaN`, `Infinity`, `n.c.`, `-`,
 * `12abc`, anything longer than 40 characters. Full-width digits (`１２`) read as their ASCII
 * digits (NFKC). Negatives are returned (the caller flags them). A character scan, not a regular
 * expression: it runs on every row of big tables.
 */
export function parseValue(cell: string, decimal?: DecimalMark): number | null {
  if (cell.length > MAX_LENGTH && cell.trim().length > MAX_LENGTH) return null;
  const value = scan(cell.trim(), decimal);
  if (value !== null || !WIDE_RE.test(cell)) return value;
  return scan(cell.normalize('NFKC').trim(), decimal);
}

/** `parseValue` of the trimmed cell, as written (no NFKC). */
function scan(trimmed: string, decimal: DecimalMark | undefined): number | null {
  let text = trimmed;
  const last = text.charCodeAt(text.length - 1);
  const lastCode = last | 32;
  if ((lastCode >= 97 && lastCode <= 122) || last === 37 || last === POINT)
    text = text.replace(UNIT_RE, '');
  const length = text.length;
  const sign = text.charCodeAt(0);
  const negative = sign === 45 || sign === 0x2212;
  const start = negative || sign === 43 ? 1 : 0;
  const mark = decimal === undefined ? -1 : decimal.charCodeAt(0);
  // With a known decimal mark, the other one may group digits as a space does (`1,234.5`).
  const groupMark = mark === -1 ? -1 : mark === COMMA ? POINT : COMMA;
  let digits = 0;
  let scaled = 0;
  let decimals = -1;
  /** Digits since the last group space (-1: no group space seen). */
  let group = -1;
  for (let i = start; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      scaled = scaled * 10 + (code - 48);
      digits++;
      if (decimals >= 0) decimals++;
      else if (group >= 0 && ++group > 3) return null;
    } else if (
      (mark === -1 ? code === COMMA || code === POINT : code === mark) &&
      decimals < 0 &&
      digits > 0 &&
      (group === -1 || group === 3)
    )
      decimals = 0;
    else if (
      (isGroupSpace(code) || code === groupMark) &&
      decimals < 0 &&
      digits > 0 &&
      (group === -1 ? digits <= 3 : group === 3)
    )
      group = 0;
    else return null;
  }
  if (digits === 0 || decimals === 0 || (group !== -1 && decimals < 0 && group !== 3)) return null;
  // Up to 15 digits, one exact division gives the correctly rounded value; beyond, Number reads it.
  const value =
    digits <= EXACT_DIGITS
      ? scaled / 10 ** Math.max(decimals, 0)
      : Number(
          text
            .slice(start)
            .replace(/[\s\u00a0\u202f]/g, '')
            .replace(',', '.'),
        );
  if (!Number.isFinite(value)) return null;
  return negative && value !== 0 ? -value : value;
}

/** Months from a cell: `parseValue` with either decimal mark (the published table's reading). */
export function parseMonths(cell: string): number | null {
  return parseValue(cell);
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
  // The blank rank of a tie's later rows, most rows of a ranked table: no trim to call.
  if (cell === '') return null;
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  if (trimmed.length > MAX_LENGTH) return undefined;
  // The common case, digits only, read without the expression (and its NFC and match array):
  // RANK_RE reads them as the same whole number. Up to 15 digits, so the sum stays exact.
  if (trimmed.length <= 15) {
    let rank = 0;
    let i = 0;
    for (; i < trimmed.length; i++) {
      const code = trimmed.charCodeAt(i);
      if (code < 48 || code > 57) break;
      rank = rank * 10 + (code - 48);
    }
    if (i === trimmed.length) return rank > 0 ? rank : undefined;
  }
  const match = RANK_RE.exec(trimmed.normalize('NFC'));
  if (match === null) return undefined;
  const rank = Number(match[1]);
  return Number.isSafeInteger(rank) && rank > 0 ? rank : undefined;
}
