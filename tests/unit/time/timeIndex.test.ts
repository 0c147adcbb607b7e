import { describe, expect, it } from 'vitest';
import type { TravelEvent } from '../../../src/domain/dataset/schema';
import {
  buildTimeIndex,
  countInRange,
  eventDayRange,
  eventsInRange,
  eventsOnDay,
  firstDay,
  forEachInRange,
  indexedEvent,
  indexedEventAt,
  lastDay,
  nextEvent,
  prevEvent,
  sortByFirstDay,
  type TimeIndex,
  windowAround,
} from '../../../src/domain/time/timeIndex';
import { dayToIso, isoToDay } from '../../../src/domain/time/calendar';
import { chance, mulberry32, pick, randInt, type Random } from '../../helpers/random';
import { makeEvent } from '../../helpers/events';

type Precision = TravelEvent['precision'];

// --- An independent reference: spans computed with Date.UTC, queries by linear scan. -------

const DAY_MS = 86_400_000;

function utcDay(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    return null;
  return ms / DAY_MS;
}

function refSpan(e: TravelEvent): { first: number; last: number } | null {
  const day = utcDay(e.date);
  if (day === null) return null;
  const [y, mo] = e.date.split('-').map(Number) as [number, number];
  let first: number;
  let last: number;
  switch (e.precision) {
    case 'day':
      first = last = day;
      break;
    case 'week': {
      const dow = new Date(day * DAY_MS).getUTCDay(); // 0 = Sunday
      first = day - ((dow + 6) % 7);
      last = first + 6;
      break;
    }
    case 'month':
      first = Date.UTC(y, mo - 1, 1) / DAY_MS;
      last = Date.UTC(y, mo, 1) / DAY_MS - 1;
      break;
    case 'year':
      first = Date.UTC(y, 0, 1) / DAY_MS;
      last = Date.UTC(y + 1, 0, 1) / DAY_MS - 1;
      break;
  }
  const end = e.endDate !== undefined ? utcDay(e.endDate) : null;
  if (end !== null && end > last) last = end;
  return { first, last };
}

class Reference {
  readonly spans: ({ first: number; last: number } | null)[];
  /** Valid dataset indices sorted by (first, index). */
  readonly sorted: number[];
  constructor(events: readonly TravelEvent[]) {
    this.spans = events.map(refSpan);
    this.sorted = events
      .map((_, i) => i)
      .filter((i) => this.spans[i])
      .sort((a, b) => this.spans[a]!.first - this.spans[b]!.first || a - b);
  }
  inRange(from: number, to: number): number[] {
    // Instants [first, last + 1) meeting the closed range [from, to].
    if (!(from <= to)) return [];
    return this.sorted.filter((i) => this.spans[i]!.first <= to && this.spans[i]!.last + 1 > from);
  }
  onDay(t: number): number[] {
    const d = Math.floor(t);
    return this.sorted.filter((i) => this.spans[i]!.first <= d && d <= this.spans[i]!.last);
  }
  next(t: number): number {
    const d = Math.floor(t);
    return this.sorted.find((i) => this.spans[i]!.first > d) ?? -1;
  }
  prev(t: number): number {
    const d = Math.floor(t);
    const before = this.sorted.filter((i) => this.spans[i]!.first < d);
    return before[before.length - 1] ?? -1;
  }
  extent(): { first: number | null; last: number | null } {
    if (this.sorted.length === 0) return { first: null, last: null };
    return {
      first: Math.min(...this.sorted.map((i) => this.spans[i]!.first)),
      last: Math.max(...this.sorted.map((i) => this.spans[i]!.last)),
    };
  }
  days(): number[] {
    return [...new Set(this.sorted.map((i) => this.spans[i]!.first))];
  }
}

// --- Random data. ------------------------------------------------------------------------

function iso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const BASE = utcDay('2019-06-01')!;
const SPREAD = 6 * 365;

function randomEvents(rand: Random, n: number, opts: { bad?: boolean } = {}): TravelEvent[] {
  const hotDays = Array.from({ length: 20 }, () => BASE + randInt(rand, 0, SPREAD));
  const out: TravelEvent[] = [];
  for (let i = 0; i < n; i++) {
    // Ties: a third of the events fall on a few "hot" days.
    const day = chance(rand, 0.33) ? pick(rand, hotDays) : BASE + randInt(rand, 0, SPREAD);
    const r = rand();
    const precision: Precision = r < 0.7 ? 'day' : r < 0.8 ? 'week' : r < 0.93 ? 'month' : 'year';
    let endDate: string | undefined;
    if (precision === 'day' && chance(rand, 0.25)) endDate = iso(day + randInt(rand, 0, 40));
    else if (precision === 'month' && chance(rand, 0.1)) endDate = iso(day + randInt(rand, 0, 90));
    else if (chance(rand, 0.01)) endDate = iso(day + randInt(rand, 200, 900)); // a long one
    let date = iso(day);
    if (opts.bad && chance(rand, 0.01)) date = pick(rand, ['2025-02-30', 'soon', '', '2025-13-01']);
    out.push(makeEvent(`e${i}`, date, precision, endDate));
  }
  return out;
}

