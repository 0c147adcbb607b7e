/**
 * Aggregate marks for dense timelines: how many events fall in each pixel bin.
 */
import type { DayNumber } from './calendar';
import { forEachInRange, type TimeIndex } from './timeIndex';
import type { TimeDomain } from './timeScale';

/**
 * Counts of events per bin of `binPx` pixels across a window `domain` drawn over `widthPx`.
 *
 * Bin j covers the pixels [j·binPx, (j+1)·binPx), i.e. the instants
 * [binStart(j), binStart(j+1)) with binStart(j) = domain.start + j·binPx·daysPerPx; there are
 * ceil(widthPx / binPx) bins (the last one may reach past the right edge). An event covers
 * the instants [first, last + 1) and counts once in every bin it meets, so a long event counts
 * in each bin it spans. Only events in the window are visited (O(log n + k + bins), through
 * the index), with a difference array so long spans cost O(1) each.
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
  const windowEnd = binStart(bins);
  const diff = new Int32Array(bins + 1);

  forEachInRange(index, start, windowEnd, (_i, first, last) => {
    const end = last + 1;
    // j0: first bin whose end is after `first`; j1: last bin whose start is before `end`.
    let j0 = Math.max(0, Math.min(bins, Math.floor((first - start) / binDays)));
    while (j0 > 0 && binStart(j0) > first) j0--;
    while (j0 < bins && binStart(j0 + 1) <= first) j0++;
    let j1 = Math.max(-1, Math.min(bins - 1, Math.ceil((end - start) / binDays) - 1));
    while (j1 < bins - 1 && binStart(j1 + 1) < end) j1++;
    while (j1 >= 0 && binStart(j1) >= end) j1--;
    if (j0 > j1 || j0 >= bins || j1 < 0) return;
    diff[j0] = diff[j0]! + 1;
    diff[j1 + 1] = diff[j1 + 1]! - 1;
  });

  const out = new Uint32Array(bins);
  let running = 0;
  for (let j = 0; j < bins; j++) {
    running += diff[j]!;
    out[j] = running;
  }
  return out;
}
