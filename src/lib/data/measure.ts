// The value column's header cell → what the value measures: its label, its unit (by FR/EN words).
import type { Measure, Unit } from './shapes';
import { cleanName, foldName } from './normalize';

/** A label is cut to this many characters. */
export const MAX_LABEL = 80;

/** Words (folded) naming each unit, first match wins: a duration before a share before a count
 *  ("Nombre de mois" is months, "Part des étudiants (%)" a percentage). */
const UNIT_WORDS: readonly [Unit, readonly string[]][] = [
  ['months', ['mois', 'month', 'months']],
  ['weeks', ['semaine', 'semaines', 'sem', 'week', 'weeks', 'wk', 'wks']],
  ['percent', ['pourcentage', 'pourcent', 'percent', 'percentage', 'pct', 'taux', 'part', 'rate']],
  ['count', ['nombre', 'nb', 'effectif', 'effectifs', 'count', 'number', 'total']],
];

/** The unit a header cell names, 'other' when its words name none; `%` alone is a percentage. */
export function unitOf(cell: string): Unit {
  const words = foldName(cell).split(' ');
  for (const [unit, names] of UNIT_WORDS) {
    if (unit === 'percent' && cell.includes('%')) return unit;
    if (names.some((w) => words.includes(w))) return unit;
  }
  return 'other';
}

/** `s` cut to `max` characters, without splitting a surrogate pair. */
export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\ud800-\udbff]/.test(s[max - 1] ?? '') ? max - 1 : max;
  return s.slice(0, end);
}

/**
 * The measure a header cell gives the value: its label (the cell cleaned, at most 80 characters),
 * its unit by words, more is better. Without a header (null) the value is taken to be months, the
 * unit this explorer was made for (the person may change it), with no label.
 */
export function guessMeasure(cell: string | null): Measure {
  if (cell === null) return { label: '', unit: 'months', direction: 'higher' };
  const label = cut(cleanName(cell), MAX_LABEL);
  return { label, unit: unitOf(label), direction: 'higher' };
}
