/**
 * Time ↔ pixel math and calendar ticks, with no DOM (after TimelineJS3's TimeScale).
 *
 * Times are day numbers (days since 1970-01-01, fractional); pixels are plain numbers.
 * Tick instants sit on calendar boundaries (day starts, Mondays, the 1st of a month,
 * 1 January) and labels come from Intl with timeZone 'UTC', so nothing depends on the
 * viewer's zone.
 */
import { dateFormatter, fromDayNumber, toDayNumber, type DayNumber } from './calendar';

export interface TimeDomain {
  readonly start: DayNumber;
  readonly end: DayNumber;
}

export interface PixelRange {
  readonly x0: number;
  readonly x1: number;
}

export interface TimeScale {
  readonly domain: TimeDomain;
  readonly range: PixelRange;
  /** Pixels per day (negative when x1 < x0). */
  readonly pxPerDay: number;
  toX(t: DayNumber): number;
  toTime(x: number): DayNumber;
}

/**
 * A linear map from [start, end] to [x0, x1]. A degenerate domain (end ≤ start, or not
 * finite) is widened to one day after start so the scale stays invertible.
 */
export function createTimeScale(domain: TimeDomain, rangePx: PixelRange): TimeScale {
  const start = Number.isFinite(domain.start) ? domain.start : 0;
  const span = domain.end - start > 0 && Number.isFinite(domain.end) ? domain.end - start : 1;
  const { x0 } = rangePx;
  const width = rangePx.x1 - x0;
  const pxPerDay = width / span;
  const daysPerPx = span / width;
  return {
    domain: { start, end: start + span },
    range: rangePx,
    pxPerDay,
    toX: (t) => x0 + (t - start) * pxPerDay,
    toTime: (x) => start + (x - x0) * daysPerPx,
  };
}

// ---------------------------------------------------------------------------------------
// Ticks

export type TickUnit = 'year' | 'month' | 'week' | 'day';

export interface Tick {
  /** The instant of the tick: the start of a calendar day. */
  readonly t: DayNumber;
  /** '' when there is no room for a label. */
  readonly label: string;
  /** Major ticks mark a boundary of the coarser unit (a month start on a day axis, …). */
  readonly major: boolean;
  /** The calendar unit the tick marks. */
  readonly unit: TickUnit;
}

export interface TickOptions {
  /** Least distance between two ticks of the chosen level, in px (default 40). */
  readonly minTickPx?: number;
  /** Estimated width of one label character, in px (default 7, for a ~12.5px font). */
  readonly charPx?: number;
  /** Room a label needs besides its characters (offset and gap), in px (default 10). */
  readonly labelPadPx?: number;
  /**
   * The width of a label as drawn, in px (the view measures its font); without it the width
   * is estimated from the length (`charPx` per character). Major labels may be bolder.
   */
  readonly measure?: (label: string, major: boolean) => number;
}

interface Level {
  readonly unit: TickUnit;
  readonly step: number;
  /** Shortest distance between two ticks of this level, in days. */
  readonly minDays: number;
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000];

/** From the finest to the coarsest (decades: years by 10; the majors are then centuries). */
const LEVELS: readonly Level[] = [
  { unit: 'day', step: 1, minDays: 1 },
  // Odd days of the month; the month start absorbs a 31st or a 29 February, so gaps are 2–3 days.
  { unit: 'day', step: 2, minDays: 2 },
  { unit: 'week', step: 1, minDays: 7 },
  { unit: 'week', step: 2, minDays: 14 },
  { unit: 'month', step: 1, minDays: 28 },
  { unit: 'month', step: 3, minDays: 89 },
  { unit: 'month', step: 6, minDays: 181 },
  ...YEAR_STEPS.map((step): Level => ({ unit: 'year', step, minDays: 365 * step })),
];

function format(t: DayNumber, locale: string, options: Intl.DateTimeFormatOptions): string {
  return dateFormatter(locale, options).format(new Date(Math.floor(t) * 86_400_000));
}

