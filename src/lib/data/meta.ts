// The reading of a text nothing could be read from yet (no code but a literal: the page's start
// bundle may hold it).
import type { ParseMeta } from './types';

/** Tab, decimal comma, no header, no column, months more-is-better, no preview; `lines` lines. */
export function emptyMeta(lines = 0): ParseMeta {
  return {
    delimiter: '\t',
    decimal: ',',
    headerRows: 0,
    header: null,
    width: 0,
    columns: null,
    numeric: [],
    ambiguous: false,
    measure: { label: '', unit: 'months', direction: 'higher' },
    preview: [],
    lines,
  };
}
