// A catalogue + the table it speaks of → the catalogue the views read for that table: the same
// object for the published ranking (its words unchanged), else a copy with the words that name the
// value (its label, its unit, which end ranks first) and, over a table the reader brought, the
// page's title, subtitle and source put over the catalogue's (the catalogue's `measure` words).
// Pure and kept per catalogue and table: views read `t` often.
import { PUBLISHED_MEASURE, type Measure } from '../load/types';
import type { Messages, ValueWords } from './messages';

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

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `base` with `over`'s leaves put over its own, objects merged key by key (neither changed). */
export function mergeWords<T>(base: T, over: unknown): T {
  if (!isRecord(base) || !isRecord(over)) return over as T;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = mergeWords(base[key], value);
  return out as T;
}

/** The value's words of a measure: its label, or the unit's name from the catalogue. */
export const valueWords = (t: Messages, m: Measure): ValueWords => ({
  name: m.label.trim() === '' ? t.measure.names[m.unit] : m.label,
  unit: m.unit,
  direction: m.direction,
});

const made = new WeakMap<Messages, Map<string, Messages>>();

/**
 * The catalogue `t` as it speaks of `table`: `t` itself for the published ranking, and until the
 * catalogue's later words (which hold the `measure` words) are loaded; a part that shows another
 * table's words waits for them (`loadLaterWords`), as every part below the first screen does.
 */
export function measured(t: Messages, table: TableWords): Messages {
  const published = isPublishedMeasure(table.measure);
  if (published && !table.own) return t;
  const words = (t as Partial<Messages>).measure;
  if (words === undefined) return t;
  const { label, unit, direction } = table.measure;
  const key = JSON.stringify([label, unit, direction, table.own, table.name]);
  let byTable = made.get(t);
  if (byTable === undefined) made.set(t, (byTable = new Map()));
  const known = byTable.get(key);
  if (known !== undefined) return known;
  const v = valueWords(t, table.measure);
  let out = t;
  // The CSV's column is the label as written (no typography: a script matches it by its text).
  if (!published) {
    out = mergeWords(out, words.value(v));
    out = mergeWords(out, { download: { columns: { months: v.name } } });
  }
  if (table.own) out = mergeWords(out, words.own(table.name, v));
  byTable.set(key, out);
  return out;
}