/** Label variants, longest first. */
const MONTH_START_LABELS: readonly Intl.DateTimeFormatOptions[] = [
  { month: 'long', year: 'numeric' },
  { month: 'short', year: 'numeric' },
  { month: 'long' },
  { month: 'short' },
];
const YEAR_LABELS: readonly Intl.DateTimeFormatOptions[] = [{ year: 'numeric' }];
const MINOR_LABELS: Record<TickUnit, readonly Intl.DateTimeFormatOptions[]> = {
  day: [
    { weekday: 'short', day: 'numeric', month: 'short' },
    { day: 'numeric', month: 'short' },
    { day: 'numeric' },
  ],
  week: [{ day: 'numeric', month: 'short' }, { day: 'numeric' }],
  month: [{ month: 'long' }, { month: 'short' }, { month: 'narrow' }],
  year: [{ year: 'numeric' }],
};

function floorMod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

/** Day number of the 1st of the month `monthIndex` (months since year 0, any integer). */
function monthStart(monthIndex: number): DayNumber {
  const year = Math.floor(monthIndex / 12);
  return toDayNumber({ year, month: monthIndex - year * 12 + 1, day: 1 });
}

/** Instants of the ticks of a level inside [a, b] (day numbers, integers), ascending. */
function levelTicks(level: Level, a: number, b: number): number[] {
  const out: number[] = [];
  switch (level.unit) {
    case 'day': {
      for (let d = a; d <= b; d++) {
        if (level.step === 1 || fromDayNumber(d).day % 2 === 1) out.push(d);
      }
      break;
    }
    case 'week': {
      // Mondays; for 2-week steps, every other Monday counted from Monday 1970-01-05.
      const period = 7 * level.step;
      let d = a + floorMod(4 - a, period);
      for (; d <= b; d += period) out.push(d);
      break;
    }
    case 'month': {
      const s = fromDayNumber(a);
      let m = s.year * 12 + (s.month - 1);
      m += floorMod(-m, level.step); // align to the step (Jan, Apr, Jul, Oct for 3)
      for (let d = monthStart(m); ; m += level.step, d = monthStart(m)) {
        if (d < a) continue;
        if (d > b) break;
        out.push(d);
      }
      break;
    }
    case 'year': {
      let y = fromDayNumber(a).year;
      y += floorMod(-y, level.step);
      for (let d = toDayNumber({ year: y, month: 1, day: 1 }); ;) {
        if (d > b) break;
        if (d >= a) out.push(d);
        y += level.step;
        d = toDayNumber({ year: y, month: 1, day: 1 });
      }
      break;
    }
  }
  return out;
}

/**
 * The boundaries marked as major under a level: month starts under days and weeks, years
 * under months, decades under years by 1, 2 or 5, centuries under years by 10, 20 or 50.
 */
function parentOf(level: Level): Level | null {
  if (level.unit === 'day' || level.unit === 'week') return { unit: 'month', step: 1, minDays: 28 };
  if (level.unit === 'month') return { unit: 'year', step: 1, minDays: 365 };
  if (level.step < 10) return { unit: 'year', step: 10, minDays: 3650 };
  if (level.step < 100) return { unit: 'year', step: 100, minDays: 36500 };
  return null;
}

/** Length of one step of a level, in days (about). */
function stepDays(level: Level): number {
  const unitDays = { day: 1, week: 7, month: 30, year: 365 }[level.unit];
  return level.step * unitDays;
}

interface Draft {
  t: number;
  x: number;
  major: boolean;
  unit: TickUnit;
  label: string;
}

/**
 * Ticks for the window [start, end] drawn over `widthPx` pixels.
 *
 * The level (days, every other day, weeks, months, quarters, half-years, years by 1, 2, 5,
 * 10 …) is the finest whose ticks are at least `minTickPx` (40) apart, so there are at most
 * about widthPx / 40 ticks. Ticks that start a coarser unit are major (month starts on a day
 * or week axis, 1 January on a month axis; every tick of a year axis) and are labelled
 * ("February 2025", "2025"); the others are minor, labelled shortly ("Tue 25 Feb", "25 Feb",
 * "25", "Feb") when the label fits before the next tick, else ''. Label widths are estimated
 * from their length (`charPx` per character).
 */
