// Facts about the listed schools + a catalogue and its formats → the sentences of "Key points", in
// the order they are read. Pure: which words each fact takes lives in the catalogues.
import type { Insights } from '../analysis/insights';
import type { Messages } from './messages';
import type { Format } from './format';

export interface Sentence {
  /** Stable key of the fact the sentence states. */
  key:
    'one' | 'atLeast' | 'largestTie' | 'noTie' | 'tieSpan' | 'top' | 'bottom' | 'span' | 'shared';
  text: string;
}

/** The sentences for a set of facts; none for no facts (no school). */
export function insightSentences(facts: Insights | null, t: Messages, f: Format): Sentence[] {
  if (facts === null) return [];
  const m = t.insights;
  if (facts.kind === 'one') {
    return [{ key: 'one', text: m.one(facts.school, facts.rankingSize, f) }];
  }
  const { total, atLeast, largestTie, ends, shared } = facts;
  const out: Sentence[] = atLeast ? [{ key: 'atLeast', text: m.atLeast(atLeast, f) }] : [];
  if (largestTie === null) out.push({ key: 'noTie', text: m.noTie(total, f) });
  else {
    out.push({ key: 'largestTie', text: m.largestTie(largestTie, f) });
    out.push({ key: 'tieSpan', text: m.tieSpan(largestTie, f) });
  }
  if (ends?.kind === 'ends') {
    out.push({ key: 'top', text: m.top(ends.top, ends.size, f) });
    out.push({ key: 'bottom', text: m.bottom(ends.bottom, ends.size, f) });
  } else if (ends?.kind === 'span') out.push({ key: 'span', text: m.span(ends, f) });
  out.push({ key: 'shared', text: m.shared(shared, f) });
  return out;
}
