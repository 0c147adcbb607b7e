/**
 * Aggregate marks for dense timelines: how many events fall in each pixel bin.
 */
import type { DayNumber } from './calendar';
import type { TimeIndex } from './timeIndex';
import { lowerBound } from './sorted';
import type { TimeDomain } from './timeScale';

/**
 * Counts of events per bin of `binPx` pixels across a window `domain` drawn over `widthPx`.
 *
 * Bin j covers the pixels [j·binPx, (j+1)·binPx), i.e. the instants
 * [binStart(j), binStart(j+1)) with binStart(j) = domain.start + j·binPx·daysPerPx; there are
 * ceil(widthPx / binPx) bins (the last one may reach past the right edge). An event covers
 * the instants [first, last + 1) and counts once in every bin it meets, so a long event counts
 * in each bin it spans. No event is visited: the events meeting [lo, hi) are those that start
 * before hi less those over by lo (last + 1 <= lo implies first < hi), two binary searches in
 * the index's sorted first and last days, so a bin costs O(log n) at any density.
 */
export function binEvents(
  index: TimeIndex,
  domain: TimeDomain,
  widthPx: number,
  binPx: number,
): Uint32Array {
  const span = domain.end - domain.start;
  if (
    !(widthPx > 0) ||
    !(binPx > 0) ||
    !(span > 0) ||
    !Number.isFinite(span) ||
    !Number.isFinite(widthPx)
  )
    return new Uint32Array(0);
  const bins = Math.ceil(widthPx / binPx);
  const binDays = (binPx * span) / widthPx;
  const start = domain.start;
  const binStart = (j: number): DayNumber => start + j * binDays;
  const { firsts, lastsSorted } = index;
  const out = new Uint32Array(bins);
  // Both counts only grow from bin to bin: each search starts where the last one ended.
  let started = 0;
  let over = 0;
  for (let j = 0; j < bins; j++) {
    started = lowerBound(firsts, binStart(j + 1), started);
    over = overBy(lastsSorted, binStart(j), over);
    out[j] = started - over;
  }
  return out;
}

/** How many of the ascending whole days `lasts` end before `t` (last + 1 <= t), from `lo` on. */
function overBy(lasts: Float64Array, t: DayNumber, lo: number): number {
  let hi = lasts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lasts[mid]! + 1 <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
