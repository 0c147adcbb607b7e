/**
 * Dates as people write them, into zone-free calendar dates with their precision.
 *
 * Reads ISO (`2025-02-12`, `2025-02`, `2025`, `2025/02/12`, `2025-02-12T10:00Z`),
 * numeric day-month-year in either order (`12/02/2025`, `02.12.2025`, `12-2-2025`; the
 * order is decided from the data by `detectDateOrder`, else given by the user), month and
 * year (`02/2025`, `February 2025`, `févr. 2025`), month names in English and French
 * (`12 February 2025`, `February 12, 2025`, `mardi 1er avril 2025`) and ranges
 * (`Feb 12-14, 2025`, `Jan 31–Feb 2, 1953`, `12-14 février 2025`,
 * `2025-02-12/2025-02-14`, `12/02/2025 to 14/02/2025`).
 *
 * Pure and total: every function returns a value for any string and never throws.
 */
import {
  daysInMonth,
  formatIso,
  isValidCalendarDate,
  toDayNumber,
  type CalendarDate,
} from '../time/calendar';
import type { DateOrder } from './types';
import { parseWordDate, type DateContext } from './wordDates';

export type { DateContext } from './wordDates';

export type TextPrecision = 'day' | 'month' | 'year';

export interface ParsedDate {
  readonly start: CalendarDate;
  /** Last day covered when the text is a range (for month/year ranges: the last day of the last month/year). */
  readonly end?: CalendarDate;
  readonly precision: TextPrecision;
}

export type DateParseFailure =
  | 'empty'
  | 'invalid'
  | 'ambiguous'
  | 'twoDigitYear'
  /** Days and a month but no year, and no year column. */
  | 'noYear';

export type DateParse =
  | { readonly ok: true; readonly value: ParsedDate }
  | { readonly ok: false; readonly reason: DateParseFailure };

const MONTHS: Record<string, number> = {};
function months(names: string, n: number) {
  for (const name of names.split(' ')) MONTHS[name] = n;
}
months('january jan janvier janv', 1);
months('february feb febr fevrier fevr fev', 2);
months('march mar mars', 3);
months('april apr avril avr', 4);
months('may mai', 5);
months('june jun juin', 6);
months('july jul juillet juil', 7);
months('august aug aout', 8);
months('september sep sept septembre', 9);
months('october oct octobre', 10);
months('november nov novembre', 11);
months('december dec decembre', 12);

const IGNORED_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim ' +
    'the of on le la du de en'
  ).split(' '),
);

const RANGE_SEPARATOR =
  /\s*(?:--|–|—|-|\/|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\bau\b|\bjusqu au\b|\bjusqu'au\b|\bjusqu’au\b)\s*/giu;

const ISO_FULL = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const ISO_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const ISO_MONTH = /^(\d{4})-(\d{1,2})$/;
const YEAR = /^(\d{4})$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;

function fail(reason: DateParseFailure): DateParse {
  return { ok: false, reason };
}

function day(year: number, month: number, d: number): CalendarDate | null {
  const c = { year, month, day: d };
  return isValidCalendarDate(c) ? c : null;
}

function lastOfMonth(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

/** One date (not a range), written in one of the numeric forms. */
function parseNumericSingle(t: string, order: DateOrder | null): DateParse | null {
  let m = ISO_FULL.exec(t) ?? ISO_SLASH.exec(t);
  if (m) {
    const d = day(Number(m[1]), Number(m[2]), Number(m[3]));
    return d ? { ok: true, value: { start: d, precision: 'day' } } : fail('invalid');
  }
  m = ISO_MONTH.exec(t);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return fail('invalid');
    return {
      ok: true,
      value: { start: { year: Number(m[1]), month, day: 1 }, precision: 'month' },
    };
  }
  m = YEAR.exec(t);
  if (m)
    return {
      ok: true,
      value: { start: { year: Number(m[1]), month: 1, day: 1 }, precision: 'year' },
    };
  m = MONTH_YEAR.exec(t);
  if (m) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) return fail('invalid');
    return {
      ok: true,
      value: { start: { year: Number(m[2]), month, day: 1 }, precision: 'month' },
    };
  }
  m = NUMERIC.exec(t);
  if (m) {
    if (m[4]!.length === 2) return fail('twoDigitYear');
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    let resolved: DateOrder | null = order;
    if (resolved === null) {
      if (a > 12 && b <= 12) resolved = 'dmy';
      else if (b > 12 && a <= 12) resolved = 'mdy';
      else if (a === b) resolved = 'dmy';
      else return a > 12 && b > 12 ? fail('invalid') : fail('ambiguous');
    }
    const d = resolved === 'dmy' ? day(year, b, a) : day(year, a, b);
    return d ? { ok: true, value: { start: d, precision: 'day' } } : fail('invalid');
  }
  return null;
}