function randomInstant(rand: Random): number {
  // Mostly inside the data, some outside; fractional; sometimes exactly a day start.
  const t = BASE - 400 + rand() * (SPREAD + 800);
  return chance(rand, 0.3) ? Math.floor(t) : t;
}

function checkAll(index: TimeIndex, ref: Reference, rand: Random, queries: number): void {
  const ext = ref.extent();
  expect(firstDay(index)).toBe(ext.first);
  expect(lastDay(index)).toBe(ext.last);
  expect(Array.from(index.days)).toEqual(ref.days());
  for (let q = 0; q < queries; q++) {
    const t = randomInstant(rand);
    expect(eventsOnDay(index, t)).toEqual(ref.onDay(t));
    expect(nextEvent(index, t)).toBe(ref.next(t));
    expect(prevEvent(index, t)).toBe(ref.prev(t));
    const len = pick(rand, [0, 0.4, 1, 3, 10, 45, 200, 1500]) * rand();
    const from = chance(rand, 0.5) ? t : Math.floor(t);
    const to = chance(rand, 0.05) ? from - 1 : from + len; // some empty (reversed) ranges
    const expected = ref.inRange(from, to);
    expect(eventsInRange(index, from, to)).toEqual(expected);
    expect(countInRange(index, from, to)).toBe(expected.length);
  }
}

describe('buildTimeIndex against a brute-force reference', () => {
  it.each([1, 2, 3])('agrees on 4,000 random events (seed %i)', (seed) => {
    const rand = mulberry32(seed);
    const events = randomEvents(rand, 4000);
    const index = buildTimeIndex(events);
    const ref = new Reference(events);
    expect(index.size).toBe(4000);
    checkAll(index, ref, rand, 400);
  });

  it('agrees on small dense data where most events overlap', () => {
    const rand = mulberry32(42);
    for (let round = 0; round < 30; round++) {
      const n = randInt(rand, 1, 60);
      const events = Array.from({ length: n }, (_, i) => {
        const day = BASE + randInt(rand, 0, 30);
        return makeEvent(
          `d${i}`,
          iso(day),
          pick(rand, ['day', 'day', 'week', 'month'] as const),
          chance(rand, 0.5) ? iso(day + randInt(rand, 0, 20)) : undefined,
        );
      });
      const index = buildTimeIndex(events);
      const ref = new Reference(events);
      for (let q = 0; q < 60; q++) {
        const t = BASE - 10 + rand() * 80;
        expect(eventsOnDay(index, t)).toEqual(ref.onDay(t));
        const to = t + rand() * 10;
        expect(eventsInRange(index, t, to)).toEqual(ref.inRange(t, to));
        expect(countInRange(index, t, to)).toBe(ref.inRange(t, to).length);
        expect(nextEvent(index, t)).toBe(ref.next(t));
        expect(prevEvent(index, t)).toBe(ref.prev(t));
      }
    }
  });

  it('skips events with bad dates instead of throwing', () => {
    const rand = mulberry32(7);
    const events = randomEvents(rand, 3000, { bad: true });
    const ref = new Reference(events);
    const bad = events.length - ref.sorted.length;
    expect(bad).toBeGreaterThan(0);
    const index = buildTimeIndex(events);
    expect(index.size).toBe(ref.sorted.length);
    expect(index.eventCount).toBe(events.length);
    checkAll(index, ref, rand, 200);
    const skipped = ref.spans.findIndex((s) => s === null);
    expect(indexedEvent(index, skipped)).toBeNull();
  });

  // How fast it answers is the benchmark's to measure (npm run bench), not a unit test's:
  // a time bound here fails on a loaded machine and proves nothing about the index.
  it('answers like the reference on 100,000 events', () => {
    const rand = mulberry32(100_000);
    const events = randomEvents(rand, 100_000);
    const index = buildTimeIndex(events);
    expect(index.size).toBe(100_000);

    const ref = new Reference(events);
    for (let q = 0; q < 25; q++) {
      const t = randomInstant(rand);
      expect(eventsOnDay(index, t)).toEqual(ref.onDay(t));
      expect(eventsInRange(index, t, t + 20)).toEqual(ref.inRange(t, t + 20));
      expect(nextEvent(index, t)).toBe(ref.next(t));
      expect(prevEvent(index, t)).toBe(ref.prev(t));
    }
    // Every day of the spread, in turn, against the reference.
    for (let q = 0; q < SPREAD; q += 97)
      expect(eventsOnDay(index, BASE + q)).toEqual(ref.onDay(BASE + q));
  });
});

