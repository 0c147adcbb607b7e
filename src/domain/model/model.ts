/**
 * Everything derived once from a dataset: lookups, the time index, journeys.
 * Built when a dataset is loaded, never per frame.
 */
import type { Dataset, Place, Actor, TravelEvent } from '../dataset/schema';
import { isoToDay } from '../time/calendar';
import { buildTimeIndex, eventDayRange, type TimeIndex } from '../time/timeIndex';
import { deriveJourneys, type Journey, type RemoteLink } from '../journeys/journeys';
import { eventInstant } from '../playback/playback';

export interface EventSpan {
  readonly first: number;
  readonly last: number;
}

export interface DatasetModel {
  readonly dataset: Dataset;
  readonly placeById: ReadonlyMap<string, Place>;
  readonly actorById: ReadonlyMap<string, Actor>;
  /** An event by id (read through `eventIndexById`: one map of 100,000 ids, not two). */
  readonly eventById: Pick<ReadonlyMap<string, TravelEvent>, 'get' | 'has'>;
  /** Index of each event in dataset.events. */
  readonly eventIndexById: ReadonlyMap<string, number>;
  /** Inclusive calendar-day span of each event, by dataset index. */
  readonly spans: readonly EventSpan[];
  readonly index: TimeIndex;
  /** Instants of events (midday of their first day), sorted ascending, distinct. */
  readonly eventInstants: readonly number[];
  readonly journeys: readonly Journey[];
  readonly links: readonly RemoteLink[];
  /** Event indices per place id, sorted by date. */
  readonly eventsByPlace: ReadonlyMap<string, readonly number[]>;
  /** Groups of events separated by long gaps (e.g. March 2022 and February 2025). */
  readonly clusters: readonly EventSpan[];
  readonly extent: EventSpan;
  readonly defaultDay: number;
}

const CLUSTER_GAP_DAYS = 60;

/**
 * An event's span, as a class of its own: its days are integers, which V8 then keeps
 * unboxed. As a `{ first, last }` literal it shared its hidden class with every other such
 * literal in the app, one of which held a fraction, so each of the 100,000 spans of a large
 * dataset held two boxed numbers (2.4 MB of heap).
 */
class DaySpan implements EventSpan {
  readonly first: number;
  readonly last: number;
  constructor(first: number, last: number) {
    this.first = first;
    this.last = last;
  }
}

function spanOf(e: TravelEvent): EventSpan {
  // Validated datasets always have a usable date; the fallback only guards the type.
  const r = eventDayRange(e);
  return r ? new DaySpan(r.first, r.last) : new DaySpan(0, 0);
}

function defaultIsoOf(dataset: Dataset): number | null {
  return dataset.defaultDate ? isoToDay(dataset.defaultDate) : null;
}

/** Parts of the model a worker may have built already (src/domain/load/protocol.ts). */
export interface PrebuiltModelParts {
  readonly index: TimeIndex;
  /** Dataset indices of each place's events, by position in `dataset.places`, by date. */
  readonly eventsByPlace?: readonly (readonly number[])[];
}

/** The span of each event, by dataset index, read from the index (no date parsing). */
function spansFromIndex(index: TimeIndex): EventSpan[] {
  const spans: EventSpan[] = new Array<EventSpan>(index.eventCount);
  for (let i = 0; i < index.eventCount; i++) {
    const p = index.positionOf[i]!;
    spans[i] = p >= 0 ? new DaySpan(index.firsts[p]!, index.lasts[p]!) : new DaySpan(0, 0);
  }
  return spans;
}

/**
 * Dataset indices of each place's events (by position in `dataset.places`), sorted by
 * first day (ties by dataset order). Events naming an unknown place are left out of it.
 */
