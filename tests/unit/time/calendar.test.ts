import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayToIso,
  daysInMonth,
  formatAtPrecision,
  formatDayLong,
  formatDayShort,
  formatIso,
  formatMonth,
  formatYear,
  fromDayNumber,
  longestDayLongLabels,
  isoToDay,
  parseIsoDay,
  parseIsoPartial,
  precisionRange,
  toDayNumber,
  weekdayOf,
  type CalendarDate,
} from '../../../src/domain/time/calendar';
import { mulberry32 } from '../../helpers/random';

/** Proleptic Gregorian rule, written independently of Date. */
function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
function monthLength(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}
function nextDay({ year, month, day }: CalendarDate): CalendarDate {
  if (day < monthLength(year, month)) return { year, month, day: day + 1 };
  if (month < 12) return { year, month: month + 1, day: 1 };
  return { year: year + 1, month: 1, day: 1 };
}

const d = (s: string) => {
  const n = isoToDay(s);
  if (n === null) throw new Error(`bad test date ${s}`);
  return n;
};

describe('parseIsoDay', () => {
  it('reads real calendar days', () => {
    expect(parseIsoDay('2025-02-24')).toEqual({ year: 2025, month: 2, day: 24 });
    expect(parseIsoDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDay('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDay('0044-03-15')).toEqual({ year: 44, month: 3, day: 15 });
    expect(parseIsoDay('0000-02-29')).toEqual({ year: 0, month: 2, day: 29 }); // 1 BC was leap
  });

  it('rejects impossible days and garbage', () => {
    for (const bad of [
      '2025-02-30',
      '2025-02-29',
      '1900-02-29',
      '2100-02-29',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-1-5',
      '25-01-05',
      '2025/01/05',
      '2025-01-05T00:00',
      '2025-01-05Z',
      '20250105',
      'soon',
      '',
      'lundi',
      '2025-02-2a',
    ]) {
      expect(parseIsoDay(bad), bad).toBeNull();
      expect(isoToDay(bad), bad).toBeNull();
    }
  });

  it('parses partial dates at their precision', () => {
    expect(parseIsoPartial('2025-02')).toEqual({
      date: { year: 2025, month: 2, day: 1 },
      precision: 'month',
    });
    expect(parseIsoPartial('2025')).toEqual({
      date: { year: 2025, month: 1, day: 1 },
      precision: 'year',
    });
    expect(parseIsoPartial('2025-02-24')?.precision).toBe('day');
    expect(parseIsoPartial('2025-13')).toBeNull();
    expect(parseIsoPartial('2025-02-30')).toBeNull();
  });
});

describe('day numbers', () => {
  it('puts 1970-01-01 at 0 and known days where they belong', () => {
    expect(d('1970-01-01')).toBe(0);
    expect(d('1969-12-31')).toBe(-1);
    expect(d('2000-01-01')).toBe(10_957);
    expect(d('2025-02-24')).toBe(20_143);
    expect(dayToIso(20_143.99)).toBe('2025-02-24');
    expect(dayToIso(-0.5)).toBe('1969-12-31');
  });

  it('round-trips every day from year -1 to 2100 against an independent calendar', () => {
    let date: CalendarDate = { year: -1, month: 1, day: 1 };
    let n = toDayNumber(date);
    const end = toDayNumber({ year: 2100, month: 12, day: 31 });
    let checked = 0;
    for (; n <= end; n++, date = nextDay(date)) {
      const back = fromDayNumber(n);
      if (back.year !== date.year || back.month !== date.month || back.day !== date.day)
        expect(back).toEqual(date);
      if (toDayNumber(date) !== n) expect({ date, n: toDayNumber(date) }).toEqual({ date, n });
      checked++;
    }
    expect(checked).toBe(2102 * 365 + 510); // 510 leap years in -1 … 2100, year 0 included
  });

  it('round-trips random day numbers far from today, fractional or not', () => {
    const rand = mulberry32(1);
    for (let i = 0; i < 5000; i++) {
      const n = Math.floor(-2_900_000 + rand() * 5_800_000); // years -5970 … 9909 (4 digits)
      const c = fromDayNumber(n + rand() * 0.999);
      expect(toDayNumber(c)).toBe(n);
      expect(isoToDay(formatIso(c))).toBe(n);
    }
  });

  it('counts days in months, leap years included', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(daysInMonth(2025, 4)).toBe(30);
  });

  it('formats years below 1000 and before year 1 with padding', () => {
    expect(formatIso({ year: 44, month: 3, day: 15 })).toBe('0044-03-15');
    expect(formatIso({ year: -44, month: 3, day: 15 })).toBe('-0044-03-15');
  });

  it('adds months, clamping the day', () => {
    expect(addMonths({ year: 2025, month: 1, day: 31 }, 1)).toEqual({
      year: 2025,
      month: 2,
      day: 28,
    });
    expect(addMonths({ year: 2025, month: 11, day: 15 }, 3)).toEqual({
      year: 2026,
      month: 2,
      day: 15,
    });
    expect(addMonths({ year: 2025, month: 1, day: 15 }, -1)).toEqual({
      year: 2024,
      month: 12,
      day: 15,
    });
  });
});

describe('weekdayOf', () => {
  it('knows Monday 24 February 2025 and its week', () => {
    expect(weekdayOf(d('2025-02-24'))).toBe(0);
    expect(weekdayOf(d('2025-02-24') + 0.75)).toBe(0);
    expect(weekdayOf(d('2025-02-25'))).toBe(1);
    expect(weekdayOf(d('2025-03-02'))).toBe(6);
    expect(weekdayOf(0)).toBe(3); // Thursday 1 January 1970
    expect(weekdayOf(-1)).toBe(2);
    expect(weekdayOf(d('1815-06-18'))).toBe(6); // Waterloo was a Sunday
  });
});

describe('formatting', () => {
  // Exact output of Intl on Node 20 (ICU 7x): en-GB puts a comma after the weekday.
  it('writes the long day in English and French', () => {
    expect(formatDayLong(d('2025-02-25'), 'en-GB')).toBe('Tuesday, 25 February 2025');
    expect(formatDayLong(d('2025-02-25'), 'fr-FR')).toBe('mardi 25 février 2025');
    expect(formatDayLong(d('2025-02-25') + 0.99, 'fr-FR')).toBe('mardi 25 février 2025');
  });

  it('writes short days, months and years', () => {
    expect(formatDayShort(d('2025-02-25'), 'en-GB')).toBe('25 Feb 2025');
    expect(formatMonth(d('2025-02-10'), 'fr-FR')).toBe('février 2025');
    expect(formatMonth(d('2025-02-10'), 'en-GB', 'short')).toBe('Feb 2025');
    expect(formatYear(d('2025-02-10'), 'en-GB')).toBe('2025');
    expect(formatAtPrecision(d('2025-02-01'), d('2025-02-28'), 'month', 'fr-FR')).toBe(
      'février 2025',
    );
    expect(formatAtPrecision(d('2025-02-25'), d('2025-02-25'), 'day', 'en-GB')).toBe(
      'Tuesday, 25 February 2025',
    );
  });

  it('gives the same calendar day in every zone at every hour of it', () => {
    // These tests run under TZ=UTC, Pacific/Honolulu (UTC-10) and Pacific/Kiritimati (UTC+14).
    const n = d('2025-02-25');
    for (let h = 0; h < 24; h++) {
      expect(formatDayLong(n + h / 24, 'en-GB')).toBe('Tuesday, 25 February 2025');
      expect(dayToIso(n + h / 24)).toBe('2025-02-25');
    }
    expect(fromDayNumber(n)).toEqual({ year: 2025, month: 2, day: 25 });
  });

  it('does not use local time: the local-midnight and UTC-midnight traps shift, we do not', () => {
    const ours = formatDayLong(d('2025-02-25'), 'en-GB');
    const utcFormat = new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const localFormat = new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    // Trap 1: midnight of the machine's zone (`new Date(y, m, d)`, `new Date('…T00:00')`),
    // formatted in UTC: a day early wherever the zone is ahead of UTC.
    const localMidnight = new Date(2025, 1, 25);
    const offsetMin = localMidnight.getTimezoneOffset(); // UTC − local, in minutes
    expect(utcFormat.format(localMidnight) === ours).toBe(offsetMin >= 0);
    // Trap 2: UTC midnight (`new Date('2025-02-25')`), formatted in the machine's zone: a day
    // early wherever the zone is behind UTC.
    const utcMidnight = new Date('2025-02-25');
    expect(localFormat.format(utcMidnight) === ours).toBe(offsetMin <= 0);
    // So in any zone but UTC one of the traps gives another day while ours stays put.
    if (offsetMin !== 0)
      expect([utcFormat.format(localMidnight), localFormat.format(utcMidnight)]).toContain(
        'Monday, 24 February 2025',
      );
    // And whatever the machine: midnight in Kiritimati is the day before in UTC, and UTC
    // midnight is the day before in Honolulu.
    const kiritimatiMidnight = new Date(Date.UTC(2025, 1, 25) - 14 * 3_600_000);
    expect(utcFormat.format(kiritimatiMidnight)).toBe('Monday, 24 February 2025');
    const honolulu = new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Pacific/Honolulu',
    });
    expect(honolulu.format(utcMidnight)).toBe('Monday, 24 February 2025');
    expect(ours).toBe('Tuesday, 25 February 2025');
  });
});

