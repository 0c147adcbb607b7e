import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  EventSchema,
  parseDataset,
  parseDatasetBySchema,
  quickEvent,
  type DatasetInput,
  type TravelEvent,
} from '../../../src/domain/dataset/schema';
import { makeEvent } from '../../helpers/events';
import { readDatasetBytes } from '../../../src/domain/load/loadCore';
import { shareEmptyLists } from '../../../src/domain/load/protocol';
import { buildModel } from '../../../src/domain/model/model';
import { generateDataset } from '../../support/synthetic';

/** An import's dataset: places, people and events in the form the importer writes. */
function built(events = [makeEvent('e1', '2024-05-01'), makeEvent('e2', '2024-05-03')]) {
  return {
    schemaVersion: 1 as const,
    id: 'import-x',
    title: { en: 'Import' },
    places: [
      {
        id: 'p',
        name: { en: 'Paris' },
        country: 'FR',
        lat: 48.85,
        lon: 2.35,
        prominence: 'primary' as const,
      },
    ],
    actors: [
      {
        id: 'x',
        name: { en: 'X' },
        initials: 'X',
        kind: 'person' as const,
        country: 'FR',
        color: '#123456',
      },
    ],
    events: events.map((e) => ({ ...e, actorIds: ['x'] })),
    waypoints: [],
    tours: [],
  };
}

/** The summary where the importer writes it: after the title, before the sources. */
function withSummary(e: TravelEvent, summary: string): TravelEvent {
  const { sources, ...rest } = e;
  return { ...rest, summary: { en: summary }, sources };
}

/** parseDataset gives the schema's outcome, to the key order (what an export writes). */
function same(input: DatasetInput) {
  const fast = parseDataset(structuredClone(input));
  const slow = parseDatasetBySchema(structuredClone(input));
  expect(fast).toEqual(slow);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
  return fast;
}

