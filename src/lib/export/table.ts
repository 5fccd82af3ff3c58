// Schools shown, in the table's order → a table of every computed column (typed cells, full
// precision), and that table as JSON (pure). csv.ts writes the same table as CSV.
import type { RankedSchool } from '../analysis/types';

/** A cell: a number at full precision, text, or null for nothing. */
export type Cell = number | string | null;

export const COLUMN_KEYS = [
  'rank',
  'name',
  'months',
  'tieSize',
  'tieFirst',
  'tieLast',
  'denseRank',
  'fractionalRank',
  'percentile',
  'family',
  'position',
  'id',
  // Last, so that scripts reading the older columns by place still read them.
  'current',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface Column {
  key: ColumnKey;
  /** Header in the page's language. */
  label: string;
  /** Numbers stay numbers in every format; only text is ever neutralised for spreadsheets. */
  type: 'number' | 'text';
}

export interface ExportTable {
  columns: Column[];
  rows: Record<ColumnKey, Cell>[];
}

const TEXT: ReadonlySet<ColumnKey> = new Set(['name', 'family', 'id', 'current']);

/** One row per school, in the order given, with every rank the analysis computed, and today's name
 *  of a school renamed since the ranking (`current`; empty when unchanged). */
export function schoolTable(
  schools: readonly RankedSchool[],
  labels: Record<ColumnKey, string>,
  family: (s: RankedSchool) => string,
  current: (s: RankedSchool) => string | undefined = () => undefined,
): ExportTable {
  return {
    columns: COLUMN_KEYS.map((key) => ({
      key,
      label: labels[key],
      type: TEXT.has(key) ? 'text' : 'number',
    })),
    rows: schools.map((s) => ({
      rank: s.rank,
      name: s.name,
      months: s.months,
      tieSize: s.tie.size,
      tieFirst: s.tie.first,
      tieLast: s.tie.last,
      denseRank: s.tie.dense,
      fractionalRank: s.tie.fractional,
      percentile: s.tie.percentile,
      family: family(s),
      position: s.position,
      id: s.id,
      current: current(s) ?? null,
    })),
  };
}

/** What a JSON file says of itself besides the rows. */
export interface JsonMeta {
  title: string;
  source: string;
  /** The filter in words. */
  filter: string;
  /** The page the data were downloaded from. */
  link: string;
  /** How many schools the whole ranking has. */
  total: number;
  lang: string;
}

/** The table as JSON: the metadata, the column labels by key, and one object per school. */
export function toJson(table: ExportTable, meta: JsonMeta): string {
  const columns = Object.fromEntries(table.columns.map((c) => [c.key, c.label]));
  return `${JSON.stringify({ ...meta, count: table.rows.length, columns, schools: table.rows }, null, 2)}\n`;
}
