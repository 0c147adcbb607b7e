/**
 * The app's compact (columnar) JSON, for very large datasets: the same dataset as the app's
 * JSON, with the events stored column by column (numbers where the app's JSON has text) and
 * their texts de-duplicated in one table. A 1,000,000-event file parses in a fraction of
 * the time of the same events as objects. Documented in the README ("Compact form").
 *
 *   {
 *     "format": "dte-columnar", "version": 1,
 *     "dataset": { …the app's JSON without "events": schemaVersion, id, title, places,
 *                  actors, waypoints, tours… },
 *     "texts": ["Talks in Geneva", { "en": "…", "fr": "…" }, …],  // each distinct text once
 *     "events": {
 *       "count": n,
 *       "id":         ["ev-1", …],            // n strings
 *       "date":       [20143, …],             // n days since 1970-01-01 (calendar days)
 *       "endDate":    [null, 20145, …],       // optional column; null = none
 *       "precision":  [0, …],                 // optional; index in PRECISIONS (default day)
 *       "kind":       [1, …],                 // optional; index in KINDS (default meeting)
 *       "status":     [null, 0, …],           // optional; index in STATUSES
 *       "placeCount": [1, 2, …], "placeIndex": [12, 3, 40, …],  // places[] of each event
 *       "actorCount": [2, 0, …], "actorIndex": [0, 5, …],       // actors[] of each event
 *       "title":      [0, 0, 1, …],           // index in texts
 *       "summary":    [null, 4, …],           // optional; index in texts or null
 *       "venue":      […], "country": […],    // optional, like summary
 *       "extra":      [null, { "sources": […] }, …]  // optional; any other event fields
 *     }
 *   }
 *
 * `decodeColumnar` checks the columns fit together (lengths, integers, indices in range)
 * with a specific problem for each, and returns the app's JSON, which is then validated by
 * the one schema like any other file. Pure: no DOM.
 */
import type { Problem } from './problems';
import { dayToIso, isoToDay } from '../time/calendar';

export const COLUMNAR_FORMAT = 'dte-columnar';
export const COLUMNAR_VERSION = 1;

export const PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export const KINDS = ['meeting', 'visit', 'statement', 'call'] as const;
export const STATUSES = ['verified', 'partly', 'unverified'] as const;

/** Event fields stored as texts-table indices. */
const TEXT_COLUMNS = ['summary', 'venue', 'country'] as const;
/** Event fields that have their own column (everything else goes to `extra`). */
const COLUMN_FIELDS = new Set([
  'id',
  'date',
  'endDate',
  'precision',
  'kind',
  'status',
  'placeIds',
  'actorIds',
  'title',
  ...TEXT_COLUMNS,
]);

type Json = Record<string, unknown>;

/** Day numbers of the years 0001 … 9999, the dates the app's JSON can write. */
const FIRST_DAY = isoToDay('0001-01-01')!;
const LAST_DAY = isoToDay('9999-12-31')!;

export interface ColumnarEvents {
  readonly count: number;
  readonly id: string[];
  readonly date: number[];
  readonly endDate?: (number | null)[];
  readonly precision?: number[];
  readonly kind?: number[];
  readonly status?: (number | null)[];
  readonly placeCount: number[];
  readonly placeIndex: number[];
  readonly actorCount: number[];
  readonly actorIndex: number[];
  readonly title: number[];
  readonly summary?: (number | null)[];
  readonly venue?: (number | null)[];
  readonly country?: (number | null)[];
  readonly extra?: (Json | null)[];
}

export interface ColumnarDataset {
  readonly format: typeof COLUMNAR_FORMAT;
  readonly version: number;
  readonly dataset: Json;
  readonly texts: unknown[];
  readonly events: ColumnarEvents;
}

/** The event shape the encoder reads: the app's JSON (input or validated). */
interface EventLike {
  readonly id: string;
  readonly date: string;
  readonly endDate?: string;
  readonly precision?: string;
  readonly kind?: string;
  readonly status?: string;
  readonly placeIds: readonly string[];
  readonly actorIds?: readonly string[];
  readonly title: unknown;
  readonly [field: string]: unknown;
}

