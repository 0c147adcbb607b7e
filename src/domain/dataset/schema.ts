/**
 * The app's own data format (versioned JSON) and its runtime schema.
 * Imports reuse these schemas; `parseDataset` never throws: it returns the dataset
 * or a list of problems naming where and what.
 */
import { z } from 'zod';
import { httpUrl } from '../url';
import { ID_CHARS, MAX_ID_LENGTH } from './ids';
import { NO_ITEMS } from './noItems';
import { isoToDay, parseIsoDay } from '../time/calendar';
import type { Problem, ProblemCode } from './problems';
import type { LocalizedText } from './localized';

export type { Problem, ProblemCode } from './problems';

export const CURRENT_SCHEMA_VERSION = 1;

/** Text in one or more languages; English is the fallback. A plain string means English. */
const localizedObject = z.object({ en: z.string().min(1) }).catchall(z.string().max(20_000));
export const LocalizedTextSchema = z
  .union([z.string().min(1), localizedObject])
  .transform((v) => (typeof v === 'string' ? { en: v } : v));
export type { LocalizedText } from './localized';
export { localized } from './localized';

/** Rule names carried by zod issues as their message, turned into problem codes below. */
const RULES = ['notIsoDay', 'notHttpUrl', 'badId', 'badColor', 'badCountry'] as const;
type Rule = (typeof RULES)[number];
const rule = (r: Rule): string => r;

const isoDay = z.string().refine((s) => parseIsoDay(s) !== null, { message: rule('notIsoDay') });

const httpUrlText = z.string().refine((s) => httpUrl(s) !== null, { message: rule('notHttpUrl') });

const id = z.string().min(1).max(MAX_ID_LENGTH).regex(ID_CHARS, rule('badId'));

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, rule('badColor'));
const countryCode = z.string().regex(/^[A-Z]{2}$/, rule('badCountry'));

export const PlaceSchema = z.object({
  id,
  name: LocalizedTextSchema,
  /** ISO 3166-1 alpha-2 country code. */
  country: countryCode,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** 'primary' places are always labelled; 'context' ones are drawn quietly. */
  prominence: z.enum(['primary', 'context']).default('primary'),
  note: LocalizedTextSchema.optional(),
});

export const ActorSchema = z.object({
  id,
  name: LocalizedTextSchema,
  /** Two or three letters drawn on the traveller marker. */
  initials: z.string().min(1).max(3),
  kind: z.enum(['person', 'delegation']),
  /** ISO 3166-1 alpha-2 code of the country the actor represents. */
  country: countryCode,
  role: LocalizedTextSchema.optional(),
  color,
  /** Where the actor is based (informational; journeys start and end only where the data says). */
  homePlaceId: id.optional(),
  /** Term of office (first and last day; no end while in office). */
  term: z.object({ start: isoDay, end: isoDay.optional() }).optional(),
});

/** An event of another dataset that tells the same thing (shown as a link in the details). */
export const RelatedEventSchema = z.object({ datasetId: id, eventId: id });

export const SourceSchema = z.object({
  kind: z.enum(['article', 'outside']),
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  /** Publication date, YYYY-MM-DD. */
  date: isoDay.optional(),
  url: httpUrlText.optional(),
  /** Supporting sentence, quoted in its original language. */
  quote: z.string().optional(),
  quoteLang: z.string().optional(),
  /** What this source supports (the date, the venue, …). */
  supports: LocalizedTextSchema.optional(),
});

export const DateProvenanceSchema = z.object({
  /** What the article itself says about the date, verbatim (e.g. « lundi »). */
  articleSays: z.string().min(1),
  articlePrecision: z.enum(['day', 'week', 'month', 'year', 'none']),
  /** How the calendar date was derived. */
  derivation: LocalizedTextSchema,
});

export const EventSchema = z.object({
  id,
  /** First calendar day, YYYY-MM-DD (for month/year precision: any day inside it). */
  date: isoDay,
  /** Last calendar day when the event spans several days. */
  endDate: isoDay.optional(),
  precision: z.enum(['day', 'week', 'month', 'year']).default('day'),
  /** 'call' events are remote: drawn as a link between places, never as travel. */
  kind: z.enum(['meeting', 'visit', 'statement', 'call']).default('meeting'),
  placeIds: z.array(id).min(1),
  actorIds: z.array(id).default([]),
  /** Other people present who are not tracked as actors (hosts, delegation members). */
  participants: z.array(LocalizedTextSchema).default([]),
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema.optional(),
  venue: LocalizedTextSchema.optional(),
  dateProvenance: DateProvenanceSchema.optional(),
  sources: z.array(SourceSchema).default([]),
  status: z.enum(['verified', 'partly', 'unverified']).optional(),
  /** The country as the source names it (a territory under its sovereign at the time). */
  country: LocalizedTextSchema.optional(),
  /** The same event in other datasets. */
  related: z.array(RelatedEventSchema).optional(),
});

