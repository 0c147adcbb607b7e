import { describe, expect, it } from 'vitest';
import type { TravelEvent } from '../../../src/domain/dataset/schema';
import { binEvents } from '../../../src/domain/time/aggregate';
import { isoToDay } from '../../../src/domain/time/calendar';
import { buildTimeIndex, eventDayRange } from '../../../src/domain/time/timeIndex';
import { chance, mulberry32, pick, randInt } from '../../helpers/random';
import { makeEvent } from '../../helpers/events';

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const BASE = isoToDay('2022-01-01')!;

/** Bin by bin, event by event: the definition written out. */
function bruteBins(
  spans: readonly { first: number; last: number }[],
  domain: { start: number; end: number },
  widthPx: number,
  binPx: number,
): number[] {
  const bins = Math.ceil(widthPx / binPx);
  const binDays = (binPx * (domain.end - domain.start)) / widthPx;
  const binStart = (j: number) => domain.start + j * binDays;
  const out: number[] = [];
  for (let j = 0; j < bins; j++) {
    const lo = binStart(j);
    const hi = binStart(j + 1);
    out.push(spans.filter((s) => s.first < hi && s.last + 1 > lo).length);
  }
  return out;
}

describe('binEvents', () => {
  it('agrees with brute force on random data and windows', () => {
    const rand = mulberry32(2025);
    const events: TravelEvent[] = [];
    for (let i = 0; i < 3000; i++) {
      const day = BASE + randInt(rand, 0, 1500);
      const precision = pick(rand, ['day', 'day', 'day', 'week', 'month', 'year'] as const);
      const end = chance(rand, 0.3) ? iso(day + randInt(rand, 0, 60)) : undefined;
      events.push(makeEvent(`e${i}`, iso(day), precision, end));
    }
    const index = buildTimeIndex(events);
    const spans = events.map((e) => eventDayRange(e)!);
    for (let q = 0; q < 150; q++) {
      const start = BASE - 100 + rand() * 1700;
      // From hours to years; sometimes whole days so bin edges fall on day starts.
      const span = pick(rand, [0.3, 3, 20, 120, 900, 2500]) * (0.5 + rand());
      const domain = chance(rand, 0.3)
        ? { start: Math.floor(start), end: Math.floor(start) + Math.ceil(span) }
        : { start, end: start + span };
      const widthPx = pick(rand, [1, 37, 300, 1000, 1280.5]);
      const binPx = pick(rand, [1, 2, 4, 7.5, 50]);
      const got = binEvents(index, domain, widthPx, binPx);
      expect(got).toBeInstanceOf(Uint32Array);
      expect(Array.from(got)).toEqual(bruteBins(spans, domain, widthPx, binPx));
    }
  });

  it('counts a long event in every bin it spans, and a one-day event in one', () => {
    const d = (s: string) => isoToDay(s)!;
    const index = buildTimeIndex([
      makeEvent('long', '2025-02-03', 'day', '2025-02-06'), // 4 days
      makeEvent('short', '2025-02-08', 'day'),
    ]);
    // 10 days over 100 px, 10 px bins: one bin per day.
    const counts = binEvents(index, { start: d('2025-02-01'), end: d('2025-02-11') }, 100, 10);
    expect(Array.from(counts)).toEqual([0, 0, 1, 1, 1, 1, 0, 1, 0, 0]);
    // Zoomed out: 2 days per bin.
    const coarse = binEvents(index, { start: d('2025-02-01'), end: d('2025-02-11') }, 100, 20);
    expect(Array.from(coarse)).toEqual([0, 1, 1, 1, 0]);
  });

  it('returns no bins for an empty window or width, and zeros for an empty index', () => {
    const empty = buildTimeIndex([]);
    expect(Array.from(binEvents(empty, { start: 0, end: 10 }, 100, 10))).toEqual(
      new Array(10).fill(0),
    );
    expect(binEvents(empty, { start: 0, end: 0 }, 100, 10).length).toBe(0);
    expect(binEvents(empty, { start: 0, end: 10 }, 0, 10).length).toBe(0);
    expect(binEvents(empty, { start: 0, end: 10 }, 100, 0).length).toBe(0);
  });

  it('bins 100,000 events across a wide window', () => {
    const rand = mulberry32(1);
    const events = Array.from({ length: 100_000 }, (_, i) =>
      makeEvent(`e${i}`, iso(BASE + randInt(rand, 0, 3650)), 'day'),
    );
    const index = buildTimeIndex(events);
    const counts = binEvents(index, { start: BASE, end: BASE + 3651 }, 1000, 2);
    expect(counts.length).toBe(500);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(100_000);
  });
});
