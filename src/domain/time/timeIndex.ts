/**
 * A time index over a dataset's events, built once per dataset and queried per frame.
 *
 * Every event covers an inclusive range of calendar days `[first, last]`, taken from its
 * `date` and `precision` (via `precisionRange`) and stretched to its `endDate` when that is
 * later. As instants on the axis, it covers `[first, last + 1)`.
 *
 * Layout (struct of typed arrays, all in "sorted order": by `first`, ties by dataset order):
 * - `firsts` / `lasts`: the days of the event at each sorted position;
 * - `order`: the dataset index (position in `dataset.events`) at each sorted position;
 * - `maxLast`: running maximum of `lasts` (monotone, so binary-searchable);
 * - `lastsSorted`: every `last`, ascending (for O(log n) counts);
 * - a sparse table of arg-max of `lasts` over power-of-two windows, so that "every sorted
 *   position in [l, r) whose last ≥ d" is reported in O(1) per hit (range-max recursion),
 *   which keeps stabbing queries at O(log n + k) whatever the mix of short and long events.
 *
 * Memory: about n·(40 + 4·⌊log₂ n + 1⌋) bytes: some 11 MB for 100,000 events.
 *
 * The API is plain functions over an immutable `TimeIndex` value (easy to keep in a store
 * and to share). All queries take day numbers and use the calendar day `floor(t)`:
 * `eventsInRange(index, from, to)` returns the events whose days meet the days
 * `floor(from) … floor(to)`, which is also exactly the events whose instants `[first, last+1)`
 * meet the closed instant range `[from, to]`. Results are dataset indices in sorted order
 * (by first day, ties by dataset order), in a fresh array the caller may mutate.
 *
 * Events whose dates do not parse (schema validation rules them out) are skipped.
 */
import type { TravelEvent } from '../dataset/schema';
import { isoToDay, parseIsoDay, precisionRange, type DayNumber } from './calendar';
import { lowerBound, upperBound } from './sorted';

export interface IndexedEvent {
  readonly id: string;
  /** Position in `dataset.events`. */
  readonly index: number;
  /** First calendar day covered. */
  readonly first: DayNumber;
  /** Last calendar day covered (inclusive). */
  readonly last: DayNumber;
}

export interface TimeIndex {
  /** Number of indexed events (dataset events with valid dates). */
  readonly size: number;
  /** Number of events in the dataset, valid or not. */
  readonly eventCount: number;
  /** Event ids by dataset index. */
  readonly ids: readonly string[];
  /** First day at each sorted position (ascending). */
  readonly firsts: Float64Array;
  /** Last day (inclusive) at each sorted position. */
  readonly lasts: Float64Array;
  /** Dataset index at each sorted position. */
  readonly order: Int32Array;
  /** Sorted position of each dataset index, -1 for a skipped event. */
  readonly positionOf: Int32Array;
  /** maxLast[p] = max(lasts[0..p]). */
  readonly maxLast: Float64Array;
  /** All `last` days, ascending. */
  readonly lastsSorted: Float64Array;
  /** Sorted distinct first days of the events. */
  readonly days: Float64Array;
  /** The first day of the earliest event, or null when empty. */
  readonly firstDay: DayNumber | null;
  /** The last day covered by any event, or null when empty. */
  readonly lastDay: DayNumber | null;
  /** sparse[k][p] = sorted position of the max `last` in [p, p + 2^k). Internal. */
  readonly sparse: readonly Int32Array[];
}

/** The inclusive day range of an event, or null when its dates are unusable. */
export function eventDayRange(e: Pick<TravelEvent, 'date' | 'endDate' | 'precision'>): {
  first: DayNumber;
  last: DayNumber;
} | null {
  const d = parseIsoDay(e.date);
  if (!d) return null;
  const r = precisionRange(d, e.precision);
  if (!Number.isFinite(r.first) || !Number.isFinite(r.last)) return null;
  const end = e.endDate !== undefined ? isoToDay(e.endDate) : null;
  return { first: r.first, last: end !== null && end > r.last ? end : r.last };
}

/**
 * Sorts event indices by first day, ties in dataset order. Whole days are sorted as one
 * number each, (day − earliest) × count + index, in a typed array (a numeric sort, with no
 * comparator called 20,000,000 times at 1,000,000 events); anything else with a comparator.
 */