export function eventsByPlaceIndex(
  dataset: Pick<Dataset, 'places' | 'events'>,
  spans: readonly EventSpan[] | null,
  index?: Pick<TimeIndex, 'size' | 'eventCount' | 'order'>,
): number[][] {
  const position = new Map(dataset.places.map((p, i) => [p.id, i]));
  const lists: number[][] = dataset.places.map(() => []);
  const add = (i: number) => {
    for (const id of dataset.events[i]!.placeIds) {
      const p = position.get(id);
      if (p !== undefined) lists[p]!.push(i);
    }
  };
  if (index && index.size === index.eventCount && index.eventCount === dataset.events.length) {
    // Every event indexed: the index's order is already by first day, ties by dataset
    // order, so each list comes out sorted (at 1,000,000 events, no 1,000,000-item sort).
    for (let p = 0; p < index.size; p++) add(index.order[p]!);
    return lists;
  }
  if (!spans)
    throw new Error('eventsByPlaceIndex: spans are needed when events are not all indexed');
  for (let i = 0; i < dataset.events.length; i++) add(i);
  for (const list of lists) list.sort((a, b) => spans[a]!.first - spans[b]!.first || a - b);
  return lists;
}

export function buildModel(dataset: Dataset, prebuilt?: PrebuiltModelParts): DatasetModel {
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const actorById = new Map(dataset.actors.map((a) => [a.id, a]));
  const eventIndexById = new Map(dataset.events.map((e, i) => [e.id, i]));
  const eventById: DatasetModel['eventById'] = {
    get: (id) => {
      const i = eventIndexById.get(id);
      return i === undefined ? undefined : dataset.events[i];
    },
    has: (id) => eventIndexById.has(id),
  };
  const index = prebuilt?.index ?? buildTimeIndex(dataset.events);
  const spans = prebuilt ? spansFromIndex(index) : dataset.events.map(spanOf);
  // Every event indexed (always so for a validated dataset): the index has the first days
  // sorted already. Otherwise (an unusable date reads as day 0) from the spans.
  const allIndexed = index.size === spans.length;
  const instants = allIndexed
    ? Array.from(index.days, eventInstant)
    : Array.from(new Set(spans.map((s) => eventInstant(s.first)))).sort((a, b) => a - b);
  // Ranges from the spans (read from the index), not parsed again; skipped events have none.
  const { journeys, links } = deriveJourneys(dataset, (i) =>
    index.positionOf[i]! >= 0 ? spans[i]! : null,
  );

  const eventsByPlace = new Map<string, number[]>();
  const byPosition = prebuilt?.eventsByPlace ?? eventsByPlaceIndex(dataset, spans, index);
  dataset.places.forEach((p, i) => {
    const list = byPosition[i];
    if (list && list.length > 0) eventsByPlace.set(p.id, list as number[]);
  });

  const clusters: EventSpan[] = [];
  const addToClusters = (first: number, lastDay: number) => {
    const last = clusters[clusters.length - 1];
    if (last && first - last.last <= CLUSTER_GAP_DAYS) {
      clusters[clusters.length - 1] = { first: last.first, last: Math.max(last.last, lastDay) };
    } else clusters.push({ first, last: lastDay });
  };
  if (allIndexed)
    for (let p = 0; p < index.size; p++) addToClusters(index.firsts[p]!, index.lasts[p]!);
  else for (const s of [...spans].sort((a, b) => a.first - b.first)) addToClusters(s.first, s.last);
  const extent: EventSpan = clusters.length
    ? { first: clusters[0]!.first, last: Math.max(...clusters.map((c) => c.last)) }
    : { first: defaultIsoOf(dataset) ?? 0, last: defaultIsoOf(dataset) ?? 0 };
  const defaultIso = defaultIsoOf(dataset);
  const defaultDay = defaultIso !== null ? defaultIso + 0.5 : (instants[0] ?? extent.first + 0.5);

  return {
    dataset,
    placeById,
    actorById,
    eventById,
    eventIndexById,
    spans,
    index,
    eventInstants: instants,
    journeys,
    links,
    eventsByPlace,
    clusters,
    extent,
    defaultDay,
  };
}