/** Travel the events alone do not show: where a journey started, ended, or passed. */
export const WaypointSchema = z.object({
  actorId: id,
  placeId: id,
  /** First day at the place. */
  date: isoDay,
  endDate: isoDay.optional(),
  /** true when the data infers it (drawn dashed), false when a source states it. */
  inferred: z.boolean(),
  note: LocalizedTextSchema.optional(),
});

/** A step of a guided tour: an event, an optional map view, a caption. */
export const TourStepSchema = z.object({
  eventId: id,
  caption: LocalizedTextSchema,
  /** Map centre [lat, lon] and zoom; without it the map frames the event's places. */
  view: z
    .object({
      center: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]),
      zoom: z.number().min(0).max(18),
    })
    .optional(),
});

export const TourSchema = z.object({
  id,
  title: LocalizedTextSchema,
  steps: z.array(TourStepSchema).min(1),
});

export const DatasetSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  /** Default view: the day the app opens on and the map frame [[south, west], [north, east]]. */
  defaultDate: isoDay.optional(),
  defaultBounds: z
    .tuple([z.tuple([z.number(), z.number()]), z.tuple([z.number(), z.number()])])
    .optional(),
  places: z.array(PlaceSchema),
  actors: z.array(ActorSchema),
  events: z.array(EventSchema),
  waypoints: z.array(WaypointSchema).default([]),
  /** Guided tours for presenting, in order. */
  tours: z.array(TourSchema).default([]),
});

export type Place = z.output<typeof PlaceSchema>;
export type Actor = z.output<typeof ActorSchema>;
export type Source = z.output<typeof SourceSchema>;
export type DateProvenance = z.output<typeof DateProvenanceSchema>;
export type TravelEvent = z.output<typeof EventSchema>;
export type Waypoint = z.output<typeof WaypointSchema>;
export type Tour = z.output<typeof TourSchema>;
export type TourStep = z.output<typeof TourStepSchema>;
export type RelatedEvent = z.output<typeof RelatedEventSchema>;
export type Dataset = z.output<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;

export type ParseResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

function pathToString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

function preview(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  if (s === undefined) return undefined;
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

/** Cross-record checks the schema cannot express: ids unique, references resolve, dates ordered. */
function checkReferences(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const refProblem = (code: ProblemCode, path: string, id: string): Problem => ({
    code,
    path,
    value: id,
    params: { id },
  });
  const dup = (kind: string, items: readonly { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      if (seen.has(it.id)) problems.push(refProblem('duplicateId', `${kind}[${i}].id`, it.id));
      seen.add(it.id);
    });
    return seen;
  };
  const places = dup('places', d.places);
  const actors = dup('actors', d.actors);
  dup('events', d.events);
  d.actors.forEach((a, i) => {
    if (a.homePlaceId && !places.has(a.homePlaceId))
      problems.push(refProblem('unknownPlace', `actors[${i}].homePlaceId`, a.homePlaceId));
  });
  d.events.forEach((e, i) => {
    e.placeIds.forEach((p, j) => {
      if (!places.has(p))
        problems.push(refProblem('unknownPlace', `events[${i}].placeIds[${j}]`, p));
    });
    e.actorIds.forEach((a, j) => {
      if (!actors.has(a))
        problems.push(refProblem('unknownActor', `events[${i}].actorIds[${j}]`, a));
    });
    if (e.endDate && (isoToDay(e.endDate) ?? 0) < (isoToDay(e.date) ?? 0))
      problems.push({
        code: 'eventEndBeforeStart',
        path: `events[${i}].endDate`,
        value: e.endDate,
      });
    if (e.kind === 'call' && e.placeIds.length < 2)
      problems.push({ code: 'callNeedsTwoPlaces', path: `events[${i}].placeIds` });
  });
  const events = new Set(d.events.map((e) => e.id));
  d.tours.forEach((tour, ti) => {
    tour.steps.forEach((step, si) => {
      if (!events.has(step.eventId))
        problems.push(
          refProblem('unknownEvent', `tours[${ti}].steps[${si}].eventId`, step.eventId),
        );
    });
  });
  d.waypoints.forEach((w, i) => {
    if (!places.has(w.placeId))
      problems.push(refProblem('unknownPlace', `waypoints[${i}].placeId`, w.placeId));
    if (!actors.has(w.actorId))
      problems.push(refProblem('unknownActor', `waypoints[${i}].actorId`, w.actorId));
  });
  return problems;
}

