/**
 * Journeys: where each actor is, and when, derived from the dataset.
 *
 * ## Stops
 * An actor's stops come from the events they take part in (every place of the event,
 * except 'call' events, which are remote) and from their waypoints. Entries are sorted
 * by first calendar day; consecutive entries at the same place merge into one stop
 * (a waypoint "Riyadh 17 Feb" then events in Riyadh on 18 Feb = one stop 17–18 Feb),
 * unless more than MAX_LEG_DAYS separate them (then they are two stops with a gap).
 *
 * Entries that start on the same day are ordered by data order (events in dataset
 * order, then waypoints in dataset order), grouped by place (two events at one place
 * on one day are one stop), with two adjustments that avoid A→B→A zigzags: a place
 * equal to the stop just before comes first (it continues that stop), and a place whose
 * entry runs on past that day comes last (the actor stays there).
 *
 * ## Time model
 * A stop covering calendar days firstDay..lastDay occupies
 * [firstDay + ARRIVE_FRACTION, lastDay + DEPART_FRACTION], so stops on consecutive days
 * leave the night between them for travel. When n stops share one calendar day, that
 * day's window [ARRIVE_FRACTION, DEPART_FRACTION] is cut into 2n − 1 equal slices:
 * stay, travel, stay, …, stay, so times stay strictly increasing. Month/year/week
 * precision events span their whole range (precisionRange); an endDate extends a stop.
 * Contradictory overlaps (a stop still running when the next one starts) are resolved
 * for timing by ending the earlier stop on the later stop's first day; `firstDay` and
 * `lastDay` keep what the data says.
 *
 * A leg runs from one stop's `depart` to the next stop's `arrive`.
 *
 * ## Inferred
 * A stop is inferred only when all its sources are inferred waypoints. A leg is
 * inferred when either end stop is inferred: if we do not know the actor was at one end,
 * we do not know they made the trip, and the leg must not be presented as fact.
 *
 * ## Gaps
 * A leg longer than MAX_LEG_DAYS (e.g. Antalya, March 2022 → Moscow, February 2025) is a
 * gap in the record, not a trip: `leg.gap` is true, `isDrawnLeg` is false, and
 * `positionAt` reports state 'gap' (whereabouts unknown) during it.
 */
import type { Dataset, LocalizedText, TravelEvent, Waypoint } from '../dataset/schema';
import { isoToDay, parseIsoDay, precisionRange, type DayNumber } from '../time/calendar';
import { distanceKm, greatCircleParts, interpolateGreatCircle } from '../geo/greatCircle';
import { latLng, type LatLng } from '../geo/latlng';

/** Fraction of its first day at which a day-precision stop begins (arrival). */
export const ARRIVE_FRACTION = 0.3;
/** Fraction of its last day at which a day-precision stop ends (departure). */
export const DEPART_FRACTION = 0.7;
/** Legs longer than this (days between departure and arrival) are gaps, not travel. */
export const MAX_LEG_DAYS = 30;

export interface Stop {
  placeId: string;
  position: LatLng;
  /** Instant the stop begins. */
  arrive: DayNumber;
  /** Instant the stop ends. */
  depart: DayNumber;
  /** First calendar day at the place, as the data says. */
  firstDay: DayNumber;
  /** Last calendar day at the place, as the data says. */
  lastDay: DayNumber;
  /** Events (never 'call') held here during the stop, in time order. */
  eventIds: string[];
  /** True only when every source of the stop is an inferred waypoint. */
  inferred: boolean;
  /** The first waypoint note, if any. */
  note?: LocalizedText;
}

export interface Leg {
  fromIndex: number;
  toIndex: number;
  depart: DayNumber;
  arrive: DayNumber;
  /** True when either end stop is inferred. */
  inferred: boolean;
  /** True when the leg lasts more than MAX_LEG_DAYS: a gap in the record, not drawn. */
  gap: boolean;
  /** Great-circle distance between the two stops. */
  distanceKm: number;
  /** Great-circle arc, already split at the antimeridian. */
  path: LatLng[][];
}

export interface Journey {
  actorId: string;
  stops: Stop[];
  legs: Leg[];
}

/** A 'call' event: drawn as a link between places, never as travel. */
export interface RemoteLink {
  eventId: string;
  /** First calendar day of the call. */
  day: DayNumber;
  placeIds: string[];
  actorIds: string[];
  /** Great-circle arcs between consecutive places, split at the antimeridian. */
  path: LatLng[][];
}

