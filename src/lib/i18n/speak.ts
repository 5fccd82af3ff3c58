// A catalogue + a table that is not the published ranking → the catalogue the views read for it
// (measured.ts says when): the catalogue's words about the value and the page's frame rewritten by
// its `measure` words. Pure; in the later words' chunk, with the words it puts together.
import type { Measure } from '../load/types';
import { isPublishedMeasure, type TableWords } from './measured';
import type { Messages, ValueWords } from './messages';

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
 * The catalogue `t` (its `measure` words loaded) as it speaks of `table`, made once per catalogue
 * and table: the words that name the value (its label, its unit, which end ranks first) unless it
 * is the published months, and over a table the reader brought the page's title, subtitle and
 * source, put over the catalogue's.
 */
export function speakOf(t: Messages, table: TableWords): Messages {
  const published = isPublishedMeasure(table.measure);
  const words = t.measure;
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
