/**
 * The steps that read one row of a table, each pure and small: its dates, its places, its
 * people, its texts. Each step reads the row's cells by field (a table of column kinds:
 * a new kind of column is a new field in `FIELDS` and a few lines in the step that reads
 * it) and reports problems as codes; `buildDataset` runs them in order and assembles.
 */
import type { Actor, Source, TravelEvent } from '../dataset/schema';
import { daysInMonth, toDayNumber, type CalendarDate } from '../time/calendar';
import { isoOf, parseDateText, type DateContext, type ParsedDate } from './dates';
import { countryCodes, type Gazetteer } from './gazetteer';
import type { IdAllocator } from './ids';
import { normalizeName, slugify } from './normalize';
import {
  checkCoordinates,
  parseCoordinate,
  placeKey,
  type PlaceResolver,
  type ResolvedPlace,
  type UnresolvedPart,
} from './places';
import type { DateOrder, Field, ImportProblem } from './types';

/** What a step reports: the row and (by default) the column are added by the row. */
export type RowProblem = Omit<ImportProblem, 'path' | 'row'>;

/** One row as the steps see it. */
export interface Row {
  /** Spreadsheet row number (header = 1). */
  readonly number: number;
  /** The trimmed text of the column mapped to a field ('' when not mapped). */
  cell(field: Field): string;
  /** The header of the column mapped to a field ('' when not mapped). */
  header(field: Field): string;
  report(problem: RowProblem): void;
}

export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

// --- Dates -----------------------------------------------------------------------------

export interface RowDates {
  readonly date: string;
  readonly endDate?: string;
  readonly precision: TravelEvent['precision'];
}

const PRECISIONS: Record<string, TravelEvent['precision']> = {
  day: 'day',
  jour: 'day',
  week: 'week',
  semaine: 'week',
  month: 'month',
  mois: 'month',
  year: 'year',
  annee: 'year',
};

function endOfPrecision(p: ParsedDate): CalendarDate {
  if (p.end) return p.end;
  if (p.precision === 'month')
    return {
      year: p.start.year,
      month: p.start.month,
      day: daysInMonth(p.start.year, p.start.month),
    };
  if (p.precision === 'year') return { year: p.start.year, month: 12, day: 31 };
  return p.start;
}

/** What else a date cell is read with: a year and a month column, the language of words. */
function dateContextOf(row: Row, locale: string | undefined): DateContext | undefined {
  const year = row.cell('year');
  const month = row.cell('month');
  if (!year && !month && !locale) return undefined;
  return {
    ...(year ? { year } : {}),
    ...(month ? { month } : {}),
    ...(locale ? { locale } : {}),
  };
}

/**
 * The row's start, end and precision (from the date, end, year, month and precision
 * columns); null (and a problem) when it has no usable date.
 */
export function readDates(row: Row, order: DateOrder | null, locale?: string): RowDates | null {
  const dateText = row.cell('date');
  const context = dateContextOf(row, locale);
  const parsed = parseDateText(dateText, order, context);
  if (!parsed.ok) {
    const column = row.header('date');
    const value = shorten(dateText, 80);
    if (parsed.reason === 'empty')
      row.report({ code: 'dateMissing', severity: 'error', column, value });
    else if (parsed.reason === 'ambiguous')
      row.report({ code: 'dateAmbiguous', severity: 'error', column, value });
    else if (parsed.reason === 'noYear')
      row.report({ code: 'dateNoYear', severity: 'error', column, value });
    else
      row.report({
        code: 'dateInvalid',
        severity: 'error',
        column,
        value,
        params: { reason: parsed.reason === 'twoDigitYear' ? 'twoDigitYear' : 'invalid' },
      });
    return null;
  }
  const start = parsed.value;
  let last = start.end ?? start.start;
  let precision: TravelEvent['precision'] = start.precision;
  const endText = row.cell('end');
  if (endText) {
    const end = parseDateText(endText, order, context);
    if (!end.ok) {
      if (end.reason !== 'empty')
        row.report({
          code: 'endInvalid',
          severity: 'warning',
          column: row.header('end'),
          value: shorten(endText, 80),
        });
    } else {
      const endDay = endOfPrecision(end.value);
      if (toDayNumber(endDay) < toDayNumber(start.start)) {
        row.report({
          code: 'endBeforeStart',
          severity: 'warning',
          column: row.header('end'),
          value: `${dateText} → ${endText}`,
        });
      } else {
        last = endDay;
        if (start.precision !== 'day' && end.value.precision === 'day') precision = 'day';
      }
    }
  }
  const explicit = PRECISIONS[normalizeName(row.cell('precision'))];
  if (explicit) precision = explicit;
  const date = isoOf(start.start);
  const endIso = isoOf(last);
  const naturalEnd = isoOf(endOfPrecision({ start: start.start, precision: start.precision }));
  const hasEnd =
    (endIso !== date && endIso !== naturalEnd) || (precision === 'day' && endIso !== date);
  return hasEnd ? { date, endDate: endIso, precision } : { date, precision };
}