interface DatasetLike {
  readonly places: readonly { readonly id: string }[];
  readonly actors: readonly { readonly id: string }[];
  readonly events: readonly EventLike[];
  readonly [field: string]: unknown;
}

/** True for a value that says it is the columnar form (whatever its state). */
export function isColumnar(json: unknown): boolean {
  return (
    json !== null &&
    typeof json === 'object' &&
    !Array.isArray(json) &&
    (json as Json).format === COLUMNAR_FORMAT
  );
}

/** The app's JSON (input or validated) in the columnar form. Throws on an unknown place,
 * actor or enum value (a dataset that has not been validated). */
export function encodeColumnar(dataset: DatasetLike): ColumnarDataset {
  const { events, ...head } = dataset;
  const placeAt = new Map(dataset.places.map((p, i) => [p.id, i]));
  const actorAt = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const texts: unknown[] = [];
  const textAt = new Map<string, number>();
  const text = (value: unknown): number => {
    const key = typeof value === 'string' ? value : `\u0000${JSON.stringify(value)}`;
    let at = textAt.get(key);
    if (at === undefined) {
      at = texts.length;
      texts.push(value);
      textAt.set(key, at);
    }
    return at;
  };
  const enumIndex = (list: readonly string[], value: string, what: string): number => {
    const i = list.indexOf(value);
    if (i < 0) throw new RangeError(`encodeColumnar: unknown ${what} ${value}`);
    return i;
  };
  const n = events.length;
  const cols = {
    count: n,
    id: [] as string[],
    date: [] as number[],
    endDate: [] as (number | null)[],
    precision: [] as number[],
    kind: [] as number[],
    status: [] as (number | null)[],
    placeCount: [] as number[],
    placeIndex: [] as number[],
    actorCount: [] as number[],
    actorIndex: [] as number[],
    title: [] as number[],
    summary: [] as (number | null)[],
    venue: [] as (number | null)[],
    country: [] as (number | null)[],
    extra: [] as (Json | null)[],
  };
  const used = { endDate: false, status: false, extra: false, precision: false, kind: false };
  const usedText = { summary: false, venue: false, country: false };
  for (const e of events) {
    cols.id.push(e.id);
    const day = isoToDay(e.date);
    if (day === null) throw new RangeError(`encodeColumnar: bad date ${e.date}`);
    cols.date.push(day);
    const end = e.endDate !== undefined ? isoToDay(e.endDate) : null;
    cols.endDate.push(end);
    if (end !== null) used.endDate = true;
    cols.precision.push(enumIndex(PRECISIONS, e.precision ?? 'day', 'precision'));
    if ((e.precision ?? 'day') !== 'day') used.precision = true;
    cols.kind.push(enumIndex(KINDS, e.kind ?? 'meeting', 'kind'));
    if ((e.kind ?? 'meeting') !== 'meeting') used.kind = true;
    cols.status.push(e.status !== undefined ? enumIndex(STATUSES, e.status, 'status') : null);
    if (e.status !== undefined) used.status = true;
    cols.placeCount.push(e.placeIds.length);
    for (const id of e.placeIds) {
      const at = placeAt.get(id);
      if (at === undefined) throw new RangeError(`encodeColumnar: unknown place ${id}`);
      cols.placeIndex.push(at);
    }
    const actors = e.actorIds ?? [];
    cols.actorCount.push(actors.length);
    for (const id of actors) {
      const at = actorAt.get(id);
      if (at === undefined) throw new RangeError(`encodeColumnar: unknown actor ${id}`);
      cols.actorIndex.push(at);
    }
    cols.title.push(text(e.title));
    for (const c of TEXT_COLUMNS) {
      const v = e[c];
      cols[c].push(v !== undefined ? text(v) : null);
      if (v !== undefined) usedText[c] = true;
    }
    let extra: Json | null = null;
    for (const [k, v] of Object.entries(e)) {
      if (COLUMN_FIELDS.has(k) || v === undefined) continue;
      if (Array.isArray(v) && v.length === 0) continue; // the schema's default
      (extra ??= {})[k] = v;
    }
    cols.extra.push(extra);
    if (extra) used.extra = true;
  }
  const out: Record<string, unknown> = {
    count: n,
    id: cols.id,
    date: cols.date,
    placeCount: cols.placeCount,
    placeIndex: cols.placeIndex,
    actorCount: cols.actorCount,
    actorIndex: cols.actorIndex,
    title: cols.title,
  };
  // Columns nobody uses are left out: the reader takes the schema's defaults.
  for (const k of ['endDate', 'status', 'extra', 'precision', 'kind'] as const)
    if (used[k]) out[k] = cols[k];
  for (const k of TEXT_COLUMNS) if (usedText[k]) out[k] = cols[k];
  return {
    format: COLUMNAR_FORMAT,
    version: COLUMNAR_VERSION,
    dataset: head,
    texts,
    events: out as unknown as ColumnarEvents,
  };
}