describe('precisionRange', () => {
  const range = (iso: string, p: Parameters<typeof precisionRange>[1]) => {
    const r = precisionRange(parseIsoDay(iso)!, p);
    return [dayToIso(r.first), dayToIso(r.last)];
  };

  it('spans a day', () => {
    expect(range('2025-02-25', 'day')).toEqual(['2025-02-25', '2025-02-25']);
  });

  it('spans the ISO week, Monday to Sunday', () => {
    expect(range('2025-02-26', 'week')).toEqual(['2025-02-24', '2025-03-02']);
    expect(range('2025-02-24', 'week')).toEqual(['2025-02-24', '2025-03-02']);
    expect(range('2025-03-02', 'week')).toEqual(['2025-02-24', '2025-03-02']);
    expect(range('2025-01-01', 'week')).toEqual(['2024-12-30', '2025-01-05']);
    expect(range('1969-12-31', 'week')).toEqual(['1969-12-29', '1970-01-04']);
  });

  it('spans the whole month, whichever day is written', () => {
    expect(range('2025-02-14', 'month')).toEqual(['2025-02-01', '2025-02-28']);
    expect(range('2024-02-01', 'month')).toEqual(['2024-02-01', '2024-02-29']);
    expect(range('2025-12-31', 'month')).toEqual(['2025-12-01', '2025-12-31']);
    expect(range('0004-02-10', 'month')).toEqual(['0004-02-01', '0004-02-29']);
  });

  it('spans the whole year', () => {
    expect(range('2025-06-15', 'year')).toEqual(['2025-01-01', '2025-12-31']);
    const r = precisionRange({ year: 2024, month: 7, day: 1 }, 'year');
    expect(r.last - r.first + 1).toBe(366);
  });
});

describe('longestDayLongLabels', () => {
  it('lists the longest long dates of a year, each a real date', () => {
    const en = longestDayLongLabels(1937, 'en-GB');
    expect(en.length).toBeGreaterThan(0);
    // September and Wednesday are the longest English names.
    expect(en).toContain('Wednesday, 22 September 1937');
    const longest = Math.max(...en.map((l) => l.length));
    for (let n = d('1937-01-01'); n <= d('1937-12-31'); n++)
      expect(formatDayLong(n, 'en-GB').length).toBeLessThanOrEqual(longest);
    expect(longestDayLongLabels(2025, 'fr-FR')).toContain('mercredi 24 septembre 2025');
  });
});
