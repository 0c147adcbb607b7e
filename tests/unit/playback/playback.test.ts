import { describe, expect, it } from 'vitest';
import {
  SPEEDS,
  advance,
  eventInstant,
  nextEventDay,
  prevEventDay,
  stepToNextEvent,
  type AdvanceInput,
} from '../../../src/domain/playback/playback';

const base: AdvanceInput = {
  t: 100,
  elapsedMs: 0,
  daysPerSecond: 1,
  start: 90,
  end: 120,
  loop: false,
  pauseAtEvents: false,
  eventDays: [95.5, 101.5, 104.5, 110.5],
};

describe('advance', () => {
  it('moves daysPerSecond days per second of elapsed time', () => {
    expect(advance({ ...base, elapsedMs: 1000, daysPerSecond: 2 })).toEqual({
      t: 102,
      stopped: false,
    });
    expect(advance({ ...base, elapsedMs: 250, daysPerSecond: 4 }).t).toBeCloseTo(101, 12);
    for (const speed of SPEEDS) {
      expect(advance({ ...base, elapsedMs: 1000, daysPerSecond: speed }).t).toBeCloseTo(
        100 + speed,
        12,
      );
    }
  });

  it('treats zero, negative and NaN elapsed time as no time', () => {
    for (const elapsedMs of [0, -16, Number.NaN, -Infinity]) {
      expect(advance({ ...base, elapsedMs, daysPerSecond: 7 })).toEqual({ t: 100, stopped: false });
    }
  });

  it('stops exactly at the end without loop', () => {
    expect(advance({ ...base, t: 119, elapsedMs: 2000, daysPerSecond: 1 })).toEqual({
      t: 120,
      stopped: true,
      reason: 'end',
    });
    expect(advance({ ...base, t: 119.5, elapsedMs: 500, daysPerSecond: 1 })).toMatchObject({
      t: 120,
      stopped: true,
    });
  });

  it('wraps to start plus the overshoot with loop, without stopping', () => {
    // 119 + 3 = 122: 2 days past the end → start + 2.
    const r = advance({ ...base, t: 119, elapsedMs: 1500, daysPerSecond: 2, loop: true });
    expect(r.stopped).toBe(false);
    expect(r.t).toBeCloseTo(92, 12);
    // Overshoot longer than the whole span wraps modulo the span (30 days).
    expect(
      advance({ ...base, t: 119, elapsedMs: 36_000, daysPerSecond: 2, loop: true }).t,
    ).toBeCloseTo(90 + ((119 + 72 - 120) % 30), 12);
    // Landing exactly on the end goes back to the start.
    expect(advance({ ...base, t: 119, elapsedMs: 1000, daysPerSecond: 1, loop: true }).t).toBe(90);
  });

  it('pauses exactly on an event instant passed during the step', () => {
    const r = advance({ ...base, t: 100, elapsedMs: 1000, daysPerSecond: 7, pauseAtEvents: true });
    expect(r).toEqual({ t: 101.5, stopped: true, reason: 'event', eventDay: 101.5 });
  });

  it('stops on an event reached exactly, and does not stop again on the same one', () => {
    const r = advance({ ...base, t: 100, elapsedMs: 1500, daysPerSecond: 1, pauseAtEvents: true });
    expect(r).toMatchObject({ t: 101.5, stopped: true, reason: 'event' });
    const resumed = advance({
      ...base,
      t: 101.5,
      elapsedMs: 1000,
      daysPerSecond: 2,
      pauseAtEvents: true,
    });
    expect(resumed).toEqual({ t: 103.5, stopped: false });
  });

  it('passes events by when pauseAtEvents is off', () => {
    expect(advance({ ...base, t: 100, elapsedMs: 1000, daysPerSecond: 7 })).toEqual({
      t: 107,
      stopped: false,
    });
  });

  it('pauses at the first of several events in one step, before the end', () => {
    const r = advance({
      ...base,
      t: 100,
      elapsedMs: 60_000,
      daysPerSecond: 7,
      pauseAtEvents: true,
    });
    expect(r).toMatchObject({ t: 101.5, reason: 'event' });
    const last = advance({
      ...base,
      t: 111,
      elapsedMs: 60_000,
      daysPerSecond: 7,
      pauseAtEvents: true,
    });
    expect(last).toEqual({ t: 120, stopped: true, reason: 'end' });
  });

  it('with loop and pause, stops on an event just after the wrap', () => {
    const r = advance({
      ...base,
      t: 119,
      elapsedMs: 1000,
      daysPerSecond: 7,
      loop: true,
      pauseAtEvents: true,
    });
    // 119 + 7 = 126 → wraps to 96; the event at 95.5 is passed after the wrap.
    expect(r).toEqual({ t: 95.5, stopped: true, reason: 'event', eventDay: 95.5 });
  });
});