export function sortByFirstDay(valid: number[], first: Float64Array, count: number): void {
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (const i of valid) {
    const f = first[i]!;
    if (f < min) min = f;
    if (f > max) max = f;
    if (!Number.isInteger(f)) whole = false;
  }
  if (!whole || valid.length < 2 || (max - min + 1) * count >= Number.MAX_SAFE_INTEGER) {
    valid.sort((a, b) => first[a]! - first[b]! || a - b);
    return;
  }
  const keys = new Float64Array(valid.length);
  for (let k = 0; k < valid.length; k++) keys[k] = (first[valid[k]!]! - min) * count + valid[k]!;
  keys.sort();
  for (let k = 0; k < keys.length; k++) valid[k] = keys[k]! % count;
}

export function buildTimeIndex(events: readonly TravelEvent[]): TimeIndex {
  const eventCount = events.length;
  const ids: string[] = new Array<string>(eventCount);
  const rawFirst = new Float64Array(eventCount);
  const rawLast = new Float64Array(eventCount);
  const valid: number[] = [];
  for (let i = 0; i < eventCount; i++) {
    const e = events[i]!;
    ids[i] = e.id;
    let r: { first: number; last: number } | null;
    try {
      r = eventDayRange(e);
    } catch {
      r = null; // unusable dates are skipped, never thrown
    }
    if (!r) continue;
    rawFirst[i] = r.first;
    rawLast[i] = r.last;
    valid.push(i);
  }
  sortByFirstDay(valid, rawFirst, eventCount);

  const n = valid.length;
  const firsts = new Float64Array(n);
  const lasts = new Float64Array(n);
  const order = new Int32Array(n);
  const positionOf = new Int32Array(eventCount).fill(-1);
  const maxLast = new Float64Array(n);
  let runningMax = -Infinity;
  for (let p = 0; p < n; p++) {
    const i = valid[p]!;
    order[p] = i;
    positionOf[i] = p;
    firsts[p] = rawFirst[i]!;
    lasts[p] = rawLast[i]!;
    runningMax = Math.max(runningMax, rawLast[i]!);
    maxLast[p] = runningMax;
  }
  const lastsSorted = Float64Array.from(lasts).sort();

  const distinct: number[] = [];
  for (let p = 0; p < n; p++) {
    const f = firsts[p]!;
    if (distinct.length === 0 || distinct[distinct.length - 1] !== f) distinct.push(f);
  }

  // Sparse table of arg-max over `lasts` (ties: leftmost).
  const sparse: Int32Array[] = [];
  if (n > 0) {
    const level0 = new Int32Array(n);
    for (let p = 0; p < n; p++) level0[p] = p;
    sparse.push(level0);
    for (let k = 1; 1 << k <= n; k++) {
      const prev = sparse[k - 1]!;
      const half = 1 << (k - 1);
      const len = n - (1 << k) + 1;
      const cur = new Int32Array(len);
      for (let p = 0; p < len; p++) {
        const a = prev[p]!;
        const b = prev[p + half]!;
        cur[p] = lasts[b]! > lasts[a]! ? b : a;
      }
      sparse.push(cur);
    }
  }

  return {
    size: n,
    eventCount,
    ids,
    firsts,
    lasts,
    order,
    positionOf,
    maxLast,
    lastsSorted,
    days: Float64Array.from(distinct),
    firstDay: n > 0 ? firsts[0]! : null,
    lastDay: n > 0 ? maxLast[n - 1]! : null,
    sparse,
  };
}

/** Sorted position of the max `last` in [l, r) (r > l). */
function argMax(index: TimeIndex, l: number, r: number): number {
  const k = 31 - Math.clz32(r - l);
  const table = index.sparse[k]!;
  const a = table[l]!;
  const b = table[r - (1 << k)]!;
  return index.lasts[b]! > index.lasts[a]! ? b : a;
}

/**
 * Calls `visit(p)` for every sorted position p whose days meet [a, b] (integers), in sorted
 * order. O(log n + k).
 */
function visitRange(index: TimeIndex, a: number, b: number, visit: (p: number) => void): void {
  const n = index.size;
  if (n === 0 || !(a <= b)) return;
  // Events starting before day a: those still running on day a. Skip the prefix whose
  // running max ends before a, then report by range-max recursion (in-order, so sorted).
  const lo = lowerBound(index.firsts, a);
  const from = lowerBound(index.maxLast, a, 0, lo);
  if (from < lo) {
    const { lasts } = index;
    // Explicit stack of [l, r) ranges and positions to report, processed in order.
    const stack: number[] = [from, lo];
    while (stack.length > 0) {
      const r = stack.pop()!;
      const l = stack.pop()!;
      if (l < 0) {
        visit(r); // a deferred report: (-1, p)
        continue;
      }
      if (r <= l) continue;
      const m = argMax(index, l, r);
      if (lasts[m]! < a) continue;
      // Visit left part, then m, then right part: push in reverse.
      stack.push(m + 1, r, -1, m, l, m);
    }
  }
  // Events starting on days a … b: all of them meet the range.
  const hi = upperBound(index.firsts, b, lo);
  for (let p = lo; p < hi; p++) visit(p);
}

