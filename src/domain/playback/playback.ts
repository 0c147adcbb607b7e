/**
 * The pure playback step: given the current instant and the time elapsed since the
 * last frame, where is the playhead now, and must playback stop? The rAF loop that
 * calls it lives in store/playbackClock.ts.
 *
 * "Event instant": a day-precision event on calendar day D happens, for playback and
 * for every view, at D + EVENT_INSTANT_FRACTION (midday), given by `eventInstant(D)`.
 * Journeys place a traveller at a stop from D + 0.3 to D + 0.7, so at an event's
 * instant its actors are at its place.
 */
import type { DayNumber } from '../time/calendar';
import { lowerBound, upperBound } from '../time/sorted';

/** Playback speeds offered, in days per second. */
export const SPEEDS = [0.5, 1, 2, 4, 7] as const;
export type Speed = (typeof SPEEDS)[number];

/** Fraction of its day at which an event is placed on the time axis (midday). */
export const EVENT_INSTANT_FRACTION = 0.5;

/** The instant of an event whose (first) calendar day is `day`: midday of that day. */
export function eventInstant(day: DayNumber): DayNumber {
  return Math.floor(day) + EVENT_INSTANT_FRACTION;
}

export interface AdvanceInput {
  t: DayNumber;
  elapsedMs: number;
  daysPerSecond: number;
  start: DayNumber;
  end: DayNumber;
  loop: boolean;
  pauseAtEvents: boolean;
  /** Event instants, sorted ascending. */
  eventDays: readonly number[];
}

export interface PlaybackResult {
  t: DayNumber;
  /** true when playback must stop (end reached without loop, or paused at an event). */
  stopped: boolean;
  reason?: 'end' | 'event';
  /** The event instant landed on, when reason is 'event'. */
  eventDay?: number;
}

/** The first event instant strictly after t, or null. */
export function nextEventDay(eventDays: readonly number[], t: DayNumber): number | null {
  return eventDays[upperBound(eventDays, t)] ?? null;
}

/** The last event instant strictly before t, or null. */
export function prevEventDay(eventDays: readonly number[], t: DayNumber): number | null {
  return eventDays[lowerBound(eventDays, t) - 1] ?? null;
}

/** The first event instant in (from, to], or null. */
function eventIn(eventDays: readonly number[], from: number, to: number): number | null {
  const e = nextEventDay(eventDays, from);
  return e !== null && e <= to ? e : null;
}

/** The first event instant in [from, to], or null. */
function eventInClosed(eventDays: readonly number[], from: number, to: number): number | null {
  const e = eventDays[lowerBound(eventDays, from)];
  return e !== undefined && e <= to ? e : null;
}

function nonNegative(x: number): number {
  return Number.isFinite(x) && x > 0 ? x : 0;
}

/**
 * One playback step: t' = t + elapsedMs / 1000 × daysPerSecond (negative or NaN elapsed
 * time or speed count as 0).
 * - pauseAtEvents and an event instant e in (t, t'] (checked before the end): t' = e,
 *   stopped, reason 'event'.
 * - t' ≥ end: with loop, wrap to start + (t' − end) mod (end − start), not stopped
 *   (with pauseAtEvents, an event in [start, wrapped t'] still stops there); without
 *   loop, t' = end, stopped, reason 'end'.
 */
export function advance(input: AdvanceInput): PlaybackResult {
  const { start, end, loop, pauseAtEvents, eventDays } = input;
  const t = Number.isFinite(input.t) ? input.t : start;
  const next = t + (nonNegative(input.elapsedMs) / 1000) * nonNegative(input.daysPerSecond);

  if (pauseAtEvents) {
    const e = eventIn(eventDays, t, Math.min(next, end));
    if (e !== null) return { t: e, stopped: true, reason: 'event', eventDay: e };
  }
  if (next < end) return { t: next, stopped: false };
  if (!loop) return { t: end, stopped: true, reason: 'end' };

  const span = end - start;
  if (!(span > 0)) return { t: start, stopped: false };
  const wrapped = start + ((next - end) % span);
  if (pauseAtEvents) {
    const e = eventInClosed(eventDays, start, wrapped);
    if (e !== null) return { t: e, stopped: true, reason: 'event', eventDay: e };
  }
  return { t: wrapped, stopped: false };
}

export interface StepInput {
  t: DayNumber;
  start: DayNumber;
  end: DayNumber;
  loop: boolean;
  /** Event instants, sorted ascending. */
  eventDays: readonly number[];
}

/**
 * Reduced-motion playback: jump straight to the next event instant after t (not
 * stopped, reason 'event'). With no event left before the end: with loop, jump back to
 * the first event instant at or after start (or to start when there is none), not
 * stopped; without loop, t = end, stopped, reason 'end'.
 */
export function stepToNextEvent(input: StepInput): PlaybackResult {
  const { start, end, loop, eventDays } = input;
  const t = Number.isFinite(input.t) ? input.t : start;
  // Before the playback range, the first event inside it comes next.
  const next = t < start ? eventInClosed(eventDays, start, end) : nextEventDay(eventDays, t);
  if (next !== null && next <= end)
    return { t: next, stopped: false, reason: 'event', eventDay: next };
  if (!loop) return { t: end, stopped: true, reason: 'end' };
  const first = eventInClosed(eventDays, start, end);
  if (first !== null) return { t: first, stopped: false, reason: 'event', eventDay: first };
  return { t: start, stopped: false };
}
