/**
 * A table + a column mapping → a dataset of the app's format, plus a report: every row
 * either becomes part of an event or is named in a problem (row, column, value, what to
 * do). Never throws on bad cells; it throws only ImportCancelled when asked to stop.
 *
 * Rows with the same id (an `id` column) are the stops of one event, in order: this is how
 * the CSV export writes events with several places, so export → import reads back the same.
 */
import {
  parseDataset,
  type Actor,
  type Dataset,
  type Place,
  type Source,
  type TravelEvent,
} from '../dataset/schema';
import { daysInMonth, toDayNumber, type CalendarDate } from '../time/calendar';
import { isoOf, parseDateText, type DateContext, type ParsedDate } from './dates';
import { normalizeName, slugify } from './normalize';
import { countryCodes, type Gazetteer } from './gazetteer';
import {
  checkCoordinates,
  createPlaceResolver,
  parseCoordinate,
  type ResolvedPlace,
  type UnresolvedPart,
} from './places';
import {
  ImportCancelled,
  type BuildResult,
  type ColumnMapping,
  type DateOrder,
  type Field,
  type ImportProblem,
  type PlaceFix,
  type Progress,
  type Table,
  type UnplacedPlace,
} from './types';

export interface BuildOptions {
  readonly mapping: ColumnMapping;
  /** How to read 03/04/2025; null/undefined: only unambiguous numeric dates are read. */
  readonly dateOrder?: DateOrder | null;
  /** Language of dates written in words (BCP 47, e.g. "pt"); absent: any language. */
  readonly dateLocale?: string;
  readonly gazetteer: Gazetteer | null;
  /** Places the user fixed, by UnplacedPlace.key. */
  readonly fixes?: Readonly<Record<string, PlaceFix>>;
  readonly datasetId: string;
  readonly title: string;
  /** Name of the traveller when the file has no person column. */
  readonly defaultActorName: string;
  readonly onProgress?: Progress;
}

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

const TITLE_MAX = 120;
const ID_RE = /^[A-Za-z0-9_.:-]{1,120}$/;

function initialsOf(name: string): string {
  const words = name
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);
  const letters =
    words.length === 1 ? (words[0] ?? '').slice(0, 2) : words.map((w) => w[0] ?? '').join('');
  const s = letters.slice(0, 3).toUpperCase();
  return s || '?';
}

function isHttpUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function lastDayOf(p: ParsedDate): CalendarDate {
  return p.end ?? p.start;
}

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

interface Draft {
  id: string;
  rowNumbers: number[];
  date: string;
  endDate?: string;
  precision: TravelEvent['precision'];
  kind: TravelEvent['kind'];
  placeKeys: string[];
  actorIds: string[];
  title: string;
  summary?: string;
  sources: Source[];
}