const EXPECTED = new Set(['string', 'number', 'boolean', 'array', 'object']);

/** A zod issue → a problem code with its parameters (zod's own English is not shown). */
function issueProblem(issue: z.core.$ZodIssue, input: unknown): Problem {
  const path = pathToString(issue.path);
  const value = preview(valueAt(input, issue.path));
  const at = value === undefined ? { path } : { path, value };
  const sized = (issue as { origin?: string }).origin;
  const counted = sized === 'string' || sized === 'array';
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { ...at, code: 'required' };
      return {
        ...at,
        code: 'wrongType',
        params: { expected: EXPECTED.has(issue.expected) ? issue.expected : 'other' },
      };
    case 'too_small':
      return {
        ...at,
        code: counted ? 'tooShort' : 'tooSmall',
        params: { minimum: Number(issue.minimum) },
      };
    case 'too_big':
      return {
        ...at,
        code: counted ? 'tooLong' : 'tooBig',
        params: { maximum: Number(issue.maximum) },
      };
    case 'invalid_value':
      return { ...at, code: 'notAllowed', params: { values: issue.values.map(String).join(', ') } };
    default:
      return {
        ...at,
        code: (RULES as readonly string[]).includes(issue.message)
          ? (issue.message as Rule)
          : 'invalidValue',
      };
  }
}

/**
 * Validates untrusted JSON (already parsed) against the current schema. Never throws.
 *
 * The same result and the same problems as the schema alone (`parseDatasetBySchema`), to
 * the key order, but fast on many events: each event in a common form (see `quickEvent`)
 * is checked by hand, any other goes to `EventSchema`, and if one fails the whole dataset
 * goes to the schema, so the problems are exactly its own. The rest of the dataset
 * (places, people, header) is checked by the schema, then the references.
 */
export function parseDataset(input: unknown): ParseResult {
  const wrong = versionProblem(input);
  if (wrong) return wrong;
  const events = (input as { events?: unknown }).events;
  return (Array.isArray(events) && parseEventsApart(input as object, events)) || parseWhole(input);
}

/** The schema alone on the whole dataset: the reference `parseDataset` equals (tests). */
export function parseDatasetBySchema(input: unknown): ParseResult {
  return versionProblem(input) ?? parseWhole(input);
}

function versionProblem(input: unknown): ParseResult | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [{ code: 'notObject', path: '(root)' }] };
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (version === CURRENT_SCHEMA_VERSION) return null;
  const newer = typeof version === 'number' && version > CURRENT_SCHEMA_VERSION;
  const value = preview(version);
  return {
    ok: false,
    problems: [
      {
        path: 'schemaVersion',
        ...(value !== undefined ? { value } : {}),
        ...(newer
          ? {
              code: 'versionNewer' as const,
              params: { version, current: CURRENT_SCHEMA_VERSION },
            }
          : { code: 'versionUnknown' as const }),
      },
    ],
  };
}

function parseWhole(input: unknown): ParseResult {
  const result = DatasetSchema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.slice(0, 200).map((issue) => issueProblem(issue, input)),
    };
  }
  return withReferencesChecked(result.data);
}

function withReferencesChecked(dataset: Dataset): ParseResult {
  const problems = checkReferences(dataset);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset, problems: [] };
}

/** `parseDataset` with the events checked one by one; null when one of them fails. */
function parseEventsApart(input: object, events: readonly unknown[]): ParseResult | null {
  const checked: TravelEvent[] = new Array<TravelEvent>(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const quick = quickEvent(e);
    if (quick) {
      checked[i] = quick;
      continue;
    }
    const slow = EventSchema.safeParse(e);
    if (!slow.success) return null;
    checked[i] = slow.data;
  }
  const rest = DatasetSchema.safeParse({ ...input, events: [] });
  if (!rest.success) return null;
  return withReferencesChecked({ ...rest.data, events: checked });
}