export function ticks(
  start: DayNumber,
  end: DayNumber,
  widthPx: number,
  locale: string,
  options: TickOptions = {},
): Tick[] {
  const minTickPx = options.minTickPx ?? 40;
  const charPx = options.charPx ?? 7;
  const padPx = options.labelPadPx ?? 10;
  if (!Number.isFinite(start) || !Number.isFinite(end) || !(end > start) || !(widthPx > 0))
    return [];
  const pxPerDay = widthPx / (end - start);
  const level = LEVELS.find((l) => l.minDays * pxPerDay >= minTickPx) ?? LEVELS[LEVELS.length - 1]!;
  const a = Math.ceil(start);
  const b = Math.floor(end);
  if (a > b) return [];
  const toX = (t: number) => (t - start) * pxPerDay;
  const measure = options.measure;
  const estimate = (label: string, major = false) =>
    (measure ? measure(label, major) : label.length * charPx) + padPx;

  // Minor ticks of the level, major ticks of the parent unit; a minor within half a step of a
  // major gives way to it (so inserting month starts on a week axis adds no ticks).
  const parentLevel = parentOf(level);
  const parent = parentLevel?.unit ?? null;
  const majors = parentLevel ? levelTicks(parentLevel, a, b) : levelTicks(level, a, b);
  const drafts: Draft[] = majors.map((t) => ({
    t,
    x: toX(t),
    major: true,
    unit: parent ?? level.unit,
    label: '',
  }));
  if (parent) {
    const halfStep = stepDays(level) / 2;
    let j = 0;
    for (const t of levelTicks(level, a, b)) {
      while (j < majors.length && majors[j]! < t - halfStep) j++;
      // majors[j] is the first major not more than half a step before t.
      if (j < majors.length && majors[j]! - t <= halfStep) continue;
      drafts.push({ t, x: toX(t), major: false, unit: level.unit, label: '' });
    }
    drafts.sort((p, q) => p.t - q.t);
  }

  // Major labels: the longest variant that fits between consecutive majors.
  const majorIdx = drafts.flatMap((d, i) => (d.major ? [i] : []));
  const majorVariants = parent === 'month' ? MONTH_START_LABELS : YEAR_LABELS;
  // On a year axis whose majors are decades, the years between are labelled as years.
  const minorVariants = MINOR_LABELS[level.unit];
  // Room to the right of each tick: up to the next major, and up to the next tick.
  const roomToMajor = new Float64Array(drafts.length);
  const roomToNext = new Float64Array(drafts.length);
  let nextMajorX = Infinity;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    roomToMajor[i] = nextMajorX - d.x;
    roomToNext[i] = (drafts[i + 1]?.x ?? Infinity) - d.x;
    if (d.major) nextMajorX = d.x;
  }
  for (const variant of majorVariants) {
    const labels = majorIdx.map((i) => format(drafts[i]!.t, locale, variant));
    const fits = majorIdx.every((i, k) => estimate(labels[k]!, true) <= roomToMajor[i]!);
    if (fits || variant === majorVariants[majorVariants.length - 1]) {
      majorIdx.forEach((i, k) => {
        const d = drafts[i]!;
        // Even the shortest variant may not fit (extreme zoom-out): then only where it does.
        d.label = fits || estimate(labels[k]!, true) <= roomToMajor[i]! ? labels[k]! : '';
      });
      break;
    }
  }

  // Minor labels: one variant for all (the longest whose widest label fits the level's
  // shortest spacing); then each is dropped if it would run into the next tick.
  if (parent) {
    const minorIdx = drafts.flatMap((d, i) => (d.major ? [] : [i]));
    const spacing = level.minDays * pxPerDay;
    for (const variant of minorVariants) {
      const labels = minorIdx.map((i) => format(drafts[i]!.t, locale, variant));
      if (labels.some((l) => estimate(l) > spacing)) continue;
      let k = 0;
      let labelEnd = -Infinity; // right end of the last major label so far
      drafts.forEach((d, i) => {
        if (d.major) {
          if (d.label) labelEnd = Math.max(labelEnd, d.x + estimate(d.label, true));
          return;
        }
        const label = labels[k++]!;
        if (d.x >= labelEnd && estimate(label) <= roomToNext[i]!) d.label = label;
      });
      break;
    }
  }

  // Last, a guarantee rather than an estimate: majors first, then minors, a label is kept
  // only if its box (its width and the gap) meets no label already kept and ends on the axis.
  const kept: [number, number][] = [];
  const clear = (x0: number, x1: number) => kept.every(([k0, k1]) => x1 <= k0 || x0 >= k1);
  for (const major of [true, false]) {
    for (const d of drafts) {
      if (d.major !== major || !d.label) continue;
      const box: [number, number] = [d.x, d.x + estimate(d.label, d.major)];
      // A label that would run off the right end of the axis is cut there: left out.
      const inside = box[1] - padPx / 2 <= widthPx;
      if (inside && clear(box[0], box[1])) kept.push(box);
      else d.label = '';
    }
  }

  return drafts.map(({ t, label, major, unit }) => ({ t, label, major, unit }));
}

