/**
 * Filters over a dataset's events: by person (several), by country, by period (years).
 * Pure: the store keeps the filter and the narrowed model; map, timeline, lists and
 * playback read the narrowed model, so they all show only what passes.
 */
import type { Dataset, Place, TravelEvent } from '../dataset/schema';
import { isoToDay, toDayNumber } from '../time/calendar';

export interface EventFilter {
  /** Actor ids; empty = everyone. */
  readonly actorIds: readonly string[];
  /** A country as the data names it (event.country), or an ISO code of a place; null = any. */
  readonly country: string | null;
  /** First and last year, inclusive; null = open. */
  readonly fromYear: number | null;
  readonly toYear: number | null;
}

export const NO_FILTER: EventFilter = { actorIds: [], country: null, fromYear: null, toYear: null };

export function isFiltering(f: EventFilter): boolean {
  return f.actorIds.length > 0 || f.country !== null || f.fromYear !== null || f.toYear !== null;
}

/** The countries an event counts for: as its data names it, else its places' ISO codes. */
export function eventCountries(
  e: TravelEvent,
  placeById: ReadonlyMap<string, Place>,
): readonly string[] {
  if (e.country) return [e.country.en];
  const out: string[] = [];
  for (const id of e.placeIds) {
    const c = placeById.get(id)?.country;
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/** Day numbers [first, last] of the filter's period (open ends are ±Infinity). */
export function filterPeriod(f: EventFilter): { first: number; last: number } {
  return {
    first: f.fromYear === null ? -Infinity : toDayNumber({ year: f.fromYear, month: 1, day: 1 }),
    last: f.toYear === null ? Infinity : toDayNumber({ year: f.toYear, month: 12, day: 31 }),
  };
}

export function eventPasses(
  e: TravelEvent,
  f: EventFilter,
  placeById: ReadonlyMap<string, Place>,
): boolean {
  if (f.actorIds.length > 0 && !e.actorIds.some((a) => f.actorIds.includes(a))) return false;
  if (f.country !== null && !eventCountries(e, placeById).includes(f.country)) return false;
  if (f.fromYear !== null || f.toYear !== null) {
    const { first, last } = filterPeriod(f);
    const start = isoToDay(e.date);
    const end = e.endDate ? isoToDay(e.endDate) : start;
    if (start === null || end === null || end < first || start > last) return false;
  }
  return true;
}

/** Keeps the filter's valid parts: known actors, a country some event has, ordered years. */
export function normalizeFilter(f: EventFilter, d: Dataset): EventFilter {
  const actors = new Set(d.actors.map((a) => a.id));
  const actorIds = [...new Set(f.actorIds)].filter((id) => actors.has(id));
  let { fromYear, toYear } = f;
  if (fromYear !== null && !Number.isInteger(fromYear)) fromYear = null;
  if (toYear !== null && !Number.isInteger(toYear)) toYear = null;
  if (fromYear !== null && toYear !== null && fromYear > toYear)
    [fromYear, toYear] = [toYear, fromYear];
  const country =
    f.country !== null && countryOptions(d).some((o) => o.value === f.country) ? f.country : null;
  return { actorIds, country, fromYear, toYear };
}

/**
 * The dataset narrowed to the events that pass; places to those they (or kept waypoints)
 * use; actors to those with an event left (all of them when nothing passes, so the legend
 * still says who there is). Tours keep only steps whose event is kept.
 */
export function filterDataset(d: Dataset, f: EventFilter): Dataset {
  if (!isFiltering(f)) return d;
  const placeById = new Map(d.places.map((p) => [p.id, p]));
  const events = d.events.filter((e) => eventPasses(e, f, placeById));
  const actorIds = new Set(events.flatMap((e) => e.actorIds));
  const { first, last } = filterPeriod(f);
  const waypoints = d.waypoints.filter((w) => {
    if (!actorIds.has(w.actorId)) return false;
    const day = isoToDay(w.date);
    return day !== null && day >= first && day <= last;
  });
  const placeIds = new Set([
    ...events.flatMap((e) => e.placeIds),
    ...waypoints.map((w) => w.placeId),
  ]);
  const eventIds = new Set(events.map((e) => e.id));
  const tours = d.tours
    .map((t) => ({ ...t, steps: t.steps.filter((s) => eventIds.has(s.eventId)) }))
    .filter((t) => t.steps.length > 0);
  const lastEvent = events[events.length - 1];
  return {
    ...d,
    ...(lastEvent ? { defaultDate: pickDefaultDate(d.defaultDate ?? lastEvent.date, events) } : {}),
    places: d.places.filter((p) => placeIds.has(p.id)),
    actors: d.actors.filter((a) => actorIds.has(a.id) || f.actorIds.includes(a.id)),
    events,
    waypoints,
    tours,
  };
}

/** The dataset's default date if an event of the filter covers it, else the last event's. */
function pickDefaultDate(date: string, events: readonly TravelEvent[]): string {
  const day = isoToDay(date);
  const covered = events.some((e) => {
    const s = isoToDay(e.date);
    const t = e.endDate ? isoToDay(e.endDate) : s;
    return day !== null && s !== null && t !== null && day >= s && day <= t;
  });
  return covered ? date : events[events.length - 1]!.date;
}

export interface CountryOption {
  readonly value: string;
  readonly count: number;
}

/** Every country the events count for, with how many events; most frequent first. */
export function countryOptions(d: Dataset): CountryOption[] {
  const placeById = new Map(d.places.map((p) => [p.id, p]));
  const counts = new Map<string, number>();
  for (const e of d.events)
    for (const c of eventCountries(e, placeById)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export interface FilterSummary {
  readonly filtering: boolean;
  /** People with at least one event that passes. */
  readonly people: number;
  readonly totalPeople: number;
  readonly events: number;
  readonly totalEvents: number;
}

export function summarizeFilter(full: Dataset, filtered: Dataset, f: EventFilter): FilterSummary {
  const people = new Set(filtered.events.flatMap((e) => e.actorIds)).size;
  return {
    filtering: isFiltering(f),
    people: isFiltering(f) ? people : full.actors.length,
    totalPeople: full.actors.length,
    events: filtered.events.length,
    totalEvents: full.events.length,
  };
}