export function buildDataset(table: Table, options: BuildOptions): BuildResult {
  const { mapping, gazetteer } = options;
  const order = options.dateOrder ?? null;
  const problems: ImportProblem[] = [];
  const attention = new Set<number>();
  const col = (f: Field) => mapping[f];
  const header = (f: Field) => {
    const c = col(f);
    return c === undefined ? '' : (table.headers[c] ?? `Column ${c + 1}`);
  };
  const cell = (row: readonly string[], f: Field): string => {
    const c = col(f);
    if (c === undefined) return '';
    return (row[c] ?? '').trim();
  };
  const dateContextOf = (row: readonly string[]): DateContext | undefined => {
    const year = cell(row, 'year');
    const month = cell(row, 'month');
    if (!year && !month && !options.dateLocale) return undefined;
    return {
      ...(year ? { year } : {}),
      ...(month ? { month } : {}),
      ...(options.dateLocale ? { locale: options.dateLocale } : {}),
    };
  };
  const report = (p: Omit<ImportProblem, 'path'> & { row?: number }) => {
    const path = p.row !== undefined ? `row ${p.row}${p.column ? `, ${p.column}` : ''}` : '(file)';
    problems.push({ ...p, path });
    if (p.row !== undefined && p.severity !== 'info') attention.add(p.row);
  };

  const hasDate = col('date') !== undefined;
  const hasPlace =
    col('city') !== undefined || (col('lat') !== undefined && col('lon') !== undefined);
  if (!hasDate || !hasPlace) {
    if (!hasDate)
      report({
        code: 'noDateColumn',
        severity: 'error',
        message: 'no column is used for the date',
        hint: 'choose the column that holds the dates',
      });
    if (!hasPlace)
      report({
        code: 'noPlaceColumn',
        severity: 'error',
        message: 'no column is used for the place (a city, or latitude and longitude)',
        hint: 'choose the city column, or the latitude and longitude columns',
      });
    return {
      dataset: null,
      problems,
      unplaced: [],
      stats: {
        rowsRead: table.rows.length,
        eventsCreated: 0,
        placesCreated: 0,
        actorsCreated: 0,
        rowsSkipped: table.rows.length,
        rowsNeedingAttention: 0,
        rowsGeocoded: 0,
      },
    };
  }

  const needsGazetteer = col('city') !== undefined || col('country') !== undefined;
  if (needsGazetteer && !gazetteer)
    report({
      code: 'gazetteerUnavailable',
      severity: 'warning',
      message:
        'the list of world cities could not be loaded: only rows with coordinates are placed',
      hint: 'check your connection to this site and try again, or add latitude and longitude columns',
    });

  const resolver = createPlaceResolver(gazetteer, options.fixes ?? {});
  const places = new Map<string, ResolvedPlace>();
  const unplaced = new Map<string, { part: UnresolvedPart; rows: number[] }>();
  const actors = new Map<string, Actor>();
  const drafts = new Map<string, Draft>();
  const usedIds = new Set<string>();
  let rowsSkipped = 0;
  let rowsGeocoded = 0;

  const actorFor = (name: string): string => {
    const key = normalizeName(name) || name;
    const existing = actors.get(key);
    if (existing) return existing.id;
    let id = slugify(name, 'actor');
    const base = id;
    for (let n = 2; [...actors.values()].some((a) => a.id === id); n++) id = `${base}-${n}`;
    actors.set(key, {
      id,
      name: { en: truncate(name, 200) },
      initials: initialsOf(name),
      kind: 'person',
      country: 'XX',
      color: PALETTE[actors.size % PALETTE.length]!,
    });
    return id;
  };

  const total = table.rows.length;
  const step = Math.max(1, Math.floor(total / 100));
  for (let r = 0; r < total; r++) {
    if (r % step === 0 && options.onProgress && options.onProgress(r / total) === false)
      throw new ImportCancelled();
    const row = table.rows[r]!;
    const rowNumber = table.rowNumbers[r] ?? r + 2;

    // --- Dates -------------------------------------------------------------------------
    const dateText = cell(row, 'date');
    const context = dateContextOf(row);
    const parsed = parseDateText(dateText, order, context);
    if (!parsed.ok) {
      rowsSkipped++;
      const code =
        parsed.reason === 'empty'
          ? 'dateMissing'
          : parsed.reason === 'ambiguous'
            ? 'dateAmbiguous'
            : parsed.reason === 'noYear'
              ? 'dateNoYear'
              : 'dateInvalid';
      report({
        code,
        severity: 'error',
        row: rowNumber,
        column: header('date'),
        value: truncate(dateText, 80),
        message:
          code === 'dateMissing'
            ? 'no date: the row is not imported'
            : code === 'dateAmbiguous'
              ? 'the date reads both as day/month and month/day'
              : code === 'dateNoYear'
                ? 'the date has no year'
                : 'this is not a date the importer can read',
        hint:
          code === 'dateAmbiguous'
            ? 'choose day/month or month/day in the mapping step'
            : code === 'dateNoYear'
              ? 'choose the column that holds the year in the mapping step'
              : parsed.reason === 'twoDigitYear'
                ? 'write the year with four digits'
                : 'write it as YYYY-MM-DD (or 12/02/2025, February 2025, 2025)',
        ...(parsed.reason === 'twoDigitYear' ? { params: { reason: 'twoDigitYear' } } : {}),
      });
      continue;
    }
    const start = parsed.value;
    let last = lastDayOf(start);
    let precision: TravelEvent['precision'] = start.precision;
    const endText = cell(row, 'end');
    if (endText) {
      const end = parseDateText(endText, order, context);
      if (!end.ok) {
        if (end.reason !== 'empty')
          report({
            code: 'endInvalid',
            severity: 'warning',
            row: rowNumber,
            column: header('end'),
            value: truncate(endText, 80),
            message: 'the end date cannot be read; the event keeps its start date only',
            hint: 'write it as YYYY-MM-DD',
          });
      } else {
        const endDay = endOfPrecision(end.value);
        if (toDayNumber(endDay) < toDayNumber(start.start)) {
          report({
            code: 'endBeforeStart',
            severity: 'warning',
            row: rowNumber,
            column: header('end'),
            value: `${dateText} → ${endText}`,
            message: 'the end date is before the start date; the event keeps its start date only',
            hint: 'swap the dates or correct the end date',
          });
        } else {
          last = endDay;
          if (start.precision !== 'day' && end.value.precision === 'day') precision = 'day';
        }
      }
    }
    const precisionText = normalizeName(cell(row, 'precision'));
    const explicitPrecision = PRECISIONS[precisionText];
    if (explicitPrecision) precision = explicitPrecision;

    // --- Places ------------------------------------------------------------------------
    const cityText = cell(row, 'city');
    const countryText = cell(row, 'country');
    const rowPlaces: ResolvedPlace[] = [];
    const latText = cell(row, 'lat');
    const lonText = cell(row, 'lon');
    let usedCoordinates = false;
    if (latText || lonText) {
      const lat = parseCoordinate(latText);
      const lon = parseCoordinate(lonText);
      if (lat === null || lon === null) {
        report({
          code: 'coordsInvalid',
          severity: 'warning',
          row: rowNumber,
          column: lat === null ? header('lat') : header('lon'),
          value: truncate(`${latText}, ${lonText}`, 80),
          message: 'these coordinates are not numbers',
          hint: 'write decimal degrees, e.g. 48.8566 and 2.3522',
        });
      } else {
        const codes = gazetteer && countryText ? countryCodes(gazetteer, countryText) : null;
        const check = checkCoordinates(gazetteer, lat, lon, codes);
        if (check.status === 'outOfRange') {
          report({
            code: 'coordsOutOfRange',
            severity: 'warning',
            row: rowNumber,
            column: header('lat'),
            value: `${latText}, ${lonText}`,
            message: 'latitude must be within ±90 and longitude within ±180',
            hint: 'correct the coordinates',
          });
        } else {
          if (check.status === 'swapped')
            report({
              code: 'coordsSwapped',
              severity: 'warning',
              row: rowNumber,
              column: header('lat'),
              value: `${latText}, ${lonText}`,
              message:
                check.reason === 'range'
                  ? 'latitude and longitude look swapped (out of range as written); they were swapped'
                  : 'latitude and longitude look swapped (outside the named country as written); they were swapped',
              hint: 'check the place on the map; fix the file if the swap is wrong',
              params: { reason: check.reason },
            });
          if (check.status === 'outsideCountry')
            report({
              code: 'coordsOutsideCountry',
              severity: 'warning',
              row: rowNumber,
              column: header('lat'),
              value: `${latText}, ${lonText} (${countryText})`,
              message: 'the point lies outside the named country',
              hint: 'check the coordinates and the country',
            });
          const latR = Math.round(check.lat * 1e5) / 1e5;
          const lonR = Math.round(check.lon * 1e5) / 1e5;
          const name = cityText || `${latR}, ${lonR}`;
          const country =
            codes?.[0] ?? (/^[A-Za-z]{2}$/.test(countryText) ? countryText.toUpperCase() : 'XX');
          rowPlaces.push({
            key: `c${latR},${lonR},${normalizeName(name)}`,
            name,
            country,
            lat: latR,
            lon: lonR,
          });
          usedCoordinates = true;
        }
      }
    }
    let unresolvedHere: readonly UnresolvedPart[] = [];
    if (!usedCoordinates && (cityText || countryText)) {
      const cellPlaces = resolver.resolveCell(cityText, countryText);
      rowPlaces.push(...cellPlaces.places);
      unresolvedHere = cellPlaces.unresolved;
      if (cellPlaces.places.length > 0) rowsGeocoded++;
      if (cellPlaces.countryUnknown)
        report({
          code: 'countryUnknown',
          severity: 'warning',
          row: rowNumber,
          column: header('country'),
          value: truncate(countryText, 80),
          message: 'this country name is not known; the city was looked up in every country',
          hint: 'write the country in English or French, or its two-letter ISO code',
        });
      if (cellPlaces.capitalUsed)
        report({
          code: 'placeMissing',
          severity: 'warning',
          row: rowNumber,
          column: header('city'),
          value: truncate(countryText, 80),
          message: 'no city: the event is placed at the capital',
          hint: 'add the city if the event was elsewhere',
          params: { place: cellPlaces.places[0]?.name ?? '' },
        });
      for (const part of unresolvedHere) {
        const entry = unplaced.get(part.key);
        if (entry) entry.rows.push(rowNumber);
        else unplaced.set(part.key, { part, rows: [rowNumber] });
        report({
          code: 'placeUnknown',
          severity: 'error',
          row: rowNumber,
          column: header('city'),
          value: truncate(part.country ? `${part.city} (${part.country})` : part.city, 80),
          message:
            rowPlaces.length > 0
              ? 'this place was not found; the row keeps its other places'
              : 'this place was not found: the row is not imported until it is placed',
          hint: 'pick a suggestion or type its coordinates in the list of places to fix',
        });
      }
    }
    if (rowPlaces.length === 0) {
      rowsSkipped++;
      if (unresolvedHere.length === 0)
        report({
          code: 'placeMissing',
          severity: 'error',
          row: rowNumber,
          column: header('city') || header('lat'),
          value: '',
          message: 'no place: the row is not imported',
          hint: 'add a city (and country) or coordinates',
        });
      continue;
    }
    const placeIdsKeys: string[] = [];
    for (const p of rowPlaces) {
      if (!places.has(p.key)) places.set(p.key, p);
      placeIdsKeys.push(p.key);
    }

    // --- People, text, sources ---------------------------------------------------------
    const actorText = cell(row, 'actor');
    const actorNames = actorText
      ? actorText
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean)
      : [options.defaultActorName];
    const actorIds = [...new Set(actorNames.map(actorFor))];
    const titleText = cell(row, 'title');
    const description = cell(row, 'description');
    const title = truncate(
      titleText ||
        (description && description.length <= TITLE_MAX ? description : '') ||
        rowPlaces.map((p) => p.name).join(' – '),
      TITLE_MAX,
    );
    const summary =
      description && description !== title ? truncate(description, 20_000) : undefined;
    const kindText = normalizeName(cell(row, 'kind'));
    const kind = KINDS[kindText] ?? 'visit';
    const sources: Source[] = [];
    const sourceText = cell(row, 'source');
    const urlText = cell(row, 'url');
    let url: string | undefined;
    if (urlText) {
      if (isHttpUrl(urlText)) url = urlText;
      else
        report({
          code: 'urlNotHttp',
          severity: 'warning',
          row: rowNumber,
          column: header('url'),
          value: truncate(urlText, 80),
          message: 'only http(s) links are kept; this one was left out',
          hint: 'write a full address starting with https://',
        });
    }
    if (sourceText || url)
      sources.push({
        kind: 'outside',
        title: truncate(sourceText || url || '', 500),
        ...(url ? { url } : {}),
      });

    // --- The event (rows sharing an id are stops of one event) -------------------------
    const idText = cell(row, 'id');
    const existing = idText ? drafts.get(idText) : undefined;
    if (existing) {
      existing.rowNumbers.push(rowNumber);
      for (const k of placeIdsKeys) existing.placeKeys.push(k);
      for (const a of actorIds) if (!existing.actorIds.includes(a)) existing.actorIds.push(a);
      continue;
    }
    let id = idText && ID_RE.test(idText) && !usedIds.has(idText) ? idText : `row-${rowNumber}`;
    for (let n = 2; usedIds.has(id); n++) id = `row-${rowNumber}-${n}`;
    usedIds.add(id);
    const startIso = isoOf(start.start);
    const endIso = isoOf(last);
    const draft: Draft = {
      id,
      rowNumbers: [rowNumber],
      date: startIso,
      precision,
      kind,
      placeKeys: placeIdsKeys,
      actorIds,
      title,
      sources,
      ...(summary ? { summary } : {}),
    };
    const naturalEnd = isoOf(endOfPrecision({ start: start.start, precision: start.precision }));
    if (endIso !== startIso && endIso !== naturalEnd) draft.endDate = endIso;
    else if (precision === 'day' && endIso !== startIso) draft.endDate = endIso;
    drafts.set(idText || `\u0000${id}`, draft);
  }
  options.onProgress?.(1);

  // --- Places and events of the dataset -------------------------------------------------
  const placeIdByKey = new Map<string, string>();
  const datasetPlaces: Place[] = [];
  const usedPlaceIds = new Set<string>();
  for (const p of places.values()) {
    let id = slugify(p.name, 'place');
    if (p.country !== 'XX') id = `${id}-${p.country.toLowerCase()}`;
    const base = id;
    for (let n = 2; usedPlaceIds.has(id); n++) id = `${base}-${n}`;
    usedPlaceIds.add(id);
    placeIdByKey.set(p.key, id);
    datasetPlaces.push({
      id,
      name: { en: truncate(p.name, 200) },
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      prominence: 'primary',
    });
  }
  const events: TravelEvent[] = [];
  for (const d of drafts.values()) {
    const placeIds: string[] = [];
    for (const k of d.placeKeys) {
      const id = placeIdByKey.get(k);
      if (id && placeIds[placeIds.length - 1] !== id) placeIds.push(id);
    }
    if (d.kind === 'call' && placeIds.length < 2) d.kind = 'meeting';
    events.push({
      id: d.id,
      date: d.date,
      ...(d.endDate ? { endDate: d.endDate } : {}),
      precision: d.precision,
      kind: d.kind,
      placeIds,
      actorIds: d.actorIds,
      participants: [],
      title: { en: d.title },
      ...(d.summary ? { summary: { en: d.summary } } : {}),
      sources: d.sources,
    });
  }
  const usedActorIds = new Set(events.flatMap((e) => e.actorIds));
  const datasetActors = [...actors.values()].filter((a) => usedActorIds.has(a.id));

  const unplacedList: UnplacedPlace[] = [...unplaced.values()].map(({ part, rows }) => ({
    key: part.key,
    city: part.city,
    country: part.country,
    rows,
    suggestions: resolver.suggestions(part),
  }));

  let dataset: Dataset | null = null;
  if (events.length > 0) {
    const candidate = {
      schemaVersion: 1 as const,
      id: ID_RE.test(options.datasetId) ? options.datasetId : 'import',
      title: { en: truncate(options.title || 'Import', 200) },
      places: datasetPlaces,
      actors: datasetActors,
      events,
      waypoints: [],
      tours: [],
    };
    const checked = parseDataset(candidate);
    if (checked.ok) dataset = checked.dataset;
    else
      for (const p of checked.problems.slice(0, 20))
        report({
          code: 'schema',
          severity: 'error',
          message: p.message,
          value: p.path,
          hint: p.hint ?? '',
        });
  } else {
    report({
      code: 'noRows',
      severity: 'error',
      message: 'no row could be imported',
      hint: 'check the column choices and the problems listed',
    });
  }

  return {
    dataset,
    problems,
    unplaced: unplacedList,
    stats: {
      rowsRead: total,
      eventsCreated: dataset ? dataset.events.length : 0,
      placesCreated: dataset ? dataset.places.length : 0,
      actorsCreated: dataset ? dataset.actors.length : 0,
      rowsSkipped,
      rowsNeedingAttention: attention.size,
      rowsGeocoded,
    },
  };
}