/** The event fields `quickEvent` knows (the others, rarer, go to the schema), by their rank in the schema's order. */
const QUICK_EVENT_KEYS = new Map(
  Object.keys(EventSchema.shape)
    .filter((k) => k !== 'dateProvenance' && k !== 'related')
    .map((k, i) => [k, i]),
);
const PRECISIONS = new Set<unknown>(EventSchema.shape.precision.unwrap().options);
const KINDS = new Set<unknown>(EventSchema.shape.kind.unwrap().options);
const STATUSES = new Set<unknown>(EventSchema.shape.status.unwrap().options);

const isIdText = (v: unknown): boolean =>
  typeof v === 'string' && v.length >= 1 && v.length <= MAX_ID_LENGTH && ID_CHARS.test(v);
const isDayText = (v: unknown): boolean => typeof v === 'string' && parseIsoDay(v) !== null;
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isIdText);

/** English-only text as the schema gives it back (`{ en }`); undefined: ask the schema. */
function englishText(v: unknown): LocalizedText | undefined {
  if (typeof v === 'string') return v.length >= 1 ? { en: v } : undefined;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  for (const k in v) if (k !== 'en') return undefined;
  const en = (v as { en?: unknown }).en;
  return typeof en === 'string' && en.length >= 1 ? (v as LocalizedText) : undefined;
}

/** A list the schema takes, each item as `item` gives it back; left out: the shared empty one. */
function quickList<T>(v: unknown, item: (x: unknown) => T | undefined): readonly T[] | undefined {
  if (v === undefined) return NO_ITEMS;
  if (!Array.isArray(v)) return undefined;
  if (v.length === 0) return v as T[];
  const out = new Array<T>(v.length);
  for (let i = 0; i < v.length; i++) {
    const x = item(v[i]);
    if (x === undefined) return undefined;
    out[i] = x;
  }
  return out;
}

const SOURCE_KEYS = Object.keys(SourceSchema.shape);
const SOURCE_KEY_SET = new Set(SOURCE_KEYS);
const SOURCE_KINDS = new Set<unknown>(SourceSchema.shape.kind.options);
const isText = (v: unknown, min: number): boolean => typeof v === 'string' && v.length >= min;

/** `SourceSchema`'s output for a source, checked by hand; undefined: ask the schema. */
function quickSource(v: unknown): Source | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const s = v as Record<string, unknown>;
  for (const k in s) if (!SOURCE_KEY_SET.has(k) || s[k] === undefined) return undefined;
  if (!SOURCE_KINDS.has(s.kind) || !isText(s.title, 1)) return undefined;
  if (s.publisher !== undefined && !isText(s.publisher, 1)) return undefined;
  if (s.date !== undefined && !isDayText(s.date)) return undefined;
  if (s.url !== undefined && !(typeof s.url === 'string' && httpUrl(s.url) !== null))
    return undefined;
  if (s.quote !== undefined && !isText(s.quote, 0)) return undefined;
  if (s.quoteLang !== undefined && !isText(s.quoteLang, 0)) return undefined;
  const supports = s.supports === undefined ? undefined : englishText(s.supports);
  if (s.supports !== undefined && !supports) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of SOURCE_KEYS) {
    const x = k === 'supports' ? supports : s[k];
    if (x !== undefined) out[k] = x;
  }
  return out as Source;
}

/**
 * `EventSchema`'s output for an event in a common form, checked by hand; null means "ask
 * the schema", never "invalid". The common form: only the fields of QUICK_EVENT_KEYS,
 * none of them set to undefined; texts in English only (a string or `{ en }`), sources
 * with their own fields only. Built in the schema's key order, with
 * its defaults; the schema's rules (ids, calendar days, enums, lengths) checked as it
 * checks them. A unit test holds it to the schema on generated events.
 */