export type ColumnarReadResult =
  | { readonly ok: true; readonly json: Json }
  | { readonly ok: false; readonly problems: readonly Problem[] };

type ColumnReason = 'missing' | 'length' | 'notInteger' | 'outOfRange' | 'wrongType';

function columnProblem(
  column: string,
  reason: ColumnReason,
  at?: number,
  value?: unknown,
): Problem {
  const shown =
    value === undefined ? undefined : (JSON.stringify(value) ?? String(value)).slice(0, 60);
  return {
    code: 'columnarInvalid',
    path: at === undefined ? `events.${column}` : `events.${column}[${at}]`,
    ...(shown !== undefined ? { value: shown } : {}),
    params: { column, reason },
  };
}

class ColumnError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.path);
  }
}

function fail(column: string, reason: ColumnReason, at?: number, value?: unknown): never {
  throw new ColumnError(columnProblem(column, reason, at, value));
}

function arrayColumn(events: Json, column: string, length: number | null): unknown[] {
  const col = events[column];
  if (col === undefined) fail(column, 'missing');
  if (!Array.isArray(col)) fail(column, 'wrongType', undefined, typeof col);
  if (length !== null && col.length !== length) fail(column, 'length', undefined, col.length);
  return col;
}

/** An integer column (null allowed where `nullable`) with values in [min, max). */
function intColumn(
  events: Json,
  column: string,
  length: number | null,
  max: number,
  nullable: boolean,
  optional = false,
  min = 0,
): (number | null)[] | null {
  if (optional && events[column] === undefined) return null;
  const col = arrayColumn(events, column, length);
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    if (v === null && nullable) continue;
    if (typeof v !== 'number' || !Number.isInteger(v)) fail(column, 'notInteger', i, v);
    if (v < min || v >= max) fail(column, 'outOfRange', i, v);
  }
  return col as (number | null)[];
}

