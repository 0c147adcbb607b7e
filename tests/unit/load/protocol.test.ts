import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../support/synthetic';
import { parseDataset, type Dataset } from '../../../src/domain/dataset/schema';
import {
  advanceProgress,
  checkEncodedIndex,
  decodeModelIndex,
  encodeModelIndex,
  eventChunks,
  overallFraction,
  PHASES,
  shareEmptyLists,
  type EncodedModelIndex,
  type LoadProgress,
} from '../../../src/domain/load/protocol';
import { buildModelParts, readDatasetBytes } from '../../../src/domain/load/loadCore';
import { buildModel, eventsByPlaceIndex } from '../../../src/domain/model/model';
import {
  buildTimeIndex,
  eventsInRange,
  nextEvent,
  prevEvent,
} from '../../../src/domain/time/timeIndex';
import { formatProblem } from '../../../src/i18n/problems';

function dataset(events: number, seed = 3): Dataset {
  const parsed = parseDataset(generateDataset({ events, seed }));
  if (!parsed.ok) throw new Error('the generator made an invalid dataset');
  return parsed.dataset;
}

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** What postMessage does with a transfer list: clone the message, move the buffers. */
function transferred(encoded: EncodedModelIndex, transfer: ArrayBuffer[]): EncodedModelIndex {
  return structuredClone(encoded, { transfer });
}

describe('the columnar model index', () => {
  const d = dataset(3000);
  const parts = buildModelParts(d);

  it('comes back from its typed arrays answering every query as the original', () => {
    const { encoded, transfer } = encodeModelIndex(parts.index, parts.eventsByPlace);
    const decoded = decodeModelIndex(transferred(encoded, transfer), d.events);
    const a = parts.index;
    const b = decoded.index;
    expect(b.size).toBe(a.size);
    expect(b.ids).toEqual(a.ids);
    expect(Array.from(b.firsts)).toEqual(Array.from(a.firsts));
    expect(b.sparse.map((l) => Array.from(l))).toEqual(a.sparse.map((l) => Array.from(l)));
    expect(b.firstDay).toBe(a.firstDay);
    expect(b.lastDay).toBe(a.lastDay);
    for (let day = a.firstDay! - 3; day <= a.lastDay! + 3; day += 7) {
      expect(eventsInRange(b, day, day + 10)).toEqual(eventsInRange(a, day, day + 10));
      expect(nextEvent(b, day)).toBe(nextEvent(a, day));
      expect(prevEvent(b, day)).toBe(prevEvent(a, day));
    }
    expect(decoded.eventsByPlace).toEqual(parts.eventsByPlace);
  });

  it('moves its buffers (transferred, not copied) and leaves the worker’s index usable', () => {
    const { encoded, transfer } = encodeModelIndex(parts.index, parts.eventsByPlace);
    expect(new Set(transfer).size).toBe(transfer.length);
    const moved = transferred(encoded, transfer);
    expect(encoded.firsts.byteLength).toBe(0); // detached on the sending side
    expect(encoded.placeEvents.byteLength).toBe(0);
    expect(moved.firsts.length).toBe(parts.index.size);
    expect(parts.index.firsts.length).toBe(parts.index.size);
  });

  it('gives the same model as building it all on the main thread', () => {
    const { encoded, transfer } = encodeModelIndex(parts.index, parts.eventsByPlace);
    const decoded = decodeModelIndex(transferred(encoded, transfer), d.events);
    const fromWorker = buildModel(d, decoded);
    const here = buildModel(d);
    expect(fromWorker.spans).toEqual(here.spans);
    expect(fromWorker.eventInstants).toEqual(here.eventInstants);
    expect(fromWorker.clusters).toEqual(here.clusters);
    expect(fromWorker.extent).toEqual(here.extent);
    expect([...fromWorker.eventsByPlace]).toEqual([...here.eventsByPlace]);
  });

  it('refuses arrays that do not fit together', () => {
    const { encoded } = encodeModelIndex(parts.index, parts.eventsByPlace);
    expect(checkEncodedIndex(encoded)).toBeNull();
    expect(checkEncodedIndex({ ...encoded, lasts: encoded.lasts.subarray(1) })).toBe('lasts');
    expect(checkEncodedIndex({ ...encoded, sparse: encoded.sparse.subarray(1) })).toBe('sparse');
    expect(() => decodeModelIndex(encoded, d.events.slice(1))).toThrow(/event count/);
  });

  it('encodes an empty dataset', () => {
    const empty = { ...d, events: [] };
    const p = buildModelParts(empty);
    const { encoded, transfer } = encodeModelIndex(p.index, p.eventsByPlace);
    const decoded = decodeModelIndex(transferred(encoded, transfer), []);
    expect(decoded.index.size).toBe(0);
    expect(decoded.index.firstDay).toBeNull();
    expect(decoded.eventsByPlace.every((l) => l.length === 0)).toBe(true);
  });
});

