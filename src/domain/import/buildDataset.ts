/**
 * A table + a column mapping → a dataset of the app's format, plus a report: every row
 * either becomes part of an event or is listed as left out with its reason, and every
 * problem names its row, column and value (as a code: the interface words it). Never
 * throws on bad cells; it throws only ImportCancelled when asked to stop.
 *
 * The steps: check the mapping; for each row read its dates, places, people and texts
 * (`rowSteps.ts`); then assemble places, events and people with one id allocator.
 *
 * Rows with the same id (an `id` column) are the stops of one event, in order: this is how
 * the CSV export writes events with several places, so export → import reads back the same.
 */
import { isId } from '../dataset/ids';
import { parseBuiltDataset, type Dataset, type Place, type TravelEvent } from '../dataset/schema';
import { type Gazetteer } from './gazetteer';
import { createIdAllocator, type IdAllocator } from './ids';
import { slugify } from './normalize';
import {
  createPlaceResolver,
  type PlaceResolver,
  type ResolvedPlace,
  type UnresolvedPart,
} from './places';
import {
  createPeople,
  readDates,
  readPeople,
  readPlaces,
  readTexts,
  shorten,
  type MatchedPart,
  type People,
  type Row,
  type RowDates,
  type RowProblem,
  type RowTexts,
} from './rowSteps';
import {
  ImportCancelled,
  type BuildResult,
  type ColumnMapping,
  type DateOrder,
  type Field,
  type ImportProblem,
  type ImportStats,
  type LeftOutRow,
  type MatchedPlace,
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
  /** Places the user fixed, by UnplacedPlace.key (or MatchedPlace.key). */
  readonly fixes?: Readonly<Record<string, PlaceFix>>;
  readonly datasetId: string;
  readonly title: string;
  /** Name of the traveller when the file has no person column. */
  readonly defaultActorName: string;
  readonly onProgress?: Progress;
}

/** A row read by the steps, before ids are given. */
interface Draft {
  readonly id: string;
  readonly dates: RowDates;
  readonly texts: RowTexts;
  readonly placeKeys: string[];
  /** People by key (see `People`). */
  readonly actorKeys: string[];
}

function emptyStats(rowsRead: number, rowsSkipped: number): ImportStats {
  return {
    rowsRead,
    eventsCreated: 0,
    placesCreated: 0,
    actorsCreated: 0,
    rowsSkipped,
    rowsNeedingAttention: 0,
    rowsGeocoded: 0,
  };
}

/** Step 0: a date column and a place (a city, or latitude and longitude) are needed. */
export function mappingProblems(mapping: ColumnMapping): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (mapping.date === undefined)
    problems.push({ code: 'noDateColumn', severity: 'error', path: '(file)' });
  if (mapping.city === undefined && (mapping.lat === undefined || mapping.lon === undefined))
    problems.push({ code: 'noPlaceColumn', severity: 'error', path: '(file)' });
  return problems;
}

/** Row-scoped reporting: the problems of the build, the rows that need attention. */
function createReport() {
  const problems: ImportProblem[] = [];
  const attention = new Set<number>();
  return {
    problems,
    attention,
    add(p: ImportProblem) {
      problems.push(p);
      if (p.row !== undefined && p.severity !== 'info') attention.add(p.row);
    },
  };
}

function rowView(
  table: Table,
  mapping: ColumnMapping,
  cells: readonly string[],
  number: number,
  add: (p: ImportProblem) => void,
): Row {
  const header = (f: Field) => {
    const c = mapping[f];
    return c === undefined ? '' : (table.headers[c] ?? `Column ${c + 1}`);
  };
  return {
    number,
    cell: (f) => {
      const c = mapping[f];
      return c === undefined ? '' : (cells[c] ?? '').trim();
    },
    header,
    report: (p: RowProblem) =>
      add({ ...p, row: number, path: `row ${number}${p.column ? `, ${p.column}` : ''}` }),
  };
}

/** Places found by name that come with suggestions (the review lists this many). */
export const REVIEWED_SUGGESTIONS = 40;