/** The app's JSON from the columnar form, or a problem naming the column that is wrong. */
export function decodeColumnar(input: unknown): ColumnarReadResult {
  if (!isColumnar(input)) return { ok: false, problems: [{ code: 'jsonShape', path: '(root)' }] };
  const c = input as Json;
  if (typeof c.version !== 'number' || !Number.isInteger(c.version) || c.version < 1)
    return {
      ok: false,
      problems: [{ code: 'schemaUnknown', path: 'version', value: String(c.version).slice(0, 40) }],
    };
  if (c.version > COLUMNAR_VERSION)
    return {
      ok: false,
      problems: [
        {
          code: 'schemaNewer',
          path: 'version',
          value: String(c.version),
          params: { version: c.version, current: COLUMNAR_VERSION },
        },
      ],
    };
  try {
    const head = c.dataset;
    if (head === null || typeof head !== 'object' || Array.isArray(head))
      throw new ColumnError({ code: 'notObject', path: 'dataset' });
    const texts = c.texts;
    if (!Array.isArray(texts))
      throw new ColumnError({ code: 'wrongType', path: 'texts', params: { expected: 'array' } });
    const events = c.events;
    if (events === null || typeof events !== 'object' || Array.isArray(events))
      throw new ColumnError({ code: 'notObject', path: 'events' });
    const ev = events as Json;
    const n = ev.count;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
      fail('count', 'notInteger', undefined, n);
    const places = Array.isArray((head as Json).places) ? ((head as Json).places as Json[]) : [];
    const actors = Array.isArray((head as Json).actors) ? ((head as Json).actors as Json[]) : [];
    const ids = arrayColumn(ev, 'id', n);
    const dates = intColumn(ev, 'date', n, LAST_DAY + 1, false, false, FIRST_DAY)!;
    const ends = intColumn(ev, 'endDate', n, LAST_DAY + 1, true, true, FIRST_DAY);
    const precision = intColumn(ev, 'precision', n, PRECISIONS.length, false, true);
    const kind = intColumn(ev, 'kind', n, KINDS.length, false, true);
    const status = intColumn(ev, 'status', n, STATUSES.length, true, true);
    const placeCount = intColumn(ev, 'placeCount', n, Number.MAX_SAFE_INTEGER, false)!;
    const actorCount = intColumn(ev, 'actorCount', n, Number.MAX_SAFE_INTEGER, false)!;
    const placeIndex = intColumn(ev, 'placeIndex', null, places.length, false)!;
    const actorIndex = intColumn(ev, 'actorIndex', null, actors.length, false)!;
    const sum = (a: (number | null)[]) => a.reduce<number>((s, v) => s + (v ?? 0), 0);
    if (sum(placeCount) !== placeIndex.length)
      fail('placeIndex', 'length', undefined, placeIndex.length);
    if (sum(actorCount) !== actorIndex.length)
      fail('actorIndex', 'length', undefined, actorIndex.length);
    const title = intColumn(ev, 'title', n, texts.length, false)!;
    const textCols = TEXT_COLUMNS.map(
      (k) => [k, intColumn(ev, k, n, texts.length, true, true)] as const,
    );
    let extra: unknown[] | null = null;
    if (ev.extra !== undefined) {
      extra = arrayColumn(ev, 'extra', n);
      extra.forEach((x, i) => {
        if (x !== null && (typeof x !== 'object' || Array.isArray(x)))
          fail('extra', 'wrongType', i, x);
      });
    }
    const placeId = (i: number) => places[i]?.id;
    const actorId = (i: number) => actors[i]?.id;
    const out: Json[] = new Array<Json>(n);
    let p = 0;
    let a = 0;
    for (let i = 0; i < n; i++) {
      const e: Json = { id: ids[i], date: dayToIso(dates[i]!) };
      const end = ends?.[i];
      if (end !== null && end !== undefined) e.endDate = dayToIso(end);
      if (precision) e.precision = PRECISIONS[precision[i]!];
      if (kind) e.kind = KINDS[kind[i]!];
      const s = status?.[i];
      if (s !== null && s !== undefined) e.status = STATUSES[s];
      const pc = placeCount[i]!;
      const placeIds: unknown[] = new Array<unknown>(pc);
      for (let j = 0; j < pc; j++) placeIds[j] = placeId(placeIndex[p++]!);
      e.placeIds = placeIds;
      const ac = actorCount[i]!;
      const actorIds: unknown[] = new Array<unknown>(ac);
      for (let j = 0; j < ac; j++) actorIds[j] = actorId(actorIndex[a++]!);
      e.actorIds = actorIds;
      e.title = texts[title[i]!];
      for (const [k, col] of textCols) {
        const t = col?.[i];
        if (t !== null && t !== undefined) e[k] = texts[t];
      }
      const x = extra?.[i];
      if (x) for (const [k, v] of Object.entries(x as Json)) if (!COLUMN_FIELDS.has(k)) e[k] = v;
      out[i] = e;
    }
    return { ok: true, json: { ...(head as Json), events: out } };
  } catch (err) {
    if (err instanceof ColumnError) return { ok: false, problems: [err.problem] };
    throw err;
  }
}
