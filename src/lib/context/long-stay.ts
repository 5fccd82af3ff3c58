// A table's measure → the key points' length of stay on the scale of its value (pure; apart from
// thresholds.ts, which the start bundle holds, as only the key points read it).
import { LONG_STAY } from '../analysis/insights';
import type { Measure } from '../load/types';

/** A semester: 6 months, or 26 weeks (52 / 2); null for a value that is not a length of time (no
 *  such fact then). */
export const longStayOf = (m: Measure): number | null =>
  m.unit === 'months' ? LONG_STAY : m.unit === 'weeks' ? 26 : null;
