// The seed's expected rows for browser tests, read straight from the file (independent of the app's parser).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The published file's data version, as links carry it: the first 12 hex digits of its SHA-256. */
export const DATA_VERSION = createHash('sha256')
  .update(readFileSync('data/classement-ecoles-ingenieurs-international.txt'))
  .digest('hex')
  .slice(0, 12);

export interface SeedRow {
  name: string;
  months: number;
  rank: number;
}

/** Rows in published order, each with its printed rank or, where blank, the rank of the row above. */
export function seedRows(): SeedRow[] {
  const text = readFileSync('data/classement-ecoles-ingenieurs-international.txt', 'utf8');
  const rows: SeedRow[] = [];
  for (const line of text.split('\n')) {
    const [rank = '', name = '', months = ''] = line.split('\t');
    if (!name || rank === 'Rang') continue;
    const printed = rank.trim() ? Number(rank) : (rows[rows.length - 1]?.rank ?? NaN);
    rows.push({ name, months: Number(months.replace(',', '.')), rank: printed });
  }
  return rows;
}
