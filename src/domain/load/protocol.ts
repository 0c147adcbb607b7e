/**
 * The model worker's protocol: what the page and the worker that parses, validates and
 * indexes a dataset (src/app/modelWorker.ts) say to each other. Pure data shapes and pure
 * functions, so both ends and the unit tests share one definition.
 *
 *   page → worker   LoadRequest   { type: 'load', id, bytes, trusted }   (bytes transferred)
 *   worker → page   progress*     { type: 'progress', id, progress: { phase, fraction } }
 *                   chunk*        { type: 'chunk', id, part, parts, events }  (JSON text)
 *                   then one of   { type: 'result', id, head, index, problems }
 *                                 { type: 'error', id, reason, problems }
 *
 * Progress comes in phase order (PHASES) with fractions that never go back; the page keeps
 * only messages that move forward (`advanceProgress`). The events travel as JSON text in
 * chunks of CHUNK_EVENTS: the page parses one chunk per task, so no single task holds the
 * page for long (a structured clone of 100,000 event objects is one long task). The time
 * index travels columnar: typed arrays whose buffers are transferred, not copied
 * (`encodeModelIndex` / `decodeModelIndex`).
 */
import type { Dataset, TravelEvent } from '../dataset/schema';
import type { Problem } from '../dataset/problems';
import type { TimeIndex } from '../time/timeIndex';
import type { LoadProgress } from './progress';
import { NO_ITEMS } from '../dataset/noItems';

// Progress (its phases and their order) is its own module: the first view's progress note
// needs it, the rest of the protocol only loads with a load.
export {
  PHASES,
  advanceProgress,
  overallFraction,
  type LoadPhase,
  type LoadProgress,
} from './progress';

/**
 * Events as the page parsed them from a chunk, their empty lists (sources, participants,
 * people) replaced in place by one shared empty list: most events of a large dataset have
 * no sources and no participants, and 200,000 empty arrays were 3 MB of heap.
 */
export function shareEmptyLists(events: TravelEvent[]): TravelEvent[] {
  const none = NO_ITEMS as never[];
  for (const e of events) {
    if (e.sources.length === 0) e.sources = none;
    if (e.participants.length === 0) e.participants = none;
    if (e.actorIds.length === 0) e.actorIds = none;
  }
  return events;
}

/** Events per `chunk` message. */
export const CHUNK_EVENTS = 5_000;

/** Why a load failed: not JSON at all, or JSON that is not a valid dataset of the app. */
export type LoadErrorReason = 'json' | 'schema' | 'notAppData';

export interface LoadRequest {
  readonly type: 'load';
  readonly id: number;
  /** The file's bytes (UTF-8 or UTF-16 with BOM), transferred. */
  readonly bytes: ArrayBuffer;
  /** A record shipped with the app (validated by its unit test): skip the validator. */
  readonly trusted: boolean;
}

/** The dataset without its events (they come in `chunk` messages). */
export type DatasetHead = Omit<Dataset, 'events'>;

/** The columnar time index, as it crosses between threads. */
export interface EncodedModelIndex extends Pick<
  TimeIndex,
  | 'eventCount'
  | 'size'
  | 'firsts'
  | 'lasts'
  | 'order'
  | 'positionOf'
  | 'maxLast'
  | 'lastsSorted'
  | 'days'
> {
  /** Every level of the sparse table, one after another. */
  readonly sparse: Int32Array;
  /** Events by place (CSR): the events of place p are placeEvents[placeStart[p] … placeStart[p+1]). */
  readonly placeStart: Int32Array;
  /** Dataset indices of events, by place (in dataset place order), sorted by first day. */
  readonly placeEvents: Int32Array;
}

export type FromModelWorker =
  | { readonly type: 'progress'; readonly id: number; readonly progress: LoadProgress }
  | {
      readonly type: 'chunk';
      readonly id: number;
      /** 0-based number of this chunk, of `parts`. */
      readonly part: number;
      readonly parts: number;
      /** A JSON array of validated events, in dataset order. */
      readonly events: string;
    }
  | {
      readonly type: 'result';
      readonly id: number;
      readonly head: DatasetHead;
      readonly index: EncodedModelIndex;
      /** Notes that do not stop the load (e.g. an older version migrated). */
      readonly problems: readonly Problem[];
    }
  | {
      readonly type: 'error';
      readonly id: number;
      readonly reason: LoadErrorReason;
      readonly problems: readonly Problem[];
    };

/**
 * The time index and the events of each place as typed arrays. The returned `transfer`
 * list holds each buffer once, for `postMessage(message, transfer)`.
 */
