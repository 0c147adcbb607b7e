/**
 * Calendar time that never shifts with the viewer's time zone.
 *
 * The axis is a plain number: days since 1970-01-01 (the "day number"), fractional
 * within a day (0.5 = noon of that calendar day, in no particular zone). A calendar
 * date `YYYY-MM-DD` is parsed by hand and converted with Date.UTC, which depends on no
 * local zone; formatting goes through Intl with timeZone 'UTC'.
 */

/** Days since 1970-01-01; integer part = the calendar day, fraction = time of that day. */
export type DayNumber = number;

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(-?\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(-?\d{4})-(\d{2})$/;
const ISO_YEAR = /^(-?\d{4})$/;

/**
 * Milliseconds of a UTC calendar day. Not Date.UTC: it reads years 0-99 as 1900-1999, whose
 * leap years differ at year 0 (1900 is not leap, 1 BC = year 0 is); setUTCFullYear does not.
 */
function utcMs(year: number, monthIndex: number, day: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(year, monthIndex, day);
  return dt.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

export function isValidCalendarDate(d: CalendarDate): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= daysInMonth(d.year, d.month)
  );
}

/** Parses exactly `YYYY-MM-DD` (a real calendar day) or returns null. */
export function parseIsoDay(text: string): CalendarDate | null {
  const m = ISO_DAY.exec(text.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidCalendarDate(d) ? d : null;
}

export interface ParsedPartialDate {
  readonly date: CalendarDate;
  readonly precision: 'day' | 'month' | 'year';
}

/** Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, keeping the precision written. */
export function parseIsoPartial(text: string): ParsedPartialDate | null {
  const t = text.trim();
  const day = parseIsoDay(t);
  if (day) return { date: day, precision: 'day' };
  const mm = ISO_MONTH.exec(t);
  if (mm) {
    const month = Number(mm[2]);
    if (month < 1 || month > 12) return null;
    return { date: { year: Number(mm[1]), month, day: 1 }, precision: 'month' };
  }
  const yy = ISO_YEAR.exec(t);
  if (yy) return { date: { year: Number(yy[1]), month: 1, day: 1 }, precision: 'year' };
  return null;
}

export function toDayNumber(d: CalendarDate): DayNumber {
  return Math.round(utcMs(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: DayNumber): CalendarDate {
  const dt = new Date(Math.floor(n) * MS_PER_DAY);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

/** The calendar day `YYYY-MM-DD` → day number, or null when the text is not one. */
export function isoToDay(text: string): DayNumber | null {
  const d = parseIsoDay(text);
  return d ? toDayNumber(d) : null;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

export function formatIso(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** The calendar day a (fractional) day number falls in, as `YYYY-MM-DD`. */
export function dayToIso(n: DayNumber): string {
  return formatIso(fromDayNumber(n));
}

/** First day of the month after `d`'s month. */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** Inclusive day range covered by a date written at a precision. */
export function precisionRange(
  d: CalendarDate,
  precision: DatePrecision,
): { first: DayNumber; last: DayNumber } {
  switch (precision) {
    case 'day':
      return { first: toDayNumber(d), last: toDayNumber(d) };
    case 'week': {
      // ISO week containing d: Monday .. Sunday.
      const n = toDayNumber(d);
      const weekday = (((n + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
      return { first: n - weekday, last: n - weekday + 6 };
    }
    case 'month': {
      const first = toDayNumber({ year: d.year, month: d.month, day: 1 });
      return { first, last: first + daysInMonth(d.year, d.month) - 1 };
    }
    case 'year': {
      const first = toDayNumber({ year: d.year, month: 1, day: 1 });
      const last = toDayNumber({ year: d.year, month: 12, day: 31 });
      return { first, last };
    }
  }
}

/** Weekday of a day number, 0 = Monday … 6 = Sunday. */
export function weekdayOf(n: DayNumber): number {
  return (((Math.floor(n) + 3) % 7) + 7) % 7;
}

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatterCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatterCache.set(key, f);
  }
  return f;
}

function utcDate(n: DayNumber): Date {
  return new Date(Math.floor(n) * MS_PER_DAY);
}

/** "Tuesday, 25 February 2025" / "mardi 25 février 2025": the calendar day, in UTC. */
export function formatDayLong(n: DayNumber, locale = 'en-GB'): string {
  return formatter(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(utcDate(n));
}

/** "25 Feb 2025" */
export function formatDayShort(n: DayNumber, locale = 'en-GB'): string {
  return formatter(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(utcDate(n));
}

export function formatMonth(
  n: DayNumber,
  locale = 'en-GB',
  style: 'long' | 'short' = 'long',
): string {
  return formatter(locale, { month: style, year: 'numeric' }).format(utcDate(n));
}

export function formatYear(n: DayNumber, locale = 'en-GB'): string {
  return formatter(locale, { year: 'numeric' }).format(utcDate(n));
}

/** Formats a date at the precision it is known to. */
export function formatAtPrecision(
  first: DayNumber,
  last: DayNumber,
  precision: DatePrecision,
  locale = 'en-GB',
): string {
  switch (precision) {
    case 'day':
      return first === last
        ? formatDayLong(first, locale)
        : `${formatDayShort(first, locale)} – ${formatDayShort(last, locale)}`;
    case 'week':
      return `${formatDayShort(first, locale)} – ${formatDayShort(last, locale)}`;
    case 'month':
      return formatMonth(first, locale);
    case 'year':
      return formatYear(first, locale);
  }
}