describe('the events of each place', () => {
  // Same-day events at one place (ties) and events listed out of date order.
  const d = dataset(3000, 11);
  const reversed = { ...d, events: [...d.events].reverse() };
  const sortedBySpans = (ds: Dataset) => {
    const index = buildTimeIndex(ds.events);
    const spans = ds.events.map((_, i) => {
      const p = index.positionOf[i]!;
      return { first: index.firsts[p]!, last: index.lasts[p]! };
    });
    return { index, lists: eventsByPlaceIndex(ds, spans) };
  };

  it('read in the time index’s order are the lists sorted by first day, ties by dataset order', () => {
    for (const ds of [d, reversed]) {
      const { index, lists } = sortedBySpans(ds);
      expect(eventsByPlaceIndex(ds, null, index)).toEqual(lists);
      const busiest = lists.reduce((a, b) => (b.length > a.length ? b : a));
      expect(busiest.length).toBeGreaterThan(20);
      for (let k = 1; k < busiest.length; k++) {
        const a = index.firsts[index.positionOf[busiest[k - 1]!]!]!;
        const b = index.firsts[index.positionOf[busiest[k]!]!]!;
        expect(a < b || (a === b && busiest[k - 1]! < busiest[k]!)).toBe(true);
      }
    }
  });

  it('sorts by the spans when the index skipped an event, and needs them then', () => {
    const broken = { ...d, events: d.events.map((e, i) => (i === 5 ? { ...e, date: 'soon' } : e)) };
    const index = buildTimeIndex(broken.events);
    expect(index.size).toBe(broken.events.length - 1);
    expect(() => eventsByPlaceIndex(broken, null, index)).toThrow();
    const lists = buildModelParts(broken).eventsByPlace;
    const place = broken.places.findIndex((p) => p.id === broken.events[5]!.placeIds[0]);
    expect(lists[place]![0]).toBe(5); // its span reads as day 0, before every other date
  });
});

describe('events in chunks', () => {
  it('are the events, in order, in JSON arrays of at most the chunk size', () => {
    const d = dataset(1200);
    const chunks = [...eventChunks(d.events, 500)];
    expect(chunks).toHaveLength(3);
    expect(chunks.flatMap((c) => JSON.parse(c) as unknown[])).toEqual(d.events);
  });
});

describe('reading a file in the worker', () => {
  it('says why a file is not JSON, with the problem the main thread gave', () => {
    const out = readDatasetBytes(new TextEncoder().encode('{"schemaVersion": 1,'), false);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.reason).toBe('json');
    expect(out.problems[0]!.code).toBe('jsonInvalid');
  });

  it('names each schema problem with its path, in English and French', () => {
    const bad = generateDataset({ events: 5, seed: 2 });
    const events = bad.events.map((e, i) => (i === 3 ? { ...e, date: '24/02/2025' } : e));
    const out = readDatasetBytes(bytesOf({ ...bad, events }), false);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.reason).toBe('schema');
    const problem = out.problems.find((p) => p.path === 'events[3].date');
    expect(problem?.code).toBe('notIsoDay');
    expect(formatProblem(problem!, 'en').message).not.toBe(formatProblem(problem!, 'fr').message);
  });

  it('refuses a newer version with its own problem', () => {
    const out = readDatasetBytes(
      bytesOf({ ...generateDataset({ events: 2 }), schemaVersion: 9 }),
      false,
    );
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.problems.map((p) => p.code)).toEqual(['schemaNewer']);
  });

  it('hands a CSV or a GeoJSON back to the importer', () => {
    const csv = readDatasetBytes(new TextEncoder().encode('date,city\n2025-02-24,Ankara\n'), false);
    expect(csv).toEqual({ ok: false, reason: 'notAppData', problems: [] });
    const geojson = readDatasetBytes(bytesOf({ type: 'FeatureCollection', features: [] }), false);
    expect(geojson).toEqual({ ok: false, reason: 'notAppData', problems: [] });
  });

  it('reads UTF-16 with a byte order mark', () => {
    const text = JSON.stringify(generateDataset({ events: 3 }));
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(readDatasetBytes(bytes, false).ok).toBe(true);
  });

  it('reports progress in phase order, never going back', () => {
    const seen: LoadProgress[] = [];
    const out = readDatasetBytes(bytesOf(generateDataset({ events: 50 })), false, (p) =>
      seen.push(p),
    );
    if (!out.ok) throw new Error('expected a dataset');
    buildModelParts(out.dataset, (p) => seen.push(p));
    const phases = seen.map((p) => PHASES.indexOf(p.phase));
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(new Set(seen.map((p) => p.phase))).toEqual(new Set(['parse', 'validate', 'index']));
    const overall = seen.map(overallFraction);
    expect(overall).toEqual([...overall].sort((a, b) => a - b));
  });
});