describe('parseDataset checks common events by hand and gives what the schema gives', () => {
  it('takes the importer’s plain events as parseDataset does', () => {
    const input = built([
      makeEvent('e1', '2024-05-01'),
      withSummary(makeEvent('e2', '2024-05-03', 'day', '2024-05-04'), 'Talks'),
      // Out of the schema's order: the schema's output order is kept.
      { ...makeEvent('e4', '2024-05-05'), summary: { en: 'After the sources' } },
      { ...makeEvent('e3', '2024-06-01', 'month'), kind: 'visit' },
    ]);
    expect(same(input).ok).toBe(true);
  });

  it('sends other events to the schema: sources, other languages, missing defaults', () => {
    const input = built([
      {
        ...makeEvent('e1', '2024-05-01'),
        sources: [{ kind: 'outside', title: 'Le Monde', url: 'https://example.org/a' }],
      },
      { ...makeEvent('e2', '2024-05-02'), title: { en: 'Talks', fr: 'Entretiens' } },
    ]) as DatasetInput;
    const bare: Partial<TravelEvent> = makeEvent('e3', '2024-05-03');
    delete bare.precision;
    delete bare.participants;
    (input.events as unknown[]).push({ ...bare, actorIds: ['x'], title: 'Plain text' });
    const result = same(input);
    expect(result.ok && result.dataset.events[2]).toMatchObject({
      precision: 'day',
      participants: [],
      title: { en: 'Plain text' },
    });
  });

  it('gives parseDataset’s problems for a bad event, a bad place or a bad reference', () => {
    const badDate = built([makeEvent('e1', '2024-02-30')]);
    expect(same(badDate).ok).toBe(false);
    const badUrl = built([
      { ...makeEvent('e1', '2024-05-01'), sources: [{ kind: 'outside', title: 'S', url: 'x' }] },
    ]);
    expect(same(badUrl).ok).toBe(false);
    const badPlace = built();
    badPlace.places[0]!.lat = 91;
    expect(same(badPlace).ok).toBe(false);
    const unknownPlace = built([{ ...makeEvent('e1', '2024-05-01'), placeIds: ['nowhere'] }]);
    expect(same(unknownPlace).ok).toBe(false);
    const duplicate = built([makeEvent('e1', '2024-05-01'), makeEvent('e1', '2024-05-02')]);
    expect(same(duplicate).ok).toBe(false);
    const backwards = built([makeEvent('e1', '2024-05-03', 'day', '2024-05-01')]);
    expect(same(backwards).ok).toBe(false);
    const badId = built([makeEvent('e 1', '2024-05-01')]);
    expect(same(badId).ok).toBe(false);
    const emptyTitle = built([{ ...makeEvent('e1', '2024-05-01'), title: { en: '' } }]);
    expect(same(emptyTitle).ok).toBe(false);
  });

  it('drops keys the schema does not know, as parseDataset does', () => {
    const input = built([{ ...makeEvent('e1', '2024-05-01'), extra: 1 } as never]);
    const result = same(input);
    expect(result.ok && 'extra' in result.dataset.events[0]!).toBe(false);
  });

  it('gives English-only events without sources their defaults as the schema does, in its key order', () => {
    const input = built() as DatasetInput;
    input.events = [
      // Key order the schema does not use, text titles, defaults left out.
      { title: 'Plain', placeIds: ['p'], date: '2024-05-01', id: 'e1', actorIds: ['x'] },
      {
        id: 'e2',
        date: '2024-05-02',
        endDate: '2024-05-04',
        kind: 'visit',
        placeIds: ['p'],
        actorIds: ['x'],
        title: 'Visit',
        status: 'partly',
        summary: 'Short',
      },
      {
        id: 'e3',
        date: '2024-06-01',
        precision: 'month',
        placeIds: ['p'],
        title: { en: 'Month' },
        participants: [],
        sources: [],
      },
      {
        id: 'e4',
        date: '2024-06-02',
        placeIds: ['p'],
        title: 'Unverified',
        status: 'unverified',
        actorIds: [],
      },
    ] as never;
    const result = same(input);
    expect(result.ok).toBe(true);
    // Each was made by hand: none is the object it was given, none shares its lists.
    for (const [i, e] of (result.ok ? result.dataset.events : []).entries()) {
      expect(e).not.toBe(input.events[i]);
    }
    // Bad ones still get the schema's own problems.
    for (const bad of [
      { id: 'e1', date: '2024-05-01', placeIds: ['p'], title: '' },
      { id: 'e1', date: '2024-05-01', placeIds: ['p'], title: 'T', status: 'maybe' },
      { id: 'e1', date: '2024-05-01', placeIds: ['p'], title: 'T', summary: '' },
      { id: 'e1', date: '2024-05-01', placeIds: [], title: 'T' },
      { id: 'e1', date: '2024-13-01', placeIds: ['p'], title: 'T' },
      { id: 'e1', date: '2024-05-01', placeIds: ['p'], title: 'T', actorIds: ['no one'] },
    ]) {
      const one = built() as DatasetInput;
      one.events = [bad] as never;
      expect(same(one).ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it('gives events without their lists (people, participants, sources) the schema’s empty lists', () => {
    const input = built() as DatasetInput;
    input.events = withoutLists(input.events as TravelEvent[]) as never;
    const result = same(input);
    expect(result.ok && result.dataset.events[0]).toMatchObject({
      actorIds: [],
      participants: [],
      sources: [],
    });
  });

  it('gives the synthetic benchmark data exactly what the schema gives, checking it by hand', () => {
    const input = generateDataset({ events: 3000, seed: 5 }) as unknown as DatasetInput;
    const result = same(input);
    expect(result.ok).toBe(true);
    // The common form is the benchmark's: none of its events needs the schema.
    expect((input.events as unknown[]).filter((e) => quickEvent(e) === null)).toEqual([]);
  });
});

/** Values an event's fields take in files, good and bad. */
const anyText = fc.oneof(
  fc.constantFrom('', 'Talks', 'Entretiens à Doha'),
  fc.string({ maxLength: 3 }),
  fc.record({ en: fc.constantFrom('', 'Talks') }),
  fc.record({ en: fc.constant('Talks'), fr: fc.constantFrom('', 'Entretiens', 3, null) }),
  fc.record({ fr: fc.constant('Entretiens') }),
  fc.constantFrom(null, 3, [], ['Talks']),
);
const anyId = fc.oneof(
  fc.constantFrom('p', 'e-1', 'x_2', '', 'no one', 'a'.repeat(200), 'é'),
  fc.string({ maxLength: 4 }),
  fc.constantFrom(null, 1),
);
const anyDay = fc.constantFrom(
  '2024-05-01',
  '2024-02-29',
  '2023-02-29',
  '2024-13-01',
  '-0044-03-15',
  '2024-5-1',
  '',
  null,
  20240501,
);
const anyList = <T>(item: fc.Arbitrary<T>) =>
  fc.oneof(fc.array(item, { maxLength: 3 }), fc.constantFrom(null, 'p', {}));
const SOURCE_FIELDS = {
  kind: fc.constantFrom('article', 'outside', 'tweet', null),
  title: fc.constantFrom('Le Monde', '', 3),
  publisher: fc.constantFrom('AFP', '', null),
  date: anyDay,
  url: fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'x', '', 7),
  quote: fc.constantFrom('« lundi »', '', null),
  quoteLang: fc.constantFrom('fr', '', null),
  supports: anyText,
  extra: fc.constant(1),
};
const FIELDS = {
  id: anyId,
  date: anyDay,
  endDate: anyDay,
  precision: fc.constantFrom('day', 'week', 'month', 'year', 'decade', null),
  kind: fc.constantFrom('meeting', 'visit', 'statement', 'call', 'trip', null),
  placeIds: anyList(anyId),
  actorIds: anyList(anyId),
  participants: anyList(anyText),
  title: anyText,
  summary: anyText,
  venue: anyText,
  sources: anyList(
    fc.record(SOURCE_FIELDS as { [K in keyof typeof SOURCE_FIELDS]: fc.Arbitrary<unknown> }, {
      requiredKeys: [],
    }),
  ),
  status: fc.constantFrom('verified', 'partly', 'unverified', 'maybe', null),
  country: anyText,
  related: fc.constant([]),
  extra: fc.constant(1),
};
/** An event-like object: any subset of the fields (and strangers), in any order, some undefined. */
const anyEvent = fc
  .tuple(
    fc.record(
      Object.fromEntries(
        Object.entries(FIELDS).map(([k, a]) => [k, fc.option(a, { nil: undefined })]),
      ) as { [K in keyof typeof FIELDS]: fc.Arbitrary<unknown> },
      { requiredKeys: [] },
    ),
    fc.boolean(),
  )
  .map(([e, reversed]) => {
    const entries = Object.entries(e);
    return Object.fromEntries(reversed ? entries.reverse() : entries);
  });
/** Mostly the common form, so the hand check is exercised on what it takes, not only on what it refuses. */
const commonEvent = fc.record(
  {
    id: fc.constantFrom('e1', 'e-2'),
    date: fc.constantFrom('2024-05-01', '2024-02-29'),
    endDate: fc.constantFrom('2024-05-03', '2023-02-29'),
    precision: fc.constantFrom('day', 'month', 'year'),
    kind: fc.constantFrom('meeting', 'visit', 'call'),
    placeIds: fc.array(fc.constantFrom('p', 'q'), { minLength: 1, maxLength: 2 }),
    actorIds: fc.array(fc.constantFrom('x', 'y'), { maxLength: 2 }),
    participants: fc.array(fc.constantFrom('Host', { en: 'Host' }), { maxLength: 2 }),
    title: fc.constantFrom('Talks', { en: 'Talks' }),
    summary: fc.constantFrom('Short', { en: 'Short' }, ''),
    venue: fc.constantFrom('Palace', { en: 'Palace' }),
    sources: fc.array(
      fc.record(
        {
          kind: fc.constantFrom('article', 'outside'),
          title: fc.constant('Le Monde'),
          publisher: fc.constant('AFP'),
          date: fc.constant('2024-05-01'),
          url: fc.constant('https://example.org/a'),
          quote: fc.constant('« lundi »'),
          quoteLang: fc.constant('fr'),
          supports: fc.constantFrom('the date', { en: 'the date' }),
        },
        { requiredKeys: ['kind', 'title'] },
      ),
      { maxLength: 2 },
    ),
    status: fc.constantFrom('verified', 'partly'),
    country: fc.constantFrom('Ottoman Empire', { en: 'Ottoman Empire' }),
  },
  { requiredKeys: ['id', 'date', 'placeIds', 'title'] },
);

/** A common event with one field (or one field of its first source) set to anything, or left out. */
const oneFieldOff = fc
  .tuple(
    commonEvent,
    fc.constantFrom(...(Object.keys(FIELDS) as (keyof typeof FIELDS)[])),
    fc.constantFrom(...(Object.keys(SOURCE_FIELDS) as (keyof typeof SOURCE_FIELDS)[])),
    fc.boolean(),
  )
  .chain(([e, key, sourceKey, inSource]): fc.Arbitrary<Record<string, unknown>> => {
    const source = (e.sources as Record<string, unknown>[] | undefined)?.[0];
    if (inSource && source)
      return fc
        .option(SOURCE_FIELDS[sourceKey] as fc.Arbitrary<unknown>, { nil: undefined })
        .map((value) => ({ ...e, sources: [{ ...source, [sourceKey]: value }] }));
    return fc
      .option(FIELDS[key] as fc.Arbitrary<unknown>, { nil: undefined })
      .map((value) => ({ ...e, [key]: value }));
  });

describe('quickEvent (the hand check of an event)', () => {
  it('takes an event only when the schema takes it, and gives exactly what the schema gives', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(anyEvent, commonEvent, oneFieldOff), (e) => {
        const quick = quickEvent(structuredClone(e));
        const slow = EventSchema.safeParse(structuredClone(e));
        if (quick === null) return; // "ask the schema"
        taken++;
        expect(slow.success).toBe(true);
        expect(quick).toEqual(slow.data);
        expect(JSON.stringify(quick)).toBe(JSON.stringify(slow.data));
      }),
      { numRuns: 3000 },
    );
    // The property must be about something: many events went the quick way (about 500 of
    // the 3,000 on average, some 20 either side from seed to seed).
    expect(taken).toBeGreaterThan(300);
  });

  it('keeps an event already in the schema’s form (the importer’s) as it is, without a copy', () => {
    const plain = withSummary(makeEvent('e1', '2024-05-01', 'day', '2024-05-02'), 'S');
    expect(quickEvent(plain)).toBe(plain);
    // Out of order, or a default left out: a copy in the schema's form.
    const { summary, ...rest } = plain;
    const reordered = { summary, ...rest };
    expect(quickEvent(reordered)).not.toBe(reordered);
    expect(JSON.stringify(quickEvent(reordered))).toBe(JSON.stringify(plain));
    const noKind: Partial<TravelEvent> = { ...plain };
    delete noKind.kind;
    expect(quickEvent(noKind)).toEqual(plain);
  });
});