describe('event navigation', () => {
  const days = [95.5, 101.5, 104.5, 110.5];

  it('nextEventDay is strictly after t', () => {
    expect(nextEventDay(days, 0)).toBe(95.5);
    expect(nextEventDay(days, 101.5)).toBe(104.5);
    expect(nextEventDay(days, 101.4)).toBe(101.5);
    expect(nextEventDay(days, 110.5)).toBeNull();
    expect(nextEventDay([], 0)).toBeNull();
  });

  it('prevEventDay is strictly before t', () => {
    expect(prevEventDay(days, 200)).toBe(110.5);
    expect(prevEventDay(days, 104.5)).toBe(101.5);
    expect(prevEventDay(days, 104.6)).toBe(104.5);
    expect(prevEventDay(days, 95.5)).toBeNull();
    expect(prevEventDay([], 0)).toBeNull();
  });

  it('agrees with a linear scan on many points', () => {
    const many = Array.from({ length: 50 }, (_, i) => i * 1.5 + 0.5);
    for (let t = -2; t < 80; t += 0.25) {
      expect(nextEventDay(many, t)).toBe(many.find((e) => e > t) ?? null);
      expect(prevEventDay(many, t)).toBe([...many].reverse().find((e) => e < t) ?? null);
    }
  });

  it('places an event of day D at midday', () => {
    expect(eventInstant(20_000)).toBe(20_000.5);
    expect(eventInstant(20_000.9)).toBe(20_000.5);
  });

  it('offers the speeds 0.5 to 7 days per second', () => {
    expect([...SPEEDS]).toEqual([0.5, 1, 2, 4, 7]);
  });
});

describe('stepToNextEvent (reduced motion)', () => {
  const step = { start: 90, end: 120, loop: false, eventDays: [95.5, 101.5, 104.5, 110.5] };

  it('jumps straight to the next event instant', () => {
    expect(stepToNextEvent({ ...step, t: 100 })).toEqual({
      t: 101.5,
      stopped: false,
      reason: 'event',
      eventDay: 101.5,
    });
    expect(stepToNextEvent({ ...step, t: 101.5 }).t).toBe(104.5);
  });

  it('stops at the end after the last event without loop', () => {
    expect(stepToNextEvent({ ...step, t: 110.5 })).toEqual({
      t: 120,
      stopped: true,
      reason: 'end',
    });
  });

  it('wraps to the first event with loop', () => {
    expect(stepToNextEvent({ ...step, t: 110.5, loop: true })).toEqual({
      t: 95.5,
      stopped: false,
      reason: 'event',
      eventDay: 95.5,
    });
  });

  it('ignores events outside [start, end]', () => {
    expect(stepToNextEvent({ ...step, end: 105, t: 104.5 })).toMatchObject({
      t: 105,
      reason: 'end',
    });
    expect(stepToNextEvent({ ...step, start: 100, t: 50 }).t).toBe(101.5);
  });
});
