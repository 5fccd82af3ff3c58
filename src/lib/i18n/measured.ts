// A catalogue + the table it speaks of → the catalogue the views read for that table: the same
// object for the published ranking (its words unchanged), else the catalogue's `measure.speak`
// (i18n/speak.ts, in the later words' chunk: the start bundle holds only this test).
import { PUBLISHED_MEASURE, type Measure } from '../load/types';
import type { Messages } from './messages';

/** What the words need of the table shown. */
export interface TableWords {
  measure: Measure;
  /** A table the reader brought (a file, a paste, `?data=`). */
  own: boolean;
  /** Where it comes from (its file's name). */
  name: string;
}

/** The published ranking's table: its words are the catalogue's own. */
export const PUBLISHED_TABLE: TableWords = { measure: PUBLISHED_MEASURE, own: false, name: '' };

/** Whether a measure is the published ranking's: months, more first, the catalogue's label. */
export const isPublishedMeasure = (m: Measure): boolean =>
  m.label === PUBLISHED_MEASURE.label &&
  m.unit === PUBLISHED_MEASURE.unit &&
  m.direction === PUBLISHED_MEASURE.direction;

/** Whether a unit is a length of time, to which the CTI's rules (in weeks) apply. */
export const isDuration = (m: Measure): boolean => m.unit === 'months' || m.unit === 'weeks';

/**
 * The catalogue `t` as it speaks of `table`: `t` itself for the published ranking, and until the
 * catalogue's later words (which hold the `measure` words) are loaded; a part that shows another
 * table's words waits for them (`loadLaterWords`), as every part below the first screen does.
 */
export function measured(t: Messages, table: TableWords): Messages {
  if (isPublishedMeasure(table.measure) && !table.own) return t;
  return (t as Partial<Messages>).measure?.speak(t, table) ?? t;
}
