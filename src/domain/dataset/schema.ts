/**
 * The app's own data format (versioned JSON) and its runtime schema.
 * Imports reuse these schemas; `parseDataset` never throws: it returns the dataset
 * or a list of problems naming where and what.
 */
import { z } from 'zod';
import { httpUrl } from '../url';
import { ID_CHARS, MAX_ID_LENGTH } from './ids';
import { isoToDay, parseIsoDay } from '../time/calendar';

export const CURRENT_SCHEMA_VERSION = 1;

/** Text in one or more languages; English is the fallback. A plain string means English. */
const localizedObject = z.object({ en: z.string().min(1) }).catchall(z.string().max(20_000));
export const LocalizedTextSchema = z
  .union([z.string().min(1), localizedObject])
  .transform((v) => (typeof v === 'string' ? { en: v } : v));
export type { LocalizedText } from './localized';
export { localized } from './localized';

const isoDay = z.string().refine((s) => parseIsoDay(s) !== null, {
  message: 'must be a calendar date written YYYY-MM-DD',
});

const httpUrlText = z
  .string()
  .refine((s) => httpUrl(s) !== null, { message: 'must be an http(s) address' });

const id = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .regex(ID_CHARS, 'ids use letters, digits, _ . : - only');

const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4');

export const PlaceSchema = z.object({
  id,
  name: LocalizedTextSchema,
  /** ISO 3166-1 alpha-2 country code. */
  country: z.string().regex(/^[A-Z]{2}$/),
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
  country: z.string().regex(/^[A-Z]{2}$/),
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

export interface Problem {
  /** Where: a JSON path such as `events[3].date`, or a row/column for tables. */
  readonly path: string;
  readonly message: string;
  readonly value?: string;
  /** What the user can do about it. */
  readonly hint?: string;
}

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
  const dup = (kind: string, items: readonly { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      if (seen.has(it.id))
        problems.push({
          path: `${kind}[${i}].id`,
          message: `duplicate id "${it.id}"`,
          value: it.id,
          hint: 'give each record its own id',
        });
      seen.add(it.id);
    });
    return seen;
  };
  const places = dup('places', d.places);
  const actors = dup('actors', d.actors);
  dup('events', d.events);
  d.actors.forEach((a, i) => {
    if (a.homePlaceId && !places.has(a.homePlaceId))
      problems.push({
        path: `actors[${i}].homePlaceId`,
        message: `unknown place "${a.homePlaceId}"`,
        value: a.homePlaceId,
        hint: 'add the place or remove the reference',
      });
  });
  d.events.forEach((e, i) => {
    e.placeIds.forEach((p, j) => {
      if (!places.has(p))
        problems.push({
          path: `events[${i}].placeIds[${j}]`,
          message: `unknown place "${p}"`,
          value: p,
          hint: 'add the place to "places" or correct the id',
        });
    });
    e.actorIds.forEach((a, j) => {
      if (!actors.has(a))
        problems.push({
          path: `events[${i}].actorIds[${j}]`,
          message: `unknown actor "${a}"`,
          value: a,
          hint: 'add the actor to "actors" or correct the id',
        });
    });
    if (e.endDate && (isoToDay(e.endDate) ?? 0) < (isoToDay(e.date) ?? 0))
      problems.push({
        path: `events[${i}].endDate`,
        message: 'the end date is before the start date',
        value: e.endDate,
        hint: 'swap the dates or correct the end date',
      });
    if (e.kind === 'call' && e.placeIds.length < 2)
      problems.push({
        path: `events[${i}].placeIds`,
        message: 'a call links two places',
        hint: 'list both ends of the call',
      });
  });
  const events = new Set(d.events.map((e) => e.id));
  d.tours.forEach((tour, ti) => {
    tour.steps.forEach((step, si) => {
      if (!events.has(step.eventId))
        problems.push({
          path: `tours[${ti}].steps[${si}].eventId`,
          message: `unknown event "${step.eventId}"`,
          value: step.eventId,
          hint: 'point the step at an event id of this dataset',
        });
    });
  });
  d.waypoints.forEach((w, i) => {
    if (!places.has(w.placeId))
      problems.push({
        path: `waypoints[${i}].placeId`,
        message: `unknown place "${w.placeId}"`,
        value: w.placeId,
      });
    if (!actors.has(w.actorId))
      problems.push({
        path: `waypoints[${i}].actorId`,
        message: `unknown actor "${w.actorId}"`,
        value: w.actorId,
      });
  });
  return problems;
}

/** Validates untrusted JSON (already parsed) against the current schema. Never throws. */
export function parseDataset(input: unknown): ParseResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '(root)', message: 'expected a JSON object' }] };
  }
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (version !== CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'schemaVersion',
          message:
            typeof version === 'number' && version > CURRENT_SCHEMA_VERSION
              ? `made by a newer version of the app (schema ${version}); this app reads up to ${CURRENT_SCHEMA_VERSION}`
              : `unknown schema version`,
          value: preview(version),
          hint: 'export the file again from the app, or set "schemaVersion": 1',
        },
      ],
    };
  }
  const result = DatasetSchema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.slice(0, 200).map((issue) => ({
        path: pathToString(issue.path),
        message: issue.message,
        value: preview(valueAt(input, issue.path)),
      })),
    };
  }
  const problems = checkReferences(result.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: result.data, problems: [] };
}
