// Text of a table → its field separator (tab, `;` or `,`), judged on the first records.

export type Delimiter = '\t' | ';' | ',';

/** Candidates in tie-break order. */
const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];
const MAX_RECORDS = 100;
/** Enough for 100 long records; keeps a 30 MB single-line text cheap. */
const MAX_CHARS = 1 << 20;

/**
 * How many separators each non-blank record has outside quotes. A quote opens a quoted field only at
 * the start of a field (so `Classement "les plus"` stays plain text), `""` inside is an escaped quote,
 * and a newline inside quotes does not end the record.
 */
export function separatorCounts(text: string, delimiter: string): number[] {
  const counts: number[] = [];
  const end = Math.min(text.length, MAX_CHARS);
  let count = 0;
  let blank = true;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < end && counts.length < MAX_RECORDS; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
      continue;
    }
    if (c === '\n' || c === '\r') {
      if (!blank) counts.push(count);
      count = 0;
      blank = true;
      fieldStart = true;
    } else if (c === delimiter) {
      count++;
      blank = false;
      fieldStart = true;
    } else if (c === '"' && fieldStart) {
      quoted = true;
      blank = false;
      fieldStart = false;
    } else if (c !== ' ' && c !== '\t') {
      blank = false;
      fieldStart = false;
    }
  }
  if (!blank && counts.length < MAX_RECORDS) counts.push(count);
  return counts;
}

/** Share of records having the most common non-zero count of separators (0 when there is none). */
export function consistency(counts: readonly number[]): number {
  const frequency = new Map<number, number>();
  let best = 0;
  for (const n of counts) {
    if (n === 0) continue;
    const f = (frequency.get(n) ?? 0) + 1;
    frequency.set(n, f);
    if (f > best) best = f;
  }
  return counts.length === 0 ? 0 : best / counts.length;
}

/** The separator counted most regularly over the first ~100 records; ties: tab, then `;`, then `,`. */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = '\t';
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const score = consistency(separatorCounts(text, candidate));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