// --- Places ----------------------------------------------------------------------------

/** A place found in the gazetteer (not typed): the user may review and change it. */
export interface MatchedPart {
  /** Key for a fix (the same as an unplaced place's). */
  readonly fixKey: string;
  readonly city: string;
  readonly country: string;
  readonly place: ResolvedPlace;
}

export interface RowPlaces {
  readonly places: readonly ResolvedPlace[];
  readonly unresolved: readonly UnresolvedPart[];
  /** Places the gazetteer matched, for review. */
  readonly matched: readonly MatchedPart[];
}

function fromCoordinates(row: Row, gazetteer: Gazetteer | null): ResolvedPlace | null {
  const latText = row.cell('lat');
  const lonText = row.cell('lon');
  const cityText = row.cell('city');
  const countryText = row.cell('country');
  const lat = parseCoordinate(latText);
  const lon = parseCoordinate(lonText);
  if (lat === null || lon === null) {
    row.report({
      code: 'coordsInvalid',
      severity: 'warning',
      column: lat === null ? row.header('lat') : row.header('lon'),
      value: shorten(`${latText}, ${lonText}`, 80),
    });
    return null;
  }
  const codes = gazetteer && countryText ? countryCodes(gazetteer, countryText) : null;
  const check = checkCoordinates(gazetteer, lat, lon, codes);
  const value = `${latText}, ${lonText}`;
  if (check.status === 'outOfRange') {
    row.report({ code: 'coordsOutOfRange', severity: 'warning', column: row.header('lat'), value });
    return null;
  }
  if (check.status === 'swapped')
    row.report({
      code: 'coordsSwapped',
      severity: 'warning',
      column: row.header('lat'),
      value,
      params: { reason: check.reason },
    });
  if (check.status === 'outsideCountry')
    row.report({
      code: 'coordsOutsideCountry',
      severity: 'warning',
      column: row.header('lat'),
      value,
      params: { country: shorten(countryText, 80) },
    });
  const latR = Math.round(check.lat * 1e5) / 1e5;
  const lonR = Math.round(check.lon * 1e5) / 1e5;
  const name = cityText || `${latR}, ${lonR}`;
  const country =
    codes?.[0] ?? (/^[A-Za-z]{2}$/.test(countryText) ? countryText.toUpperCase() : 'XX');
  return { key: `c${latR},${lonR},${normalizeName(name)}`, name, country, lat: latR, lon: lonR };
}

/** The row's places: its coordinates when it has usable ones, else its city and country. */
export function readPlaces(
  row: Row,
  resolver: PlaceResolver,
  gazetteer: Gazetteer | null,
): RowPlaces {
  const none: RowPlaces = { places: [], unresolved: [], matched: [] };
  if (row.cell('lat') || row.cell('lon')) {
    const place = fromCoordinates(row, gazetteer);
    if (place) return { places: [place], unresolved: [], matched: [] };
  }
  const cityText = row.cell('city');
  const countryText = row.cell('country');
  if (!cityText && !countryText) return none;
  const cell = resolver.resolveCell(cityText, countryText);
  if (cell.countryUnknown)
    row.report({
      code: 'countryUnknown',
      severity: 'warning',
      column: row.header('country'),
      value: shorten(countryText, 80),
    });
  if (cell.capitalUsed)
    row.report({
      code: 'capitalUsed',
      severity: 'warning',
      column: row.header('city'),
      value: shorten(countryText, 80),
      params: { place: cell.places[0]?.name ?? '' },
    });
  for (const part of cell.unresolved)
    row.report({
      code: 'placeUnknown',
      severity: 'error',
      column: row.header('city'),
      value: shorten(part.country ? `${part.city} (${part.country})` : part.city, 80),
      params: { others: cell.places.length > 0 ? 'kept' : 'none' },
    });
  const matched: MatchedPart[] = cell.capitalUsed
    ? []
    : cell.places
        .filter((p) => p.key.startsWith('g'))
        .map((p) => ({
          fixKey: placeKey(p.name, countryText),
          city: p.name,
          country: countryText,
          place: p,
        }));
  return { places: cell.places, unresolved: cell.unresolved, matched };
}

