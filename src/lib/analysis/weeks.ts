// Weeks → months at 52/12 weeks a month, the conversion every figure in weeks goes through (pure).

/** Weeks in a month: a year of 52 weeks over 12 months (≈ 4.33). */
export const WEEKS_PER_MONTH = 52 / 12;

/** Weeks → months at 52/12 weeks a month: 9 → 2.0769…, 12 → 2.7692…. */
export function weeksToMonths(weeks: number): number {
  return (weeks * 12) / 52;
}
