// A number and a count of decimals → the number rounded to them (pure).

/** A value rounded to `digits` decimals (halves go up, as Math.round): 2.0769 → 2.1. */
export function roundTo(value: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}
