/**
 * Field errors for the editor, from the same zod schema every import goes through. Each
 * error is a code (translated by the UI) keyed by the field's path, e.g. `date`,
 * `title.en`, `sources.0.url`, so the message is shown at the field it is about.
 */
import type { z } from 'zod';
import {
  ActorSchema,
  EventSchema,
  PlaceSchema,
  SourceSchema,
  TourStepSchema,
  type TravelEvent,
} from '../dataset/schema';
import { isoToDay } from '../time/calendar';

export type FieldErrorCode =
  | 'required'
  | 'date'
  | 'url'
  | 'latitude'
  | 'longitude'
  | 'country'
  | 'color'
  | 'initials'
  | 'placeRequired'
  | 'endBeforeStart'
  | 'callTwoPlaces'
  | 'zoom'
  | 'invalid';

export type FieldErrors = Readonly<Record<string, FieldErrorCode>>;

type Issue = z.core.$ZodIssue;

function codeFor(issue: Issue): FieldErrorCode {
  const last = String(issue.path[issue.path.length - 1] ?? '');
  const parent = String(issue.path[issue.path.length - 2] ?? '');
  if (last === 'url') return 'url';
  if (last === 'date' || last === 'endDate') return 'date';
  if (last === 'lat' || (parent === 'center' && last === '0')) return 'latitude';
  if (last === 'lon' || (parent === 'center' && last === '1')) return 'longitude';
  if (last === 'zoom') return 'zoom';
  if (last === 'country') return 'country';
  if (last === 'color') return 'color';
  if (last === 'initials') return 'initials';
  if (last === 'placeIds') return 'placeRequired';
  if (issue.code === 'too_small' || issue.code === 'invalid_union') return 'required';
  return 'invalid';
}

function collect(result: {
  success: boolean;
  error?: { issues: Issue[] };
}): Record<string, FieldErrorCode> {
  const out: Record<string, FieldErrorCode> = {};
  if (result.success || !result.error) return out;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    // A text given as { en, fr }: an empty English one is reported at `title.en`.
    const key = issue.code === 'invalid_union' ? `${path}.en` : path;
    out[key] ??= codeFor(issue);
  }
  return out;
}

/** Errors of one event, including the checks across fields the schema alone cannot make. */
export function eventErrors(event: unknown): FieldErrors {
  const out = collect(EventSchema.safeParse(event));
  const e = event as Partial<TravelEvent>;
  if (!out.endDate && e.endDate && e.date) {
    const a = isoToDay(e.date);
    const b = isoToDay(e.endDate);
    if (a !== null && b !== null && b < a) out.endDate = 'endBeforeStart';
  }
  if (!out.placeIds && e.kind === 'call' && (e.placeIds?.length ?? 0) < 2)
    out.placeIds = 'callTwoPlaces';
  return out;
}

export function placeErrors(place: unknown): FieldErrors {
  return collect(PlaceSchema.safeParse(place));
}

export function actorErrors(actor: unknown): FieldErrors {
  return collect(ActorSchema.safeParse(actor));
}

export function sourceErrors(source: unknown): FieldErrors {
  return collect(SourceSchema.safeParse(source));
}

export function stepErrors(step: unknown): FieldErrors {
  return collect(TourStepSchema.safeParse(step));
}

/**
 * The error a single value would give at `field` of a record of `kind` (checked by
 * putting it into the record and validating that record), or null when it is valid.
 */
export function fieldError(
  kind: 'event' | 'place' | 'actor' | 'source' | 'step',
  record: object,
  field: string,
  value: unknown,
): FieldErrorCode | null {
  const path = field.split('.');
  const candidate = setPath(record, path, value);
  const errors =
    kind === 'event'
      ? eventErrors(candidate)
      : kind === 'place'
        ? placeErrors(candidate)
        : kind === 'actor'
          ? actorErrors(candidate)
          : kind === 'source'
            ? sourceErrors(candidate)
            : stepErrors(candidate);
  return errors[field] ?? null;
}

function setPath(record: object, path: readonly string[], value: unknown): object {
  if (path.length === 0) return value as object;
  const [head, ...rest] = path as [string, ...string[]];
  const base = (Array.isArray(record) ? record.slice() : { ...record }) as Record<string, unknown>;
  const child = base[head];
  base[head] =
    rest.length === 0
      ? value
      : setPath(child && typeof child === 'object' ? child : {}, rest, value);
  return base;
}
