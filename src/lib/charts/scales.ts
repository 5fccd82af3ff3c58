// Data extents + pixel sizes → d3 scales and tick lists for the charts (pure, no DOM).
import { scaleBand, type ScaleBand } from 'd3-scale';
import { linearScale, niceDomain, type Linear } from './linear';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A tick: its value and its position on the axis, in pixels (x for months, y for counts). */
export interface Tick {
  value: number;
  at: number;
}

/** Months axis from 0 to a whole month past the maximum (or `top`), so the top value never sits on
 *  the edge. */
export function monthsScale(
  maxMonths: number,
  x0: number,
  x1: number,
  top = Math.max(1, Math.floor(maxMonths) + 1),
): Linear {
  return linearScale([0, top], [x0, x1]);
}

/** Whole-month ticks, thinned so that labels stay at least minGap pixels apart. */
export function monthTicks(scale: Linear, minGap = 28): number[] {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const span = d1 - d0;
  const pxPerMonth = span > 0 ? Math.abs(r1 - r0) / span : 0;
  const step = [1, 2, 3, 4, 6, 12].find((s) => s * pxPerMonth >= minGap) ?? 12;
  const ticks: number[] = [];
  for (let t = Math.ceil(d0 / step) * step; t <= d1; t += step) ticks.push(t);
  return ticks;
}

/** One band per row id, in the given order. */
export function rowScale(ids: readonly string[], y0: number, y1: number): ScaleBand<string> {
  return scaleBand<string>().domain(ids).range([y0, y1]).paddingInner(0.2);
}

/** Count axis from 0 to a nice maximum. */
export function countScale(maxCount: number, y0: number, y1: number): Linear {
  return linearScale(niceDomain(0, Math.max(1, maxCount), 4), [y0, y1]);
}

/** Cuts a label to fit about maxChars characters, with an ellipsis. */
export function fitLabel(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  return `${text.slice(0, Math.max(0, maxChars - 1)).trimEnd()}…`;
}

/** Row ranges [from, to) of at most `size` rows, in order, covering `rows` rows; one empty range for none. */
export function rowBlocks(rows: number, size: number): [number, number][] {
  const blocks: [number, number][] = [];
  for (let from = 0; from < rows; from += size) blocks.push([from, Math.min(rows, from + size)]);
  return blocks.length > 0 ? blocks : [[0, 0]];
}

/** The part of a run inside the rows [from, to), or null when they do not meet. */
export function clipRun(
  run: { start: number; length: number },
  from: number,
  to: number,
): { start: number; length: number } | null {
  const start = Math.max(run.start, from);
  const end = Math.min(run.start + run.length, to);
  return end > start ? { start, length: end - start } : null;
}

/**
 * How far to scroll the page (positive: down) so that the span [top, bottom] (relative to the
 * viewport) shows whole, `pad` pixels inside it; 0 when it already does. A span taller than the
 * viewport shows its top.
 */
export function scrollToShow(top: number, bottom: number, viewport: number, pad = 8): number {
  if (!Number.isFinite(top) || !Number.isFinite(bottom)) return 0;
  if (top < pad) return top - pad;
  if (bottom > viewport - pad) return Math.min(bottom - (viewport - pad), top - pad);
  return 0;
}

/** The row under a vertical position (pixels from the chart's top), or null outside the rows. */
export function rowAt(y: number, top: number, rowHeight: number, rows: number): number | null {
  const i = Math.floor((y - top) / rowHeight);
  return Number.isFinite(i) && i >= 0 && i < rows ? i : null;
}

/** The row a key moves to from `current` (null: none yet), or undefined for a key that does not move. */
export function stepRow(key: string, current: number | null, rows: number): number | undefined {
  if (rows === 0) return undefined;
  const at = current ?? -1;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(rows - 1, at + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, current === null ? 0 : at - 1);
    case 'PageDown':
      return Math.min(rows - 1, at + 10);
    case 'PageUp':
      return Math.max(0, at - 10);
    case 'Home':
      return 0;
    case 'End':
      return rows - 1;
    default:
      return undefined;
  }
}
