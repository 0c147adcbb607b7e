/**
 * Binary search in an ascending array of numbers (a plain array or a typed one): the one
 * implementation behind the time index and playback's event stepping.
 */

/** First position p in [lo, hi) with a[p] >= x (a ascending), else hi. */
export function lowerBound(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position p in [lo, hi) with a[p] > x (a ascending), else hi. */
export function upperBound(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
