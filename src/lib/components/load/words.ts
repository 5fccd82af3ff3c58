// What the load controls say, worked out from a load's state (pure): a size in words, why a load
// gave no table, the columns a select offers, the report's lists, and whether a paste is a table.
import type { Problem, ProblemKind } from '../../data/types';
import type { Format } from '../../i18n/format';
import type { Messages } from '../../i18n/messages';
import type { Encoding, LoadError, LoadProgress, Reading } from '../../load/types';

/** An encoding's name, the same in every language. */
export const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};
export const ENCODINGS = Object.keys(ENCODING_NAMES) as Encoding[];

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** 3_500_000 → "3,3 Mo" (fr), "3.3 MB" (en): powers of 1,024, one decimal above a kilobyte. */
export function sizeWords(bytes: number, t: Messages, f: Format): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 ? Math.round(value) : Math.round(value * 10) / 10;
  return t.load.size(f.number(shown), UNITS[unit] ?? 'B');
}

/** Why a load gave no table, in a sentence or two (the table shown stays: `t.load.kept`). */
export function errorWords(error: LoadError, t: Messages, f: Format): string {
  const e = t.load.errors;
  switch (error.kind) {
    case 'too-large':
      return e['too-large'](sizeWords(error.bytes, t, f), sizeWords(error.limit, t, f));
    case 'too-many-rows':
      return e['too-many-rows'](f.count(error.rows), f.count(error.limit));
    case 'not-text':
      return e['not-text'](t.load.formats[error.format]);
    case 'empty':
      return e.empty;
    case 'no-table':
      return `${e['no-table']} ${t.problems[error.problem.kind](error.problem)}`;
    case 'fetch':
      return e.fetch(error.url, error.status === null ? null : String(error.status));
    case 'cancelled':
      return e.cancelled;
    case 'failed':
      return e.failed(error.detail);
  }
}

/** The progress bar's value (0 to 100) when its end is known, and its words. */
export function progressWords(
  p: LoadProgress,
  t: Messages,
  f: Format,
): { value: number | null; text: string } {
  const amount = (n: number): string =>
    p.phase === 'read' ? t.load.bytes(sizeWords(n, t, f)) : t.load.rows(f.count(n));
  const value =
    p.total !== null && p.total > 0 ? Math.min(100, Math.round((100 * p.done) / p.total)) : null;
  const total = p.total === null ? null : amount(p.total);
  return { value, text: t.load.progressText(t.load.phase[p.phase], amount(p.done), total) };
}

/** A column of the table as a select lists it: its header's name, else "Colonne 3". */
export interface ColumnOption {
  index: number;
  label: string;
}

/** Every column of a reading, named by its header cell or its place. */
export function columnOptions(reading: Reading, t: Messages): ColumnOption[] {
  return Array.from({ length: reading.width }, (_, index) => {
    const name = reading.header?.[index]?.trim() ?? '';
    return { index, label: name === '' ? t.load.check.column(index + 1) : name };
  });
}

/** The report's lists: a problem of each line goes in one of them. */
export interface ReportLists {
  /** Rows not read (no name, no value, a value that is not a number or is negative). */
  skipped: Problem[];
  duplicates: Problem[];
  /** Values kept but out of what the unit allows. */
  suspicious: Problem[];
  /** Printed ranks that disagree with the values, or cannot be read. */
  ranks: Problem[];
}

const LIST_OF: Partial<Record<ProblemKind, keyof ReportLists>> = {
  duplicate: 'duplicates',
  implausible: 'suspicious',
  'rank-mismatch': 'ranks',
  'rank-missing': 'ranks',
  'bad-rank': 'ranks',
};

/** A dataset's problems of single lines (line 0, the whole file's, is not a row) → the lists. */
export function reportLists(problems: readonly Problem[]): ReportLists {
  const lists: ReportLists = { skipped: [], duplicates: [], suspicious: [], ranks: [] };
  for (const p of problems) {
    if (p.line === 0) continue;
    const list = LIST_OF[p.kind] ?? (p.severity === 'error' ? 'skipped' : undefined);
    if (list !== undefined) lists[list].push(p);
  }
  return lists;
}

/** Whether pasted text is a table: two lines or more, the first holding a tab, `;` or `,`. */
export function looksLikeTable(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  return lines.length >= 2 && /[\t;,]/.test(lines[0] ?? '');
}
