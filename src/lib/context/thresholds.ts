// A table's measure → the CTI's thresholds on the scale of its value (pure): a module of its own,
// read at start by the explorer (how many schools fall below each) and by the charts' lines.
import { CTI_THRESHOLDS, type Threshold } from './rules';
import type { Measure } from '../load/types';

/**
 * The CTI thresholds where they fall on the scale of a table's value, their `months` being that
 * position: the rules are in weeks, so on a months scale at 52/12 weeks a month (as published), on
 * a weeks scale as written (their `shown` stays in months, for the words "≈ 2,1 mois"); none for a
 * value that is not a length of time (a percentage, a count): the rules say nothing of it.
 */
export function ctiThresholds(measure: Measure): readonly Threshold[] {
  if (measure.unit === 'months') return CTI_THRESHOLDS;
  if (measure.unit === 'weeks') return CTI_THRESHOLDS.map((th) => ({ ...th, months: th.weeks }));
  return [];
}