/** Places met while reading, with the rows that name them. */
function createPlaceLog(resolver: PlaceResolver) {
  const places = new Map<string, ResolvedPlace>();
  const unplaced = new Map<string, { part: UnresolvedPart; rows: number[] }>();
  const matched = new Map<string, { part: MatchedPart; rows: number[] }>();
  const note = <T>(
    map: Map<string, { part: T; rows: number[] }>,
    key: string,
    part: T,
    row: number,
  ) => {
    const entry = map.get(key);
    if (entry) {
      if (entry.rows[entry.rows.length - 1] !== row) entry.rows.push(row);
    } else map.set(key, { part, rows: [row] });
  };
  return {
    places,
    addPlaces(list: readonly ResolvedPlace[]) {
      for (const p of list) if (!places.has(p.key)) places.set(p.key, p);
    },
    addUnplaced(part: UnresolvedPart, row: number) {
      note(unplaced, part.key, part, row);
    },
    addMatched(part: MatchedPart, row: number) {
      note(matched, part.fixKey, part, row);
    },
    unplacedList(): UnplacedPlace[] {
      // Grouped by name, the ones that would place the most rows first.
      const groups = [...unplaced.values()].sort(
        (a, b) => b.rows.length - a.rows.length || a.rows[0]! - b.rows[0]!,
      );
      return groups.map(({ part, rows }) => ({
        key: part.key,
        city: part.city,
        country: part.country,
        ...(part.codes?.[0] ? { countryCode: part.codes[0] } : {}),
        rows,
        suggestions: resolver.suggestions(part),
      }));
    },
    matchedList(): MatchedPlace[] {
      // Suggestions cost a fuzzy search each: only for the places the review shows.
      return [...matched.values()].map(({ part, rows }, i) => ({
        key: part.fixKey,
        city: part.city,
        country: part.country,
        match: {
          name: part.place.matched ?? part.place.name,
          country: part.place.country,
          lat: part.place.lat,
          lon: part.place.lon,
        },
        rows,
        suggestions:
          i < REVIEWED_SUGGESTIONS
            ? resolver.suggestions({
                key: part.fixKey,
                city: part.city,
                country: part.country,
                codes: part.country.trim() ? [part.place.country] : null,
              })
            : [],
      }));
    },
  };
}

/** Last step: ids for places and events, the dataset, validated once more. */
function assemble(
  drafts: readonly Draft[],
  places: ReadonlyMap<string, ResolvedPlace>,
  people: People,
  options: BuildOptions,
  ids: { readonly places: IdAllocator; readonly people: IdAllocator },
): { dataset: Dataset | null; problems: ImportProblem[] } {
  const placeIdByKey = new Map<string, string>();
  const datasetPlaces: Place[] = [];
  // Places in the order the events use them (what an export writes), so that a second
  // import of the export gives every place the same id.
  const inUse = new Set(drafts.flatMap((d) => d.placeKeys));
  for (const k of inUse) {
    const p = places.get(k);
    if (!p) continue;
    const slug = slugify(p.name, 'place');
    const id = ids.places.take(p.country !== 'XX' ? `${slug}-${p.country.toLowerCase()}` : slug);
    placeIdByKey.set(p.key, id);
    datasetPlaces.push({
      id,
      name: { en: shorten(p.name, 200) },
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      prominence: 'primary',
    });
  }
  const actors = people.actors(
    drafts.flatMap((d) => d.actorKeys),
    ids.people,
  );
  const events: TravelEvent[] = drafts.map((d) => {
    const ids: string[] = [];
    for (const k of d.placeKeys) {
      const id = placeIdByKey.get(k);
      if (id && ids[ids.length - 1] !== id) ids.push(id);
    }
    const kind = d.texts.kind === 'call' && ids.length < 2 ? 'meeting' : d.texts.kind;
    return {
      id: d.id,
      date: d.dates.date,
      ...(d.dates.endDate ? { endDate: d.dates.endDate } : {}),
      precision: d.dates.precision,
      kind,
      placeIds: ids,
      actorIds: d.actorKeys.map((k) => actors.get(k)!.id),
      participants: [],
      title: { en: d.texts.title },
      ...(d.texts.summary ? { summary: { en: d.texts.summary } } : {}),
      sources: d.texts.sources,
    };
  });
  if (events.length === 0)
    return {
      dataset: null,
      problems: [
        { code: 'noRows', severity: 'error', path: '(file)', params: { reason: 'noneImported' } },
      ],
    };
  const checked = parseBuiltDataset({
    schemaVersion: 1 as const,
    id: isId(options.datasetId) ? options.datasetId : 'import',
    title: { en: shorten(options.title || 'Import', 200) },
    places: datasetPlaces,
    actors: [...actors.values()],
    events,
    waypoints: [],
    tours: [],
  });
  if (checked.ok) return { dataset: checked.dataset, problems: [] };
  return {
    dataset: null,
    problems: checked.problems.slice(0, 20).map((p) => ({ ...p, severity: 'error' as const })),
  };
}