describe('time index: hand cases', () => {
  const d = (s: string) => utcDay(s)!;

  it('an empty index answers every query with nothing', () => {
    const index = buildTimeIndex([]);
    expect(index.size).toBe(0);
    expect(firstDay(index)).toBeNull();
    expect(lastDay(index)).toBeNull();
    expect(eventsOnDay(index, 0)).toEqual([]);
    expect(eventsInRange(index, -1e6, 1e6)).toEqual([]);
    expect(countInRange(index, -1e6, 1e6)).toBe(0);
    expect(nextEvent(index, 0)).toBe(-1);
    expect(prevEvent(index, 0)).toBe(-1);
    expect(index.days.length).toBe(0);
    expect(indexedEventAt(index, 0)).toBeNull();
  });

  it('orders ties by dataset order', () => {
    const events = [
      makeEvent('c', '2025-02-25'),
      makeEvent('a', '2025-02-24'),
      makeEvent('b', '2025-02-25'),
      makeEvent('d', '2025-02-24', 'day', '2025-02-26'),
    ];
    const index = buildTimeIndex(events);
    expect(eventsOnDay(index, d('2025-02-25'))).toEqual([3, 0, 2]); // 'a' is over
    expect(eventsInRange(index, d('2025-02-20'), d('2025-03-01'))).toEqual([1, 3, 0, 2]);
    expect(nextEvent(index, d('2025-02-20'))).toBe(1); // first of the two on the 24th
    expect(nextEvent(index, d('2025-02-24') + 0.9)).toBe(0); // strictly later day: the 25th
    expect(prevEvent(index, d('2025-02-28'))).toBe(2); // last of the two on the 25th
    expect(prevEvent(index, d('2025-02-25') + 0.5)).toBe(3); // strictly earlier day: the 24th
    expect(Array.from(index.days)).toEqual([d('2025-02-24'), d('2025-02-25')]);
    expect(Array.from(index.order)).toEqual([1, 3, 0, 2]);
  });

  it('covers the last day inclusively and not the day after', () => {
    const events = [makeEvent('trip', '2025-02-24', 'day', '2025-02-26')];
    const index = buildTimeIndex(events);
    expect(eventsOnDay(index, d('2025-02-23') + 0.999)).toEqual([]);
    expect(eventsOnDay(index, d('2025-02-24'))).toEqual([0]);
    expect(eventsOnDay(index, d('2025-02-26') + 0.999)).toEqual([0]);
    expect(eventsOnDay(index, d('2025-02-27'))).toEqual([]);
    // A range that ends exactly where the event starts still meets it; one that starts
    // exactly where it is over does not.
    expect(eventsInRange(index, d('2025-02-20'), d('2025-02-24'))).toEqual([0]);
    expect(eventsInRange(index, d('2025-02-27'), d('2025-03-05'))).toEqual([]);
    expect(eventsInRange(index, d('2025-02-26') + 0.5, d('2025-03-05'))).toEqual([0]);
    expect(countInRange(index, d('2025-02-20'), d('2025-02-23') + 0.99)).toBe(0);
    expect(firstDay(index)).toBe(d('2025-02-24'));
    expect(lastDay(index)).toBe(d('2025-02-26'));
  });

  it('spreads month, week and year precision over their whole period', () => {
    const events = [
      makeEvent('m', '2024-02-10', 'month'),
      makeEvent('w', '2025-02-26', 'week'), // Wednesday: week of Mon 24 – Sun 2 March
      makeEvent('y', '2023-07-01', 'year'),
    ];
    const index = buildTimeIndex(events);
    expect(indexedEvent(index, 0)).toEqual({
      id: 'm',
      index: 0,
      first: d('2024-02-01'),
      last: d('2024-02-29'),
    });
    expect(indexedEvent(index, 1)).toEqual({
      id: 'w',
      index: 1,
      first: d('2025-02-24'),
      last: d('2025-03-02'),
    });
    expect(indexedEvent(index, 2)).toEqual({
      id: 'y',
      index: 2,
      first: d('2023-01-01'),
      last: d('2023-12-31'),
    });
    expect(eventsOnDay(index, d('2024-02-29'))).toEqual([0]);
    expect(eventsOnDay(index, d('2024-03-01'))).toEqual([]);
    expect(eventsOnDay(index, d('2025-03-02'))).toEqual([1]);
    expect(eventsOnDay(index, d('2023-12-31'))).toEqual([2]);
    expect(indexedEventAt(index, 0)).toEqual({
      id: 'y',
      index: 2,
      first: d('2023-01-01'),
      last: d('2023-12-31'),
    });
  });

  it('finds a long early event among many short later ones', () => {
    const events = [makeEvent('long', '2020-01-01', 'day', '2024-12-31')];
    for (let i = 0; i < 1000; i++) events.push(makeEvent(`s${i}`, iso(d('2021-01-01') + i)));
    const index = buildTimeIndex(events);
    expect(eventsOnDay(index, d('2024-06-01'))).toEqual([0]);
    expect(eventsOnDay(index, d('2021-01-05'))).toEqual([0, 5]);
    expect(countInRange(index, d('2024-01-01'), d('2024-12-31'))).toBe(1);
  });

  it('keeps an endDate earlier than the period end from shrinking it', () => {
    const index = buildTimeIndex([makeEvent('m', '2025-02-01', 'month', '2025-02-10')]);
    expect(indexedEvent(index, 0)).toMatchObject({ first: d('2025-02-01'), last: d('2025-02-28') });
  });

  it('handles days before 1970 and NaN queries', () => {
    const events = [makeEvent('old', '1815-06-18'), makeEvent('older', '1648-10-24', 'year')];
    const index = buildTimeIndex(events);
    expect(eventsOnDay(index, d('1815-06-18') + 0.5)).toEqual([0]);
    expect(eventsOnDay(index, d('1648-03-01'))).toEqual([1]);
    expect(nextEvent(index, d('1700-01-01'))).toBe(0);
    expect(prevEvent(index, d('1700-01-01'))).toBe(1);
    expect(eventsOnDay(index, Number.NaN)).toEqual([]);
    expect(nextEvent(index, Number.NaN)).toBe(-1);
    expect(countInRange(index, Number.NaN, 0)).toBe(0);
  });

  it('forEachInRange visits what eventsInRange returns, with the days', () => {
    const rand = mulberry32(9);
    const events = randomEvents(rand, 500);
    const index = buildTimeIndex(events);
    const seen: number[] = [];
    forEachInRange(index, BASE + 100, BASE + 160, (i, first, last) => {
      seen.push(i);
      expect(eventDayRange(events[i]!)).toEqual({ first, last });
    });
    expect(seen).toEqual(eventsInRange(index, BASE + 100, BASE + 160));
  });
});