export function quickEvent(e: unknown): TravelEvent | null {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) return null;
  const v = e as Record<string, unknown>;
  // Already what the schema gives (the importer's form): in its order, nothing left out.
  let asIs = true;
  let last = -1;
  for (const k in v) {
    const rank = QUICK_EVENT_KEYS.get(k);
    if (rank === undefined || v[k] === undefined) return null;
    if (rank < last) asIs = false;
    last = rank;
  }
  if (!isIdText(v.id) || !isDayText(v.date)) return null;
  if (v.endDate !== undefined && !isDayText(v.endDate)) return null;
  const precision = v.precision === undefined ? 'day' : v.precision;
  const kind = v.kind === undefined ? 'meeting' : v.kind;
  if (!PRECISIONS.has(precision) || !KINDS.has(kind)) return null;
  const placeIds = v.placeIds;
  if (!isIdList(placeIds) || placeIds.length === 0) return null;
  const actorIds = v.actorIds === undefined ? NO_ITEMS : v.actorIds;
  if (!isIdList(actorIds)) return null;
  const participants = quickList(v.participants, englishText);
  const sources = quickList(v.sources, quickSource);
  const title = englishText(v.title);
  if (!participants || !sources || !title) return null;
  if (v.status !== undefined && !STATUSES.has(v.status)) return null;
  asIs &&=
    v.precision !== undefined &&
    v.kind !== undefined &&
    v.actorIds !== undefined &&
    participants === v.participants &&
    sources === v.sources &&
    title === v.title;
  const out: Record<string, unknown> = { id: v.id, date: v.date };
  if (v.endDate !== undefined) out.endDate = v.endDate;
  out.precision = precision;
  out.kind = kind;
  out.placeIds = placeIds;
  out.actorIds = actorIds;
  out.participants = participants;
  out.title = title;
  for (const k of ['summary', 'venue'] as const) {
    if (v[k] === undefined) continue;
    const text = englishText(v[k]);
    if (!text) return null;
    asIs &&= text === v[k];
    out[k] = text;
  }
  out.sources = sources;
  if (v.status !== undefined) out.status = v.status;
  if (v.country !== undefined) {
    const country = englishText(v.country);
    if (!country) return null;
    asIs &&= country === v.country;
    out.country = country;
  }
  return (asIs ? v : out) as TravelEvent;
}

/** `parseDataset` under the name the importer knows (its check of what it built). */
export const parseBuiltDataset: (input: DatasetInput) => ParseResult = parseDataset;

type Fields = Record<string, unknown>;

/** What the schema writes for fields left out (an event's lists: the one shared empty list). */
const EVENT_DEFAULTS: Fields = {
  precision: 'day',
  kind: 'meeting',
  actorIds: NO_ITEMS,
  participants: NO_ITEMS,
  sources: NO_ITEMS,
};
const PLACE_DEFAULTS: Fields = { prominence: 'primary' };
const EVENT_FIELDS = Object.keys(EventSchema.shape);
const PLACE_FIELDS = Object.keys(PlaceSchema.shape);
const DATASET_FIELDS = Object.keys(DatasetSchema.shape);

/**
 * `value` as it is when it has every field of `defaults`; else a copy with the schema's
 * fields only, in the schema's order (the order an export writes), the missing ones set.
 */
function withDefaults(value: Fields, fields: readonly string[], defaults: Fields): Fields {
  let complete = true;
  for (const k in defaults) if (value[k] === undefined) complete = false;
  if (complete) return value;
  const out: Fields = {};
  for (const k of fields) {
    const v = value[k] === undefined ? defaults[k] : value[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * A trusted dataset (a file shipped with the app and checked by its unit test, e.g. the
 * built-in record) taken without the validator, but as the schema would give it: the
 * fields it leaves out get the schema's defaults (an event's people, participants and
 * sources the one shared empty list, its precision 'day', its kind 'meeting'; a place's
 * prominence 'primary'; no waypoints, no tours), so everything that reads them (the model,
 * the journeys, `shareEmptyLists`) reads what a validated file gives. Nothing else is
 * checked or changed. Changes the parsed JSON it is given, in place.
 */
export function takeTrustedDataset(json: unknown): Dataset {
  const d = json as Fields & { events: Fields[]; places: Fields[] };
  const { events, places } = d;
  for (let i = 0; i < events.length; i++)
    events[i] = withDefaults(events[i]!, EVENT_FIELDS, EVENT_DEFAULTS);
  for (let i = 0; i < places.length; i++)
    places[i] = withDefaults(places[i]!, PLACE_FIELDS, PLACE_DEFAULTS);
  return withDefaults(d, DATASET_FIELDS, { waypoints: [], tours: [] }) as unknown as Dataset;
}