interface Parts {
  day?: number;
  month?: number;
  year?: number;
}

/** Words and numbers of a date written with a month name; null when it is not one. */
function parseWordParts(text: string): Parts | null {
  const cleaned = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/(\d+)(?:st|nd|rd|th|er|re|e)\b/g, '$1')
    .replace(/[,.]/g, ' ')
    .trim();
  if (!cleaned) return null;
  const tokens = cleaned.split(/\s+/);
  const parts: Parts = {};
  const numbers: number[] = [];
  for (const tok of tokens) {
    if (IGNORED_WORDS.has(tok)) continue;
    const month = MONTHS[tok];
    if (month !== undefined) {
      if (parts.month !== undefined) return null;
      parts.month = month;
      continue;
    }
    if (/^\d{4}$/.test(tok)) {
      if (parts.year !== undefined) return null;
      parts.year = Number(tok);
      continue;
    }
    if (/^\d{1,2}$/.test(tok)) {
      numbers.push(Number(tok));
      continue;
    }
    return null;
  }
  if (numbers.length > 1) return null;
  if (numbers.length === 1) parts.day = numbers[0];
  if (parts.day === undefined && parts.month === undefined && parts.year === undefined) return null;
  return parts;
}

function partsFromNumeric(p: ParsedDate): Parts {
  if (p.precision === 'day') return { day: p.start.day, month: p.start.month, year: p.start.year };
  if (p.precision === 'month') return { month: p.start.month, year: p.start.year };
  return { year: p.start.year };
}

function segmentParts(text: string, order: DateOrder | null): Parts | DateParseFailure | null {
  const t = text.trim();
  if (!t) return null;
  const numeric = parseNumericSingle(t, order);
  if (numeric) return numeric.ok ? partsFromNumeric(numeric.value) : numeric.reason;
  if (/^\d{1,2}$/.test(t)) return { day: Number(t) };
  return parseWordParts(t);
}

function precisionOf(p: Parts): TextPrecision | null {
  if (p.year === undefined) return null;
  if (p.day !== undefined) return p.month !== undefined ? 'day' : null;
  return p.month !== undefined ? 'month' : 'year';
}

function partsToDate(p: Parts): CalendarDate | null {
  if (p.year === undefined) return null;
  return day(p.year, p.month ?? 1, p.day ?? 1);
}

function single(text: string, order: DateOrder | null): DateParse {
  const parts = segmentParts(text, order);
  if (parts === null) return fail('invalid');
  if (typeof parts === 'string') return fail(parts);
  const precision = precisionOf(parts);
  const start = partsToDate(parts);
  if (!precision || !start) return fail('invalid');
  return { ok: true, value: { start, precision } };
}

function rangeEnd(p: Parts, precision: TextPrecision): CalendarDate | null {
  if (p.year === undefined) return null;
  if (precision === 'year') return { year: p.year, month: 12, day: 31 };
  if (precision === 'month') {
    if (p.month === undefined || p.month < 1 || p.month > 12) return null;
    return lastOfMonth(p.year, p.month);
  }
  return partsToDate(p);
}

