import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/i18n/problems';
import json from '../../../src/data/afp-2025-02-26.json';
import { parseDataset, type Dataset } from '../../../src/domain/dataset/schema';
import { distanceKm } from '../../../src/domain/geo/greatCircle';
import { latLng } from '../../../src/domain/geo/latlng';
import {
  ARRIVE_FRACTION,
  DEPART_FRACTION,
  MAX_LEG_DAYS,
  deriveJourneys,
  isDrawnLeg,
  journeyBounds,
  legsTravelledBy,
  positionAt,
  type Journey,
} from '../../../src/domain/journeys/journeys';
import { eventInstant } from '../../../src/domain/playback/playback';
import { isoToDay } from '../../../src/domain/time/calendar';
import {
  PLACES,
  actor,
  dataset,
  event,
  inferredEnds,
  outOfOrder,
  pacific,
  sameDayTwoPlaces,
  samePlaceMerge,
  vagueDates,
  waypoint,
  withCall,
  yearsApart,
} from '../../fixtures/journeyFixtures';
import { mulberry32, pick, randInt } from '../../helpers/random';

function day(iso: string): number {
  const d = isoToDay(iso);
  if (d === null) throw new Error(`bad date ${iso}`);
  return d;
}

function only(ds: Dataset): Journey {
  const { journeys } = deriveJourneys(ds);
  expect(journeys).toHaveLength(1);
  return journeys[0]!;
}

function journeyOf(ds: Dataset, actorId: string): Journey {
  const j = deriveJourneys(ds).journeys.find((x) => x.actorId === actorId);
  if (!j) throw new Error(`no journey for ${actorId}`);
  return j;
}

/** arrive < depart < next arrive, and each leg joins them. */
function expectWellTimed(j: Journey) {
  j.stops.forEach((s, i) => {
    expect(s.depart, `stop ${i} ${s.placeId}`).toBeGreaterThan(s.arrive);
    const next = j.stops[i + 1];
    if (next) expect(next.arrive, `stop ${i + 1} after ${i}`).toBeGreaterThan(s.depart);
  });
  expect(j.legs).toHaveLength(Math.max(0, j.stops.length - 1));
  j.legs.forEach((leg, i) => {
    expect(leg.fromIndex).toBe(i);
    expect(leg.toIndex).toBe(i + 1);
    expect(leg.depart).toBe(j.stops[i]!.depart);
    expect(leg.arrive).toBe(j.stops[i + 1]!.arrive);
  });
}