/** Events with some of their lists left out, as a compact file may write them. */
function withoutLists(events: readonly TravelEvent[]): unknown[] {
  return events.map((e, i) => {
    const { actorIds, participants, sources, ...rest } = e;
    if (i === 0) return rest; // all three left out
    if (i === 1) return { ...rest, actorIds, sources }; // participants only
    return { ...rest, actorIds, participants }; // sources only
  });
}

/** A file shipped with the app, read on the trusted path (no validator). */
function readTrusted(input: unknown) {
  const bytes = new TextEncoder().encode(JSON.stringify(input));
  const read = readDatasetBytes(bytes, true);
  if (!read.ok) throw new Error(read.reason);
  return read.dataset;
}

describe('the trusted path of built-in records (readDatasetBytes, trusted)', () => {
  it('gives events that leave out their lists exactly what parseDataset gives', () => {
    const input = built([
      makeEvent('e1', '2024-05-01'),
      makeEvent('e2', '2024-05-02'),
      { ...makeEvent('e3', '2024-05-03'), summary: { en: 'After the lists' } },
    ]);
    input.events = withoutLists(input.events) as never;
    // Precision and kind left out too: the schema's defaults as well.
    delete (input.events[2] as Partial<TravelEvent>).precision;
    delete (input.events[2] as Partial<TravelEvent>).kind;
    const slow = parseDataset(structuredClone(input));
    expect(slow.ok).toBe(true);
    const fast = readTrusted(input);
    expect(fast).toEqual(slow.ok && slow.dataset);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.ok && slow.dataset));

    // The lists left out are the one shared, frozen empty list (as `shareEmptyLists` gives).
    const [e1, e2, e3] = fast.events;
    for (const list of [e1!.actorIds, e1!.participants, e1!.sources, e2!.participants]) {
      expect(list).toBe(e3!.sources);
      expect(Object.isFrozen(list)).toBe(true);
    }
    // What reads them takes them: the page's chunks, the model and its journeys.
    expect(() => shareEmptyLists(structuredClone(fast.events))).not.toThrow();
    const model = buildModel(fast);
    expect(model.dataset.events).toHaveLength(3);
  });

  it('takes a complete file as the schema gives it', () => {
    const input = built();
    const fast = readTrusted(input);
    expect(fast).toEqual(input);
    const slow = parseDataset(structuredClone(input));
    expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.ok && slow.dataset));
  });
});