/** Tries every range separator; the first split whose both sides read as dates wins. */
function range(text: string, order: DateOrder | null): DateParse | null {
  let ambiguous = false;
  for (const m of text.matchAll(RANGE_SEPARATOR)) {
    const at = m.index ?? 0;
    const left = text.slice(0, at);
    const right = text.slice(at + m[0].length);
    if (!left.trim() || !right.trim()) continue;
    const l = segmentParts(left, order);
    const r = segmentParts(right, order);
    if (l === 'ambiguous' || r === 'ambiguous') ambiguous = true;
    if (l === null || r === null || typeof l === 'string' || typeof r === 'string') continue;
    const a: Parts = { ...l };
    const b: Parts = { ...r };
    b.year ??= a.year;
    a.year ??= b.year;
    if (a.day !== undefined && a.month === undefined) a.month = b.month;
    if (b.day !== undefined && b.month === undefined) b.month = a.month;
    const pa = precisionOf(a);
    const pb = precisionOf(b);
    if (!pa || !pb || pa !== pb) continue;
    const start = partsToDate(a);
    const end = rangeEnd(b, pb);
    if (!start || !end) continue;
    if (toDayNumber(end) < toDayNumber(start)) continue;
    return { ok: true, value: { start, end, precision: pa } };
  }
  return ambiguous ? fail('ambiguous') : null;
}

/**
 * Reads one date cell. `order` decides `03/04/2025` (null: only unambiguous numbers are
 * read, others give 'ambiguous'). `context` brings a separate year or month column and the
 * record's language for dates in words (wordDates.ts). Never throws.
 */
export function parseDateText(
  text: string,
  order: DateOrder | null = null,
  context?: DateContext,
): DateParse {
  if (typeof text !== 'string') return fail('invalid');
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return fail('empty');
  if (t.length > 80) return fail('invalid');
  const one = single(t, order);
  if (one.ok || one.reason === 'twoDigitYear') return one;
  const r = range(t, order);
  if (r && r.ok) return r;
  const w = parseWordDate(t, context);
  if (w.ok)
    return {
      ok: true,
      value: { start: w.start, ...(w.end ? { end: w.end } : {}), precision: w.precision },
    };
  if (r) return r;
  if (one.ok === false && one.reason === 'ambiguous') return one;
  return fail(w.reason === 'noYear' ? 'noYear' : one.reason);
}

export interface DateOrderEvidence {
  /** The order the data shows, or null when it cannot tell. */
  readonly order: DateOrder | null;
  /** Cells like 03/04/2025 that read either way. */
  readonly ambiguousCells: number;
  readonly dmyCells: number;
  readonly mdyCells: number;
  /** true when some cells need the user's answer (no evidence either way). */
  readonly needsAnswer: boolean;
}

/**
 * The day/month order of an import: the first of its mapped date columns (start, then end)
 * whose cells tell, else null (then the user is asked).
 */
export function mappedDateOrder(
  mapping: { readonly date?: number; readonly end?: number },
  evidence: readonly (DateOrderEvidence | undefined)[],
): DateOrder | null {
  for (const column of [mapping.date, mapping.end]) {
    const order = column === undefined ? null : (evidence[column]?.order ?? null);
    if (order) return order;
  }
  return null;
}

const SEPARATOR = /[/.-]/;
const NUMERIC_ANYWHERE = /(?:^|[^\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d])/g;

/** Looks at numeric dates in the cells: a first number above 12 means day-first, and so on. */
export function detectDateOrder(cells: Iterable<string>): DateOrderEvidence {
  let dmy = 0;
  let mdy = 0;
  let ambiguous = 0;
  for (const cell of cells) {
    // A numeric date has at least 8 characters and a separator: most other cells are
    // passed over without running the expression.
    if (!cell || cell.length < 8 || !SEPARATOR.test(cell)) continue;
    for (const m of cell.matchAll(NUMERIC_ANYWHERE)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && b <= 12) dmy++;
      else if (b > 12 && a <= 12) mdy++;
      else if (a !== b && a <= 12 && b <= 12) ambiguous++;
    }
  }
  const order: DateOrder | null = dmy > mdy ? 'dmy' : mdy > dmy ? 'mdy' : null;
  return {
    order,
    ambiguousCells: ambiguous,
    dmyCells: dmy,
    mdyCells: mdy,
    needsAnswer: order === null && ambiguous > 0,
  };
}

/** The ISO text of a calendar date (re-exported for callers of this module). */
export function isoOf(d: CalendarDate): string {
  return formatIso(d);
}