export interface ActorPosition {
  /**
   * 'before' the first arrival and 'after' the last departure (at the first/last stop's
   * position); 'at' a stop; 'transit' along a leg; 'gap' during a gap leg, where the
   * actor's whereabouts are unknown (position = the stop before the gap).
   */
  state: 'before' | 'at' | 'transit' | 'gap' | 'after';
  position: LatLng;
  stopIndex?: number;
  legIndex?: number;
  /** 0..1 along the leg. */
  progress?: number;
  inferred: boolean;
}

// --- Derivation ----------------------------------------------------------------------

interface Entry {
  placeId: string;
  first: DayNumber;
  last: DayNumber;
  /** Data order: events first, then waypoints. */
  order: number;
  eventId?: string;
  /** Present for waypoint entries. */
  waypoint?: Waypoint;
}

/** Inclusive calendar-day range of an event (null when its date does not parse). */
function eventRange(e: TravelEvent): { first: DayNumber; last: DayNumber } | null {
  const d = parseIsoDay(e.date);
  if (!d) return null;
  const r = precisionRange(d, e.precision);
  const end = e.endDate !== undefined ? isoToDay(e.endDate) : null;
  return { first: r.first, last: end !== null && end > r.last ? end : r.last };
}

function waypointRange(w: Waypoint): { first: DayNumber; last: DayNumber } | null {
  const first = isoToDay(w.date);
  if (first === null) return null;
  const end = w.endDate !== undefined ? isoToDay(w.endDate) : null;
  return { first, last: end !== null && end > first ? end : first };
}

/**
 * Orders entries: by first day; within one first day, by data order grouped by place,
 * the place of the previous entry first and places that run on past that day last.
 */