export function buildDataset(table: Table, options: BuildOptions): BuildResult {
  const { mapping, gazetteer } = options;
  const order = options.dateOrder ?? null;
  const total = table.rows.length;
  const report = createReport();

  const missing = mappingProblems(mapping);
  if (missing.length > 0)
    return {
      dataset: null,
      problems: missing,
      unplaced: [],
      matched: [],
      leftOut: [],
      stats: emptyStats(total, total),
    };
  if ((mapping.city !== undefined || mapping.country !== undefined) && !gazetteer)
    report.add({ code: 'gazetteerUnavailable', severity: 'warning', path: '(file)' });

  const resolver = createPlaceResolver(gazetteer, options.fixes ?? {});
  const log = createPlaceLog(resolver);
  const ids = {
    events: createIdAllocator(),
    places: createIdAllocator(),
    people: createIdAllocator(),
  };
  const people = createPeople();
  const drafts = new Map<string, Draft>();
  const leftOut: LeftOutRow[] = [];
  let rowsGeocoded = 0;

  const step = Math.max(1, Math.floor(total / 100));
  for (let r = 0; r < total; r++) {
    if (r % step === 0 && options.onProgress && options.onProgress(r / total) === false)
      throw new ImportCancelled();
    const number = table.rowNumbers[r] ?? r + 2;
    // The first error of a row is why it is left out.
    const first: { error: ImportProblem | null } = { error: null };
    const row = rowView(table, mapping, table.rows[r]!, number, (p) => {
      report.add(p);
      if (p.severity === 'error') first.error ??= p;
    });
    const leaveOut = (fallback?: RowProblem) => {
      if (fallback) row.report(fallback);
      const why: ImportProblem = first.error ?? {
        code: 'placeMissing',
        severity: 'error',
        path: `row ${number}`,
      };
      leftOut.push({
        row: number,
        code: why.code,
        ...(why.value !== undefined ? { value: why.value } : {}),
        ...(why.params ? { params: why.params } : {}),
      });
    };

    const dates = readDates(row, order, options.dateLocale);
    if (!dates) {
      leaveOut();
      continue;
    }
    const found = readPlaces(row, resolver, gazetteer);
    for (const part of found.unresolved) log.addUnplaced(part, number);
    for (const part of found.matched) log.addMatched(part, number);
    if (found.places.length === 0) {
      leaveOut(
        found.unresolved.length === 0
          ? {
              code: 'placeMissing',
              severity: 'error',
              column: row.header('city') || row.header('lat'),
              value: '',
            }
          : undefined,
      );
      continue;
    }
    if (!found.places[0]!.key.startsWith('c')) rowsGeocoded++;
    log.addPlaces(found.places);
    const placeKeys = found.places.map((p) => p.key);
    const actorKeys = readPeople(row, people, options.defaultActorName);
    const texts = readTexts(row, found.places);

    // Rows sharing an id are stops of one event.
    const idText = row.cell('id');
    const existing = idText ? drafts.get(idText) : undefined;
    if (existing) {
      existing.placeKeys.push(...placeKeys);
      for (const a of actorKeys) if (!existing.actorKeys.includes(a)) existing.actorKeys.push(a);
      continue;
    }
    const id = ids.events.take(idText, `row-${number}`);
    drafts.set(idText || `\u0000${id}`, { id, dates, texts, placeKeys, actorKeys });
  }
  options.onProgress?.(1);

  const built = assemble([...drafts.values()], log.places, people, options, ids);
  for (const p of built.problems) report.add(p);
  const dataset = built.dataset;
  return {
    dataset,
    problems: report.problems,
    unplaced: log.unplacedList(),
    matched: log.matchedList(),
    leftOut,
    stats: {
      rowsRead: total,
      eventsCreated: dataset ? dataset.events.length : 0,
      placesCreated: dataset ? dataset.places.length : 0,
      actorsCreated: dataset ? dataset.actors.length : 0,
      rowsSkipped: leftOut.length,
      rowsNeedingAttention: report.attention.size,
      rowsGeocoded,
    },
  };
}