// --- People ----------------------------------------------------------------------------

const PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#393b79',
  '#ad494a',
];

function initialsOf(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);
  const letters =
    words.length === 1 ? (words[0] ?? '').slice(0, 2) : words.map((w) => w[0] ?? '').join('');
  return letters.slice(0, 3).toUpperCase() || '?';
}

/** The people met so far, one per name (ignoring case and accents). */
export interface People {
  idFor(name: string): string;
  readonly all: () => readonly Actor[];
}

export function createPeople(ids: IdAllocator): People {
  const byName = new Map<string, Actor>();
  return {
    idFor(name) {
      const key = normalizeName(name) || name;
      const existing = byName.get(key);
      if (existing) return existing.id;
      const id = ids.take(slugify(name, 'actor'));
      byName.set(key, {
        id,
        name: { en: shorten(name, 200) },
        initials: initialsOf(name),
        kind: 'person',
        country: 'XX',
        color: PALETTE[byName.size % PALETTE.length]!,
      });
      return id;
    },
    all: () => [...byName.values()],
  };
}

/** The row's people ("A; B"), or the default traveller when the file names none. */
export function readPeople(row: Row, people: People, defaultName: string): string[] {
  const text = row.cell('actor');
  const names = text
    ? text
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  return [...new Set((names.length > 0 ? names : [defaultName]).map((n) => people.idFor(n)))];
}

// --- Texts -----------------------------------------------------------------------------

const KINDS: Record<string, TravelEvent['kind']> = {
  meeting: 'meeting',
  reunion: 'meeting',
  rencontre: 'meeting',
  talks: 'meeting',
  visit: 'visit',
  visite: 'visit',
  trip: 'visit',
  voyage: 'visit',
  statement: 'statement',
  declaration: 'statement',
  speech: 'statement',
  discours: 'statement',
  call: 'call',
  appel: 'call',
  'phone call': 'call',
  'appel telephonique': 'call',
};

export const TITLE_MAX = 120;

export interface RowTexts {
  readonly title: string;
  readonly summary?: string;
  readonly kind: TravelEvent['kind'];
  readonly sources: Source[];
}

function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Title, description, kind and source. Without a title the title is the short description
 * or the places; the description always stays the description (the summary), so an
 * export writes it back to its own column and a second import reads the same.
 */
export function readTexts(row: Row, places: readonly ResolvedPlace[]): RowTexts {
  const titleText = row.cell('title');
  const description = row.cell('description');
  const title = shorten(
    titleText ||
      (description && description.length <= TITLE_MAX ? description : '') ||
      places.map((p) => p.name).join(' – '),
    TITLE_MAX,
  );
  const summary = description ? shorten(description, 20_000) : undefined;
  const kind = KINDS[normalizeName(row.cell('kind'))] ?? 'visit';
  const sourceText = row.cell('source');
  const urlText = row.cell('url');
  let url: string | undefined;
  if (urlText) {
    if (isHttpUrl(urlText)) url = urlText;
    else
      row.report({
        code: 'urlNotHttp',
        severity: 'warning',
        column: row.header('url'),
        value: shorten(urlText, 80),
      });
  }
  const sources: Source[] =
    sourceText || url
      ? [{ kind: 'outside', title: shorten(sourceText || url || '', 500), ...(url ? { url } : {}) }]
      : [];
  return { title, ...(summary ? { summary } : {}), kind, sources };
}