function orderEntries(entries: Entry[]): Entry[] {
  const sorted = [...entries].sort((a, b) => a.first - b.first || a.order - b.order);
  const out: Entry[] = [];
  let i = 0;
  while (i < sorted.length) {
    const day = sorted[i]!.first;
    let j = i;
    while (j < sorted.length && sorted[j]!.first === day) j++;
    if (j === i + 1) {
      // The only entry of its day: nothing to group (most days of most people).
      out.push(sorted[i]!);
      i = j;
      continue;
    }
    // Group the day's entries by place, in order of first appearance.
    const groups = new Map<string, Entry[]>();
    for (let k = i; k < j; k++) {
      const e = sorted[k]!;
      const g = groups.get(e.placeId);
      if (g) g.push(e);
      else groups.set(e.placeId, [e]);
    }
    const previousPlace = out[out.length - 1]?.placeId;
    const rank = (placeId: string, g: Entry[]) =>
      placeId === previousPlace ? 0 : g.some((e) => e.last > day) ? 2 : 1;
    const ordered = [...groups.entries()]
      .map(([placeId, g], index) => ({ g, index, rank: rank(placeId, g) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index);
    for (const { g } of ordered) out.push(...g);
    i = j;
  }
  return out;
}

interface Draft {
  placeId: string;
  position: LatLng;
  firstDay: DayNumber;
  lastDay: DayNumber;
  eventIds: string[];
  inferred: boolean;
  note?: LocalizedText;
}

function mergeEntries(entries: Entry[], positions: ReadonlyMap<string, LatLng>): Draft[] {
  const drafts: Draft[] = [];
  for (const e of entries) {
    const position = positions.get(e.placeId);
    if (!position) continue;
    const prev = drafts[drafts.length - 1];
    const entryInferred = e.waypoint !== undefined && e.waypoint.inferred;
    if (prev && prev.placeId === e.placeId && e.first - prev.lastDay <= MAX_LEG_DAYS) {
      prev.lastDay = Math.max(prev.lastDay, e.last);
      prev.inferred = prev.inferred && entryInferred;
      // An event meets a stop only through its own entries, which come one after another
      // (same day, same place, consecutive data order): a repeat can only be the last id.
      // (A search of the whole list made a long stay quadratic.)
      if (e.eventId !== undefined && prev.eventIds[prev.eventIds.length - 1] !== e.eventId)
        prev.eventIds.push(e.eventId);
      if (prev.note === undefined && e.waypoint?.note !== undefined) prev.note = e.waypoint.note;
      continue;
    }
    const draft: Draft = {
      placeId: e.placeId,
      position,
      firstDay: e.first,
      lastDay: e.last,
      eventIds: e.eventId !== undefined ? [e.eventId] : [],
      inferred: entryInferred,
    };
    if (e.waypoint?.note !== undefined) draft.note = e.waypoint.note;
    drafts.push(draft);
  }
  return drafts;
}

/** Assigns arrive/depart instants following the time model (see the module comment). */
function timeStops(drafts: Draft[]): Stop[] {
  // Days used for timing: a stop ends no later than the next one starts.
  const first = drafts.map((d) => d.firstDay);
  const last = drafts.map((d, i) => {
    const next = drafts[i + 1];
    return next ? Math.max(d.firstDay, Math.min(d.lastDay, next.firstDay)) : d.lastDay;
  });
  // Stops touching each boundary day, in stop order. A stop can only share its first or
  // last day with others, so the boundary days are all that matter.
  const byDay = new Map<DayNumber, number[]>();
  const touch = (day: DayNumber, i: number) => {
    const list = byDay.get(day);
    if (!list) byDay.set(day, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  drafts.forEach((_, i) => {
    touch(first[i]!, i);
    touch(last[i]!, i);
  });
  const dayWindow = DEPART_FRACTION - ARRIVE_FRACTION;
  const slot = (day: DayNumber, i: number): { start: number; end: number } => {
    const list = byDay.get(day)!;
    const n = list.length;
    const k = list.indexOf(i);
    const u = dayWindow / (2 * n - 1);
    const start = day + ARRIVE_FRACTION + 2 * k * u;
    return { start, end: start + u };
  };
  return drafts.map((d, i) => {
    const stop: Stop = {
      placeId: d.placeId,
      position: d.position,
      arrive: slot(first[i]!, i).start,
      depart: slot(last[i]!, i).end,
      firstDay: d.firstDay,
      lastDay: d.lastDay,
      eventIds: d.eventIds,
      inferred: d.inferred,
    };
    if (d.note !== undefined) stop.note = d.note;
    return stop;
  });
}

function buildLegs(stops: Stop[]): Leg[] {
  const legs: Leg[] = [];
  for (let i = 0; i + 1 < stops.length; i++) {
    const from = stops[i]!;
    const to = stops[i + 1]!;
    legs.push(
      new LazyLeg(
        i,
        from.depart,
        to.arrive,
        from.inferred || to.inferred,
        to.arrive - from.depart > MAX_LEG_DAYS,
        from.position,
        to.position,
      ),
    );
  }
  return legs;
}

/**
 * A leg whose `path` is made on first read and then kept: the model of a large dataset
 * holds 100,000 legs whose arcs the map draws from its own typed arrays
 * (src/domain/geo/routeGeometry.ts), so most arcs are never needed as objects. A class,
 * not a getter defined on each object: that made every leg a dictionary with two closures
 * (100,000 events: 14,000 legs, 3 MB of heap).
 */
class LazyLeg implements Leg {
  readonly toIndex: number;
  readonly distanceKm: number;
  private cached: LatLng[][] | null = null;
  constructor(
    readonly fromIndex: number,
    readonly depart: DayNumber,
    readonly arrive: DayNumber,
    readonly inferred: boolean,
    readonly gap: boolean,
    private readonly a: LatLng,
    private readonly b: LatLng,
  ) {
    this.toIndex = fromIndex + 1;
    this.distanceKm = distanceKm(a, b);
  }
  get path(): LatLng[][] {
    return (this.cached ??= greatCircleParts(this.a, this.b));
  }
  set path(value: LatLng[][]) {
    this.cached = value;
  }
}

/** A call's link, its `path` made on first read (see LazyLeg). */
class LazyLink implements RemoteLink {
  private cached: LatLng[][] | null = null;
  constructor(
    readonly eventId: string,
    readonly day: DayNumber,
    readonly placeIds: string[],
    readonly actorIds: string[],
    private readonly positions: ReadonlyMap<string, LatLng>,
  ) {}
  get path(): LatLng[][] {
    return (this.cached ??= linkPath(this.placeIds, this.positions));
  }
  set path(value: LatLng[][]) {
    this.cached = value;
  }
}

function linkPath(placeIds: readonly string[], positions: ReadonlyMap<string, LatLng>): LatLng[][] {
  const points = placeIds
    .map((id) => positions.get(id))
    .filter((p): p is LatLng => p !== undefined);
  const path: LatLng[][] = [];
  for (let i = 0; i + 1 < points.length; i++)
    path.push(...greatCircleParts(points[i]!, points[i + 1]!));
  return path;
}

/**
 * Every actor's journey (in dataset actor order; actors with no stop have none) and the
 * remote links of 'call' events (in dataset event order).
 */
export function deriveJourneys(
  dataset: Dataset,
  /**
   * The day range of each event by dataset index, when known already (the model reads it
   * from the time index): 100,000 dates are then not parsed a second time.
   */
  rangeAt: (eventIndex: number) => { first: DayNumber; last: DayNumber } | null = (i) =>
    eventRange(dataset.events[i]!),
): { journeys: Journey[]; links: RemoteLink[] } {
  const positions = new Map<string, LatLng>(
    dataset.places.map((p) => [p.id, latLng(p.lat, p.lon)]),
  );
  const entriesByActor = new Map<string, Entry[]>();
  const add = (actorId: string, entry: Entry) => {
    const list = entriesByActor.get(actorId);
    if (list) list.push(entry);
    else entriesByActor.set(actorId, [entry]);
  };
  const links: RemoteLink[] = [];
  let order = 0;
  const events = dataset.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const range = rangeAt(i);
    if (!range) continue;
    if (e.kind === 'call') {
      const placeIds = [...e.placeIds];
      links.push(new LazyLink(e.id, range.first, placeIds, [...e.actorIds], positions));
      continue;
    }
    // Most events have one person: no set needed to drop a repeated one.
    for (const actorId of e.actorIds.length > 1 ? new Set(e.actorIds) : e.actorIds) {
      for (const placeId of e.placeIds) {
        add(actorId, {
          placeId,
          first: range.first,
          last: range.last,
          order: order++,
          eventId: e.id,
        });
      }
    }
  }
  for (const w of dataset.waypoints) {
    const range = waypointRange(w);
    if (!range) continue;
    add(w.actorId, {
      placeId: w.placeId,
      first: range.first,
      last: range.last,
      order: order++,
      waypoint: w,
    });
  }

  const journeys: Journey[] = [];
  for (const actor of dataset.actors) {
    const entries = entriesByActor.get(actor.id);
    if (!entries) continue;
    const drafts = mergeEntries(orderEntries(entries), positions);
    if (drafts.length === 0) continue;
    const stops = timeStops(drafts);
    journeys.push({ actorId: actor.id, stops, legs: buildLegs(stops) });
  }
  return { journeys, links };
}

// --- Queries ---------------------------------------------------------------------------

/** Index of the last stop whose arrival is ≤ t, or -1. */
function lastArrivedIndex(stops: readonly Stop[], t: DayNumber): number {
  let lo = 0;
  let hi = stops.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (stops[mid]!.arrive <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const NOWHERE = latLng(0, 0);

/** Where the actor is at instant t. O(log stops); allocates only the result. */
export function positionAt(journey: Journey, t: DayNumber): ActorPosition {
  const stops = journey.stops;
  const firstStop = stops[0];
  const lastStop = stops[stops.length - 1];
  if (!firstStop || !lastStop) return { state: 'before', position: NOWHERE, inferred: true };
  if (Number.isNaN(t) || t < firstStop.arrive)
    return {
      state: 'before',
      position: firstStop.position,
      stopIndex: 0,
      inferred: firstStop.inferred,
    };
  if (t > lastStop.depart)
    return {
      state: 'after',
      position: lastStop.position,
      stopIndex: stops.length - 1,
      inferred: lastStop.inferred,
    };
  const i = lastArrivedIndex(stops, t);
  const stop = stops[i]!;
  if (t <= stop.depart)
    return { state: 'at', position: stop.position, stopIndex: i, inferred: stop.inferred };
  const leg = journey.legs[i]!;
  const next = stops[i + 1]!;
  const duration = leg.arrive - leg.depart;
  const progress = duration > 0 ? Math.min(1, Math.max(0, (t - leg.depart) / duration)) : 1;
  if (leg.gap)
    return {
      state: 'gap',
      position: stop.position,
      stopIndex: i,
      legIndex: i,
      progress,
      inferred: true,
    };
  return {
    state: 'transit',
    position: interpolateGreatCircle(stop.position, next.position, progress),
    legIndex: i,
    progress,
    inferred: leg.inferred,
  };
}

/** First arrival and last departure of the journey. */
export function journeyBounds(journey: Journey): { start: DayNumber; end: DayNumber } {
  const first = journey.stops[0];
  const last = journey.stops[journey.stops.length - 1];
  if (!first || !last) return { start: Number.NaN, end: Number.NaN };
  return { start: first.arrive, end: last.depart };
}

/** Number of legs fully completed at t (the traveller has arrived at their end). */
export function legsTravelledBy(journey: Journey, t: DayNumber): number {
  return Math.max(0, lastArrivedIndex(journey.stops, t));
}

/** Whether a leg is drawn on the map: not a gap in the record, and not of zero length. */
export function isDrawnLeg(leg: Leg): boolean {
  return !leg.gap && leg.distanceKm > 0;
}