describe('progress shown to the user', () => {
  it('moves forward only', () => {
    const validate: LoadProgress = { phase: 'validate', fraction: null };
    const receiving: LoadProgress = { phase: 'receive', fraction: 0.5 };
    expect(advanceProgress(null, validate)).toBe(validate);
    expect(advanceProgress(validate, receiving)).toBe(receiving);
    expect(advanceProgress(receiving, validate)).toBe(receiving);
    expect(advanceProgress(receiving, { phase: 'receive', fraction: 0.25 })).toBe(receiving);
    const more = { phase: 'receive', fraction: 0.75 } as const;
    expect(advanceProgress(receiving, more)).toBe(more);
    expect(advanceProgress(more, { phase: 'receive', fraction: null })).toBe(more);
  });

  it('is 0 at the start, 1 at the end, and grows through the phases', () => {
    expect(overallFraction({ phase: 'download', fraction: 0 })).toBe(0);
    expect(overallFraction({ phase: 'index', fraction: 1 })).toBeCloseTo(1, 10);
    const steps = PHASES.flatMap((phase) =>
      [0, 0.5, 1].map((fraction) => overallFraction({ phase, fraction })),
    );
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(overallFraction({ phase: 'index', fraction: 7 })).toBe(
      overallFraction({ phase: 'index', fraction: 1 }),
    );
  });
});

describe('shareEmptyLists', () => {
  it('gives every empty list of parsed events one frozen array, and keeps the others', () => {
    const events = JSON.parse(
      JSON.stringify([
        {
          id: 'a',
          date: '2025-02-18',
          kind: 'visit',
          placeIds: ['p'],
          actorIds: [],
          participants: [],
          sources: [],
          title: { en: 'A' },
        },
        {
          id: 'b',
          date: '2025-02-19',
          kind: 'visit',
          placeIds: ['p'],
          actorIds: ['x'],
          participants: [],
          sources: [{ kind: 'article', title: 'S' }],
          title: { en: 'B' },
        },
        {
          id: 'c',
          date: '2025-02-20',
          kind: 'call',
          placeIds: ['p', 'q'],
          actorIds: [],
          participants: [{ en: 'P' }],
          sources: [],
          title: { en: 'C' },
        },
      ]),
    ) as Dataset['events'];
    const before = JSON.stringify(events);
    const out = shareEmptyLists(events);
    expect(out).toBe(events);
    // The same data…
    expect(JSON.stringify(out)).toBe(before);
    // …with one empty list for all, which nothing can change.
    const [a, b, c] = out;
    expect(a!.sources).toBe(a!.participants);
    expect(a!.sources).toBe(a!.actorIds);
    expect(a!.sources).toBe(b!.participants);
    expect(a!.sources).toBe(c!.sources);
    expect(Object.isFrozen(a!.sources)).toBe(true);
    expect(() => (a!.sources as unknown[]).push({})).toThrow(TypeError);
    expect(b!.actorIds).toEqual(['x']);
    expect(Object.isFrozen(b!.sources)).toBe(false);
    expect(c!.participants).toEqual([{ en: 'P' }]);
  });
});