function dayBounds(from: number, to: number): [number, number] | null {
  if (Number.isNaN(from) || Number.isNaN(to)) return null;
  const a = Math.floor(from);
  const b = Math.floor(to);
  return a <= b ? [a, b] : null;
}

/** Dataset indices of the events whose days meet floor(from) … floor(to); sorted order. */
export function eventsInRange(index: TimeIndex, from: DayNumber, to: DayNumber): number[] {
  const out: number[] = [];
  const bounds = dayBounds(from, to);
  if (!bounds) return out;
  const { order } = index;
  visitRange(index, bounds[0], bounds[1], (p) => out.push(order[p]!));
  return out;
}

/** Dataset indices of the events covering the calendar day floor(day); sorted order. */
export function eventsOnDay(index: TimeIndex, day: DayNumber): number[] {
  return eventsInRange(index, day, day);
}

/**
 * Calls `visit(datasetIndex, first, last)` for each event meeting floor(from) … floor(to),
 * in sorted order, without allocating a result array.
 */
export function forEachInRange(
  index: TimeIndex,
  from: DayNumber,
  to: DayNumber,
  visit: (eventIndex: number, first: DayNumber, last: DayNumber) => void,
): void {
  const bounds = dayBounds(from, to);
  if (!bounds) return;
  const { order, firsts, lasts } = index;
  visitRange(index, bounds[0], bounds[1], (p) => visit(order[p]!, firsts[p]!, lasts[p]!));
}

/** How many events meet floor(from) … floor(to). O(log n). */
export function countInRange(index: TimeIndex, from: DayNumber, to: DayNumber): number {
  const bounds = dayBounds(from, to);
  if (!bounds) return 0;
  const [a, b] = bounds;
  // Events with first ≤ b, minus those already over before a (last < a implies first < a).
  return upperBound(index.firsts, b) - lowerBound(index.lastsSorted, a);
}

/**
 * Dataset index of the first event (sorted order) whose first day is strictly after the
 * calendar day floor(t), or -1.
 */
export function nextEvent(index: TimeIndex, t: DayNumber): number {
  if (Number.isNaN(t)) return -1;
  const p = upperBound(index.firsts, Math.floor(t));
  return p < index.size ? index.order[p]! : -1;
}

/**
 * Dataset index of the last event (sorted order: the latest first day before floor(t), and
 * among events starting that day the last in dataset order), or -1.
 */
export function prevEvent(index: TimeIndex, t: DayNumber): number {
  if (Number.isNaN(t)) return -1;
  const p = lowerBound(index.firsts, Math.floor(t)) - 1;
  return p >= 0 ? index.order[p]! : -1;
}

/** First day of the earliest event, or null for an empty index. */
export function firstDay(index: TimeIndex): DayNumber | null {
  return index.firstDay;
}

/** Last day (inclusive) covered by any event, or null for an empty index. */
export function lastDay(index: TimeIndex): DayNumber | null {
  return index.lastDay;
}

/** The indexed span of a dataset event, or null when it was skipped or out of range. */
export function indexedEvent(index: TimeIndex, eventIndex: number): IndexedEvent | null {
  const p = index.positionOf[eventIndex];
  if (p === undefined || p < 0) return null;
  return {
    id: index.ids[eventIndex]!,
    index: eventIndex,
    first: index.firsts[p]!,
    last: index.lasts[p]!,
  };
}

/** The indexed event at a sorted position (0 … size-1), or null. */
export function indexedEventAt(index: TimeIndex, position: number): IndexedEvent | null {
  if (!(position >= 0 && position < index.size)) return null;
  const i = index.order[position]!;
  return {
    id: index.ids[i]!,
    index: i,
    first: index.firsts[position]!,
    last: index.lasts[position]!,
  };
}

/**
 * A window of `size` consecutive events in date order around the instant `t`: the sorted
 * positions [start, end) with the first event on or after floor(t) near the middle.
 * Lists and tables of huge datasets render only this window.
 */
export function windowAround(
  index: TimeIndex,
  t: DayNumber,
  size: number,
): { start: number; end: number } {
  const n = index.size;
  if (n === 0 || !(size > 0)) return { start: 0, end: 0 };
  if (n <= size) return { start: 0, end: n };
  const at = Number.isFinite(t) ? lowerBound(index.firsts, Math.floor(t)) : 0;
  const start = Math.max(0, Math.min(n - size, at - Math.floor(size / 2)));
  return { start, end: start + size };
}