describe('deriveJourneys: stops', () => {
  it('orders stops by date whatever the data order', () => {
    const j = only(outOfOrder);
    expect(j.actorId).toBe('a');
    expect(j.stops.map((s) => s.placeId)).toEqual(['paris', 'berlin', 'rome']);
    expect(j.stops.map((s) => s.eventIds)).toEqual([['e-paris'], ['e-berlin'], ['e-rome']]);
    expect(j.stops[0]!.position).toEqual(latLng(PLACES.paris.lat, PLACES.paris.lon));
    const d = day('2025-03-01');
    expect(j.stops[0]!.arrive).toBeCloseTo(d + ARRIVE_FRACTION, 12);
    expect(j.stops[0]!.depart).toBeCloseTo(d + DEPART_FRACTION, 12);
    expect(j.stops[0]!.firstDay).toBe(d);
    expect(j.stops[0]!.lastDay).toBe(d);
    expectWellTimed(j);
  });

  it('lists each event once in its stop, even one naming the place twice, and in order', () => {
    const stay = Array.from({ length: 40 }, (_, i) =>
      event(`e-${i}`, `2025-03-${String(1 + (i % 10)).padStart(2, '0')}`, ['paris'], ['a']),
    );
    const j = journeyOf(
      dataset({
        places: [PLACES.paris, PLACES.berlin],
        actors: [actor('a'), actor('b')],
        events: [
          ...stay,
          // The same place twice, with another person's event at it in between.
          event('twice', '2025-03-11', ['paris', 'berlin', 'paris'], ['a', 'a']),
          event('other', '2025-03-11', ['paris'], ['b']),
        ],
      }),
      'a',
    );
    const expected = [...stay.map((e) => e.id)].sort(
      (x, y) =>
        (Number(x.slice(2)) % 10) - (Number(y.slice(2)) % 10) ||
        Number(x.slice(2)) - Number(y.slice(2)),
    );
    expect(j.stops.map((s) => s.placeId)).toEqual(['paris', 'berlin']);
    expect(j.stops[0]!.eventIds).toEqual([...expected, 'twice']);
    expect(j.stops[1]!.eventIds).toEqual(['twice']);
  });

  it('keeps two places on one day as two stops in data order, sharing the day', () => {
    const j = only(sameDayTwoPlaces);
    expect(j.stops.map((s) => s.placeId)).toEqual(['paris', 'berlin', 'rome']);
    const d = day('2025-03-02');
    const [paris, berlin, rome] = j.stops as [
      Journey['stops'][0],
      Journey['stops'][0],
      Journey['stops'][0],
    ];
    expect(paris.firstDay).toBe(d);
    expect(berlin.firstDay).toBe(d);
    // The day's window is shared: Paris first, travel, then Berlin.
    expect(paris.arrive).toBeCloseTo(d + ARRIVE_FRACTION, 12);
    expect(berlin.depart).toBeCloseTo(d + DEPART_FRACTION, 12);
    expect(paris.depart).toBeLessThan(berlin.arrive);
    expect(Math.floor(paris.depart)).toBe(d);
    expect(Math.floor(berlin.arrive)).toBe(d);
    expect(rome.arrive).toBeCloseTo(d + 1 + ARRIVE_FRACTION, 12);
    expectWellTimed(j);
  });

  it('merges consecutive entries at the same place into one stop', () => {
    const j = only(samePlaceMerge);
    expect(j.stops.map((s) => s.placeId)).toEqual(['paris', 'berlin']);
    const paris = j.stops[0]!;
    expect(paris.eventIds).toEqual(['e-paris-1', 'e-paris-2']);
    expect(paris.firstDay).toBe(day('2025-03-01'));
    expect(paris.lastDay).toBe(day('2025-03-02'));
    expect(paris.arrive).toBeCloseTo(day('2025-03-01') + ARRIVE_FRACTION, 12);
    expect(paris.depart).toBeCloseTo(day('2025-03-02') + DEPART_FRACTION, 12);
    expect(paris.inferred).toBe(false);
    // The night between the two Paris days is spent in Paris.
    expect(positionAt(j, day('2025-03-01') + 0.95).state).toBe('at');
    expectWellTimed(j);
  });

  it('marks stops from inferred waypoints only, and legs touching them, as inferred', () => {
    const j = only(inferredEnds);
    expect(j.stops.map((s) => s.placeId)).toEqual(['madrid', 'paris', 'berlin', 'madrid']);
    // Paris has an inferred waypoint but also an event: not inferred.
    expect(j.stops.map((s) => s.inferred)).toEqual([true, false, false, true]);
    expect(j.legs.map((l) => l.inferred)).toEqual([true, false, true]);
    expect(j.stops[0]!.note).toEqual({ en: 'assumed' });
    expect(j.stops[1]!.note).toBeUndefined();
    expectWellTimed(j);
  });

  it('does not mark a stop inferred when an inferred waypoint is followed by a stated event', () => {
    const ds = dataset({
      places: Object.values(PLACES),
      actors: [actor('a')],
      events: [event('e-paris', '2025-03-02', ['paris'], ['a'])],
      waypoints: [
        waypoint('a', 'paris', '2025-03-01', true),
        waypoint('a', 'rome', '2025-03-04', true),
      ],
    });
    const j = only(ds);
    expect(j.stops.map((s) => [s.placeId, s.inferred])).toEqual([
      ['paris', false],
      ['rome', true],
    ]);
    expect(j.stops[0]!.firstDay).toBe(day('2025-03-01'));
  });

  it('turns calls into remote links, never into stops', () => {
    const { journeys, links } = deriveJourneys(withCall);
    // b only took part in the call: no journey. Order follows the dataset's actors.
    expect(journeys.map((j) => j.actorId)).toEqual(['a', 'c']);
    const a = journeys[0]!;
    expect(a.stops.map((s) => s.placeId)).toEqual(['berlin', 'rome']);
    expect(a.stops.flatMap((s) => s.eventIds)).not.toContain('e-call');
    expect(links).toHaveLength(1);
    const link = links[0]!;
    expect(link.eventId).toBe('e-call');
    expect(link.day).toBe(day('2025-03-02'));
    expect(link.placeIds).toEqual(['paris', 'tokyo']);
    expect(link.actorIds).toEqual(['a', 'b']);
    expect(link.path).toHaveLength(1);
    const path = link.path[0]!;
    expect(path[0]).toEqual(latLng(PLACES.paris.lat, PLACES.paris.lon));
    expect(path[path.length - 1]).toEqual(latLng(PLACES.tokyo.lat, PLACES.tokyo.lon));
    expect(path.length).toBeGreaterThan(2);
  });

  it('spans month-precision and multi-day events over their whole range', () => {
    const j = only(vagueDates);
    const [rome, paris] = j.stops as [Journey['stops'][0], Journey['stops'][0]];
    expect(rome.firstDay).toBe(day('2025-01-01'));
    expect(rome.lastDay).toBe(day('2025-01-31'));
    expect(rome.arrive).toBeCloseTo(day('2025-01-01') + ARRIVE_FRACTION, 12);
    expect(rome.depart).toBeCloseTo(day('2025-01-31') + DEPART_FRACTION, 12);
    expect(paris.firstDay).toBe(day('2025-02-10'));
    expect(paris.lastDay).toBe(day('2025-02-12'));
    expect(positionAt(j, day('2025-01-20')).state).toBe('at');
    expect(positionAt(j, day('2025-02-11')).stopIndex).toBe(1);
    expectWellTimed(j);
  });

  it('draws great-circle legs split at the antimeridian', () => {
    const j = only(pacific);
    expect(j.legs).toHaveLength(1);
    const leg = j.legs[0]!;
    expect(leg.path).toHaveLength(2);
    expect(leg.path[0]![leg.path[0]!.length - 1]!.lon).toBe(180);
    expect(leg.path[1]![0]!.lon).toBe(-180);
    expect(isDrawnLeg(leg)).toBe(true);
    expect(leg.distanceKm).toBeCloseTo(distanceKm(j.stops[0]!.position, j.stops[1]!.position), 9);
  });

  it('treats a leg of years as a gap: not drawn, whereabouts unknown', () => {
    const j = only(yearsApart);
    expect(j.stops.map((s) => s.placeId)).toEqual(['rome', 'paris', 'berlin']);
    const [gap, trip] = j.legs as [Journey['legs'][0], Journey['legs'][0]];
    expect(gap.gap).toBe(true);
    expect(isDrawnLeg(gap)).toBe(false);
    expect(trip.gap).toBe(false);
    expect(isDrawnLeg(trip)).toBe(true);
    const during = positionAt(j, day('2023-06-01'));
    expect(during.state).toBe('gap');
    expect(during.legIndex).toBe(0);
    expect(positionAt(j, day('2025-02-19')).state).toBe('transit');
  });

  it('does not merge the same place across a gap longer than MAX_LEG_DAYS', () => {
    const ds = dataset({
      places: Object.values(PLACES),
      actors: [actor('a')],
      events: [
        event('e1', '2025-01-01', ['paris'], ['a']),
        event('e2', '2025-01-05', ['paris'], ['a']),
        event('e3', '2025-06-01', ['paris'], ['a']),
      ],
    });
    const j = only(ds);
    expect(j.stops.map((s) => s.eventIds)).toEqual([['e1', 'e2'], ['e3']]);
    expect(j.legs[0]!.gap).toBe(true);
    expect(j.legs[0]!.arrive - j.legs[0]!.depart).toBeGreaterThan(MAX_LEG_DAYS);
    expect(isDrawnLeg(j.legs[0]!)).toBe(false);
  });

  it('continues the current place first when it shares a day with another place', () => {
    // Rome on 1–2 March (waypoint), then on 2 March events in Paris and (listed later) Rome:
    // stay in Rome, then go to Paris; no Rome → Paris → Rome zigzag.
    const ds = dataset({
      places: Object.values(PLACES),
      actors: [actor('a')],
      events: [
        event('e-paris', '2025-03-02', ['paris'], ['a']),
        event('e-rome', '2025-03-02', ['rome'], ['a']),
      ],
      waypoints: [waypoint('a', 'rome', '2025-03-01', false)],
    });
    const j = only(ds);
    expect(j.stops.map((s) => s.placeId)).toEqual(['rome', 'paris']);
    expect(j.stops[0]!.eventIds).toEqual(['e-rome']);
    expectWellTimed(j);
  });

  it('keeps times strictly increasing on random itineraries', () => {
    const rand = mulberry32(20250226);
    const placeIds = Object.keys(PLACES);
    for (let run = 0; run < 200; run++) {
      const events = Array.from({ length: randInt(rand, 1, 12) }, (_, i) =>
        event(
          `e${i}`,
          `2025-03-${String(randInt(rand, 1, 6)).padStart(2, '0')}`,
          [pick(rand, placeIds)],
          ['a'],
          {
            ...(rand() < 0.2
              ? { endDate: `2025-03-${String(randInt(rand, 6, 9)).padStart(2, '0')}` }
              : {}),
          },
        ),
      );
      const waypoints = Array.from({ length: randInt(rand, 0, 4) }, () =>
        waypoint(
          'a',
          pick(rand, placeIds),
          `2025-03-${String(randInt(rand, 1, 9)).padStart(2, '0')}`,
          rand() < 0.5,
        ),
      );
      const j = only(
        dataset({ places: Object.values(PLACES), actors: [actor('a')], events, waypoints }),
      );
      expectWellTimed(j);
      // Consecutive stops are at different places (same-place runs were merged).
      for (let i = 1; i < j.stops.length; i++)
        expect(j.stops[i]!.placeId).not.toBe(j.stops[i - 1]!.placeId);
      // Every event appears in exactly one stop.
      expect(j.stops.flatMap((s) => s.eventIds).sort()).toEqual(events.map((e) => e.id).sort());
    }
  });
});