describe('windowAround', () => {
  const events = Array.from({ length: 1000 }, (_, i) => ({
    id: `e${i}`,
    date: dayToIso(isoToDay('2020-01-01')! + i),
    precision: 'day' as const,
  })) as unknown as Parameters<typeof buildTimeIndex>[0];
  const index = buildTimeIndex(events);

  it('centres the window on the instant and clamps at the ends', () => {
    const mid = windowAround(index, isoToDay('2020-01-01')! + 500.5, 100);
    expect(mid).toEqual({ start: 450, end: 550 });
    expect(windowAround(index, isoToDay('2019-01-01')!, 100)).toEqual({ start: 0, end: 100 });
    expect(windowAround(index, isoToDay('2030-01-01')!, 100)).toEqual({ start: 900, end: 1000 });
  });

  it('covers everything when the data is smaller than the window', () => {
    expect(windowAround(index, 0, 5000)).toEqual({ start: 0, end: 1000 });
    expect(windowAround(buildTimeIndex([]), 0, 10)).toEqual({ start: 0, end: 0 });
  });
});

describe('sortByFirstDay', () => {
  const byComparator = (valid: number[], first: Float64Array) =>
    [...valid].sort((a, b) => first[a]! - first[b]! || a - b);

  it('orders by first day with ties in dataset order, as a comparator sort does', () => {
    // Days before 1970 (negative), far apart, and many ties.
    const first = Float64Array.from({ length: 500 }, (_, i) => ((i * 7919) % 37) * 1000 - 20_000);
    const valid = Array.from({ length: 500 }, (_, i) => 499 - i).filter((i) => i % 5 !== 0);
    const expected = byComparator(valid, first);
    sortByFirstDay(valid, first, first.length);
    expect(valid).toEqual(expected);
  });

  it('sorts fractional days and very wide ranges with the comparator', () => {
    const fractional = Float64Array.from([3.5, 1.25, 3.5, -2]);
    const a = [0, 1, 2, 3];
    sortByFirstDay(a, fractional, 4);
    expect(a).toEqual([3, 1, 0, 2]);
    const wide = Float64Array.from([1e15, -1e15, 0]);
    const b = [0, 1, 2];
    sortByFirstDay(b, wide, 3);
    expect(b).toEqual([1, 2, 0]);
  });
});