/**
 * The boxes of the labelled ticks, [left, right) in px from the window's start, as `ticks`
 * reserved them (width by `measure` or the estimate, plus the gap): no two intersect.
 */
export function labelBoxes(
  list: readonly Tick[],
  start: DayNumber,
  end: DayNumber,
  widthPx: number,
  options: TickOptions = {},
): [number, number][] {
  const pxPerDay = widthPx / (end - start);
  const pad = options.labelPadPx ?? 10;
  const charPx = options.charPx ?? 7;
  return list
    .filter((tick) => tick.label)
    .map((tick) => {
      const x = (tick.t - start) * pxPerDay;
      const w = options.measure
        ? options.measure(tick.label, tick.major)
        : tick.label.length * charPx;
      return [x, x + w + pad];
    });
}

// ---------------------------------------------------------------------------------------
// Window arithmetic

export interface SpanLimits {
  readonly minSpanDays: number;
  readonly maxSpanDays: number;
}

/**
 * Multiplies the window's span by `factor` (> 1 zooms out, < 1 zooms in), clamped to the
 * limits, keeping `anchorT` at the same relative position in the window.
 */
export function zoomAround(
  domain: TimeDomain,
  anchorT: DayNumber,
  factor: number,
  limits: SpanLimits,
): TimeDomain {
  const span = domain.end - domain.start;
  if (!(span > 0) || !Number.isFinite(span) || !(factor > 0) || !Number.isFinite(factor))
    return domain;
  const lo = Math.max(0, limits.minSpanDays);
  const hi = Math.max(lo, limits.maxSpanDays);
  const next = Math.min(hi, Math.max(lo, span * factor));
  const anchor = Number.isFinite(anchorT) ? anchorT : (domain.start + domain.end) / 2;
  const r = (anchor - domain.start) / span;
  const start = anchor - r * next;
  return { start, end: start + next };
}

/** The window moved by `deltaDays` (positive: later). */
export function panBy(domain: TimeDomain, deltaDays: number): TimeDomain {
  if (!Number.isFinite(deltaDays)) return domain;
  return { start: domain.start + deltaDays, end: domain.end + deltaDays };
}

/**
 * A window showing [first, last] with `paddingFraction` of its span added on each side, and
 * at least `minSpanDays` (default 1) wide, centred on the range.
 */
export function fitDomain(
  first: DayNumber,
  last: DayNumber,
  paddingFraction = 0,
  minSpanDays = 1,
): TimeDomain {
  const lo = Math.min(first, last);
  const hi = Math.max(first, last);
  const pad = (hi - lo) * Math.max(0, paddingFraction);
  let start = lo - pad;
  let end = hi + pad;
  if (end - start < minSpanDays) {
    const mid = (lo + hi) / 2;
    start = mid - minSpanDays / 2;
    end = mid + minSpanDays / 2;
  }
  return { start, end };
}
