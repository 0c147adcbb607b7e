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

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the proleptic Gregorian calendar (pure arithmetic, no Date). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? Number.NaN;
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

/**
 * Days since 1970-01-01 of a calendar date, by integer arithmetic (H. Hinnant's
 * days_from_civil): no Date object, so parsing 100,000 dates allocates nothing.
 */
export function toDayNumber(d: CalendarDate): DayNumber {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (d.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a (fractional) day number (civil_from_days). */
export function fromDayNumber(n: DayNumber): CalendarDate {
  const z = Math.floor(n) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
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

/**
 * The one cache of date formatters, all in UTC (day numbers are UTC midnights, so the
 * viewer's zone never shifts a date); an unknown locale falls back to en-GB.
 */
export function dateFormatter(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatterCache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
    formatterCache.set(key, f);
  }
  return f;
}

function utcDate(n: DayNumber): Date {
  return new Date(Math.floor(n) * MS_PER_DAY);
}

/** "Tuesday, 25 February 2025" / "mardi 25 février 2025": the calendar day, in UTC. */
export function formatDayLong(n: DayNumber, locale = 'en-GB'): string {
  return dateFormatter(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(utcDate(n));
}

/**
 * The longest long-form dates of a year (by characters): every month with every weekday,
 * on two-digit days. The date readout reserves the width of these so that it keeps one
 * size while the date moves (a readout that grows and shrinks re-lays out the page).
 */
export function longestDayLongLabels(year: number, locale = 'en-GB', slack = 2): string[] {
  const labels: string[] = [];
  for (let month = 1; month <= 12; month++) {
    // Days 22–28 fall on all seven weekdays, and each is written with two digits.
    for (let day = 22; day <= 28; day++)
      labels.push(formatDayLong(toDayNumber({ year, month, day }), locale));
  }
  const longest = Math.max(...labels.map((l) => l.length));
  return [...new Set(labels.filter((l) => l.length >= longest - slack))];
}

/** "25 Feb 2025" */
export function formatDayShort(n: DayNumber, locale = 'en-GB'): string {
  return dateFormatter(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(
    utcDate(n),
  );
}

export function formatMonth(
  n: DayNumber,
  locale = 'en-GB',
  style: 'long' | 'short' = 'long',
): string {
  return dateFormatter(locale, { month: style, year: 'numeric' }).format(utcDate(n));
}

export function formatYear(n: DayNumber, locale = 'en-GB'): string {
  return dateFormatter(locale, { year: 'numeric' }).format(utcDate(n));
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