describe('positionAt', () => {
  const j = only(inferredEnds); // madrid 1 Mar, paris 2 Mar, berlin 3 Mar, madrid 5 Mar
  const paris = j.stops[1]!;
  const berlin = j.stops[2]!;

  it('is at the stop during a stop', () => {
    const p = positionAt(j, day('2025-03-02') + 0.5);
    expect(p.state).toBe('at');
    expect(p.stopIndex).toBe(1);
    expect(p.position).toEqual(paris.position);
    expect(p.inferred).toBe(false);
    expect(positionAt(j, paris.arrive).state).toBe('at');
    expect(positionAt(j, paris.depart).state).toBe('at');
  });

  it('is strictly between two stops on consecutive days, mid-transit', () => {
    const t = (paris.depart + berlin.arrive) / 2;
    const p = positionAt(j, t);
    expect(p.state).toBe('transit');
    expect(p.legIndex).toBe(1);
    expect(p.progress).toBeCloseTo(0.5, 12);
    expect(p.inferred).toBe(false);
    const total = distanceKm(paris.position, berlin.position);
    const fromParis = distanceKm(paris.position, p.position);
    expect(fromParis).toBeGreaterThan(0.4 * total);
    expect(fromParis).toBeLessThan(0.6 * total);
    expect(fromParis + distanceKm(p.position, berlin.position)).toBeCloseTo(total, 6);
    expect(p.position.lat).toBeGreaterThan(paris.position.lat);
    expect(p.position.lat).toBeLessThan(berlin.position.lat);
  });

  it('moves monotonically along a leg', () => {
    let last = -1;
    for (let k = 1; k < 10; k++) {
      const t = paris.depart + (k / 10) * (berlin.arrive - paris.depart);
      const d = distanceKm(paris.position, positionAt(j, t).position);
      expect(d).toBeGreaterThan(last);
      last = d;
    }
  });

  it('reports an inferred leg as inferred', () => {
    const first = j.stops[0]!;
    const p = positionAt(j, (first.depart + paris.arrive) / 2);
    expect(p.state).toBe('transit');
    expect(p.inferred).toBe(true);
  });

  it('is "before" at the first stop and "after" at the last stop', () => {
    const before = positionAt(j, day('2025-02-01'));
    expect(before.state).toBe('before');
    expect(before.position).toEqual(j.stops[0]!.position);
    const after = positionAt(j, day('2025-04-01'));
    expect(after.state).toBe('after');
    expect(after.position).toEqual(j.stops[3]!.position);
    expect(after.stopIndex).toBe(3);
    expect(positionAt(j, Number.NaN).state).toBe('before');
  });

  it('keeps transit longitudes within [-180, 180] across the Pacific', () => {
    const pj = only(pacific);
    for (let k = 1; k < 20; k++) {
      const t = pj.legs[0]!.depart + (k / 20) * (pj.legs[0]!.arrive - pj.legs[0]!.depart);
      const p = positionAt(pj, t);
      expect(p.state).toBe('transit');
      expect(Math.abs(p.position.lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(p.position.lon)).toBeGreaterThan(120);
    }
  });
});

describe('journeyBounds and legsTravelledBy', () => {
  const j = only(inferredEnds);

  it('spans first arrival to last departure', () => {
    expect(journeyBounds(j)).toEqual({ start: j.stops[0]!.arrive, end: j.stops[3]!.depart });
  });

  it('counts legs whose end has been reached', () => {
    expect(legsTravelledBy(j, day('2025-02-01'))).toBe(0);
    expect(legsTravelledBy(j, day('2025-03-01') + 0.5)).toBe(0);
    expect(legsTravelledBy(j, j.stops[1]!.arrive - 1e-9)).toBe(0);
    expect(legsTravelledBy(j, j.stops[1]!.arrive)).toBe(1);
    expect(legsTravelledBy(j, day('2025-03-03') + 0.5)).toBe(2);
    expect(legsTravelledBy(j, day('2025-04-01'))).toBe(3);
  });
});

describe('the bundled AFP dataset', () => {
  const parsed = parseDataset(json);
  if (!parsed.ok)
    throw new Error(
      parsed.problems.map((p) => `${p.path}: ${formatProblem(p, 'en').message}`).join('; '),
    );
  const ds = parsed.dataset;
  const lavrov = journeyOf(ds, 'lavrov');

  it('takes Lavrov moscow → riyadh → moscow → ankara → tehran → doha → moscow in February 2025', () => {
    const feb2025 = lavrov.stops.filter((s) => s.firstDay >= day('2025-02-01'));
    expect(feb2025.map((s) => s.placeId)).toEqual([
      'moscow',
      'riyadh',
      'moscow',
      'ankara',
      'tehran',
      'doha',
      'moscow',
    ]);
    // The only earlier stop is Antalya, March 2022, separated by a gap, not a leg.
    expect(lavrov.stops.map((s) => s.placeId)[0]).toBe('antalya');
    expect(lavrov.stops).toHaveLength(8);
    expect(lavrov.legs[0]!.gap).toBe(true);
    expect(lavrov.legs.slice(1).every((l) => !l.gap && isDrawnLeg(l))).toBe(true);
    expectWellTimed(lavrov);
  });

  it('merges the Riyadh arrival waypoint with the talks of the next day', () => {
    const riyadh = lavrov.stops.find((s) => s.placeId === 'riyadh')!;
    expect(riyadh.firstDay).toBe(day('2025-02-17'));
    expect(riyadh.lastDay).toBe(day('2025-02-18'));
    expect(riyadh.eventIds).toEqual(['riyadh-talks', 'lavrov-unacceptable']);
    expect(riyadh.inferred).toBe(false);
  });

  it('marks legs to and from assumed stays in Moscow as inferred', () => {
    // antalya→moscow, moscow→riyadh, riyadh→moscow, moscow→ankara, ankara→tehran, tehran→doha, doha→moscow
    expect(lavrov.legs.map((l) => l.inferred)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      true,
    ]);
  });

  it('puts Lavrov in Tehran at midday on 25 February 2025', () => {
    const p = positionAt(lavrov, eventInstant(day('2025-02-25')));
    expect(p.state).toBe('at');
    expect(lavrov.stops[p.stopIndex!]!.placeId).toBe('tehran');
    const tehran = ds.places.find((pl) => pl.id === 'tehran')!;
    expect(p.position).toEqual(latLng(tehran.lat, tehran.lon));
  });

  it('has every actor at the place of each of their events at its instant', () => {
    for (const e of ds.events) {
      if (e.kind === 'call') continue;
      for (const actorId of e.actorIds) {
        const p = positionAt(journeyOf(ds, actorId), eventInstant(day(e.date)));
        expect(p.state, `${actorId} at ${e.id}`).toBe('at');
        const stop = journeyOf(ds, actorId).stops[p.stopIndex!]!;
        expect(e.placeIds).toContain(stop.placeId);
        expect(stop.eventIds).toContain(e.id);
      }
    }
  });

  it('makes the Trump–Putin call a link, not a stop', () => {
    const { links, journeys } = deriveJourneys(ds);
    expect(links.map((l) => l.eventId)).toEqual(['trump-putin-call']);
    expect(journeys.some((j) => j.actorId === 'putin')).toBe(false);
    const trump = journeys.find((j) => j.actorId === 'trump')!;
    expect(trump.stops.flatMap((s) => s.eventIds)).toEqual([
      'macron-washington',
      'starmer-washington',
    ]);
  });
});