export function encodeModelIndex(
  index: TimeIndex,
  eventsByPlace: readonly (readonly number[])[],
): { encoded: EncodedModelIndex; transfer: ArrayBuffer[] } {
  let sparseLength = 0;
  for (const level of index.sparse) sparseLength += level.length;
  const sparse = new Int32Array(sparseLength);
  let at = 0;
  for (const level of index.sparse) {
    sparse.set(level, at);
    at += level.length;
  }
  const placeStart = new Int32Array(eventsByPlace.length + 1);
  let total = 0;
  eventsByPlace.forEach((list, p) => {
    placeStart[p] = total;
    total += list.length;
  });
  placeStart[eventsByPlace.length] = total;
  const placeEvents = new Int32Array(total);
  eventsByPlace.forEach((list, p) => placeEvents.set(list, placeStart[p]!));
  // Copies, so the caller's index stays usable after the buffers are transferred.
  const encoded: EncodedModelIndex = {
    eventCount: index.eventCount,
    size: index.size,
    firsts: index.firsts.slice(),
    lasts: index.lasts.slice(),
    order: index.order.slice(),
    positionOf: index.positionOf.slice(),
    maxLast: index.maxLast.slice(),
    lastsSorted: index.lastsSorted.slice(),
    days: index.days.slice(),
    sparse,
    placeStart,
    placeEvents,
  };
  const transfer = [
    encoded.firsts,
    encoded.lasts,
    encoded.order,
    encoded.positionOf,
    encoded.maxLast,
    encoded.lastsSorted,
    encoded.days,
    sparse,
    placeStart,
    placeEvents,
  ].map((a) => a.buffer as ArrayBuffer);
  return { encoded, transfer };
}

/** Lengths of the sparse table's levels for n sorted events: n - 2^k + 1 while 2^k ≤ n. */
function sparseLevels(n: number): number[] {
  const out: number[] = [];
  for (let k = 0; n > 0 && 1 << k <= n; k++) out.push(n - (1 << k) + 1);
  return out;
}

/** Why an encoded index cannot be used, or null when its arrays fit together. */
export function checkEncodedIndex(encoded: EncodedModelIndex): string | null {
  const { size: n, eventCount } = encoded;
  if (!Number.isInteger(n) || !Number.isInteger(eventCount) || n < 0 || n > eventCount)
    return 'size';
  for (const key of ['firsts', 'lasts', 'order', 'maxLast', 'lastsSorted'] as const)
    if (encoded[key].length !== n) return key;
  if (encoded.positionOf.length !== eventCount) return 'positionOf';
  if (encoded.days.length > n) return 'days';
  const expected = sparseLevels(n).reduce((s, l) => s + l, 0);
  if (encoded.sparse.length !== expected) return 'sparse';
  const places = encoded.placeStart.length - 1;
  if (places < 0 || encoded.placeStart[places] !== encoded.placeEvents.length) return 'placeStart';
  return null;
}

export interface DecodedModelIndex {
  readonly index: TimeIndex;
  /** Dataset indices of each place's events (by place position), sorted by first day. */
  readonly eventsByPlace: readonly (readonly number[])[];
}

/**
 * The index back from its arrays (views on the transferred buffers, no copy of the big
 * ones), with the events' ids, by dataset index. Throws on arrays that do not fit together
 * (a programming error, never user input: the worker builds them).
 */
export function decodeModelIndex(
  encoded: EncodedModelIndex,
  events: readonly Pick<TravelEvent, 'id'>[],
): DecodedModelIndex {
  const problem = checkEncodedIndex(encoded);
  if (problem) throw new Error(`model index: ${problem} does not fit`);
  if (events.length !== encoded.eventCount) throw new Error('model index: event count');
  const n = encoded.size;
  const sparse: Int32Array[] = [];
  let at = 0;
  for (const length of sparseLevels(n)) {
    sparse.push(encoded.sparse.subarray(at, at + length));
    at += length;
  }
  const index: TimeIndex = {
    size: n,
    eventCount: encoded.eventCount,
    ids: events.map((e) => e.id),
    firsts: encoded.firsts,
    lasts: encoded.lasts,
    order: encoded.order,
    positionOf: encoded.positionOf,
    maxLast: encoded.maxLast,
    lastsSorted: encoded.lastsSorted,
    days: encoded.days,
    firstDay: n > 0 ? encoded.firsts[0]! : null,
    lastDay: n > 0 ? encoded.maxLast[n - 1]! : null,
    sparse,
  };
  const places = encoded.placeStart.length - 1;
  const eventsByPlace: number[][] = [];
  for (let p = 0; p < places; p++)
    eventsByPlace.push(
      Array.from(encoded.placeEvents.subarray(encoded.placeStart[p]!, encoded.placeStart[p + 1]!)),
    );
  return { index, eventsByPlace };
}

/**
 * The events of a dataset as `chunk` payloads (JSON arrays of at most `size` events), one
 * at a time: a worker posts each as it is written, so the page parses the first while the
 * next are written.
 */
export function* eventChunks(
  events: readonly TravelEvent[],
  size = CHUNK_EVENTS,
): Generator<string, void, undefined> {
  for (let i = 0; i < events.length; i += size) yield JSON.stringify(events.slice(i, i + size));
}

/** How many `chunk` messages `eventChunks` makes of `count` events. */
export function chunkCount(count: number, size = CHUNK_EVENTS): number {
  return Math.ceil(count / size);
}
