import { describe, it, expect } from 'vitest';
import { generateDataset } from '../../support/synthetic';
import { parseDataset, type DatasetInput } from '../../../src/domain/dataset/schema';
import { isoToDay } from '../../../src/domain/time/calendar';

const ID = /^[A-Za-z0-9_.:-]+$/;

function allIds(d: DatasetInput): string[] {
  return [
    d.id,
    ...d.places.map((p) => p.id),
    ...d.actors.map((a) => a.id),
    ...d.events.map((e) => e.id),
    ...(d.tours ?? []).map((t) => t.id),
  ];
}

describe('generateDataset', () => {
  it('is deterministic: same seed, same JSON; another seed, other data', () => {
    const a = JSON.stringify(generateDataset({ events: 2_000, seed: 7 }));
    const b = JSON.stringify(generateDataset({ events: 2_000, seed: 7 }));
    const c = JSON.stringify(generateDataset({ events: 2_000, seed: 8 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it.each([100, 1_000, 10_000])('makes %i events that pass parseDataset', (n) => {
    const input = generateDataset({ events: n, seed: 3 });
    const result = parseDataset(JSON.parse(JSON.stringify(input)));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(input.events).toHaveLength(n);
    expect(input.places).toHaveLength(Math.min(500, Math.max(20, Math.floor(n / 20))));
    expect(input.actors).toHaveLength(Math.min(60, Math.max(5, Math.floor(n / 200))));
    for (const id of allIds(input)) expect(id).toMatch(ID);
  });

  it('honours explicit counts', () => {
    const d = generateDataset({ events: 500, places: 7, actors: 3, seed: 1 });
    expect(d.events).toHaveLength(500);
    expect(d.places).toHaveLength(7);
    expect(d.actors).toHaveLength(3);
    expect(parseDataset(d).ok).toBe(true);
  });

  it('rejects impossible options', () => {
    expect(() => generateDataset({ events: -1 })).toThrow(RangeError);
    expect(() => generateDataset({ events: 10, places: 1 })).toThrow(RangeError);
    expect(() => generateDataset({ events: 10, startIso: '2024-02-30' })).toThrow(RangeError);
  });

  it('has places near the antimeridian and valid actors', () => {
    const d = generateDataset({ events: 1_000, seed: 5 });
    expect(d.places.some((p) => Math.abs(p.lon) > 170)).toBe(true);
    expect(d.places.some((p) => p.lon > 170)).toBe(true);
    expect(d.places.some((p) => p.lon < -170)).toBe(true);
    const colours = d.actors.map((a) => a.color);
    expect(new Set(colours).size).toBe(colours.length);
    for (const a of d.actors) {
      expect(a.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(a.country).toMatch(/^[A-Z]{2}$/);
      expect(a.initials.length).toBeGreaterThanOrEqual(1);
      expect(a.initials.length).toBeLessThanOrEqual(3);
    }
  });

  it('keeps every date inside the span', () => {
    const startIso = '2023-03-15';
    const spanDays = 200;
    const d = generateDataset({ events: 5_000, seed: 11, startIso, spanDays });
    const first = isoToDay(startIso) as number;
    const last = first + spanDays - 1;
    for (const e of d.events) {
      const day = isoToDay(e.date) as number;
      expect(day).toBeGreaterThanOrEqual(first);
      expect(day).toBeLessThanOrEqual(last);
      if (e.endDate) {
        const end = isoToDay(e.endDate) as number;
        expect(end).toBeGreaterThanOrEqual(day);
        expect(end).toBeLessThanOrEqual(last);
      }
    }
  });

  it('includes two-actor events, calls with two places, month-precision and multi-day events', () => {
    const d = generateDataset({ events: 10_000, seed: 2 });
    const twoActors = d.events.filter((e) => (e.actorIds ?? []).length === 2 && e.kind !== 'call');
    const calls = d.events.filter((e) => e.kind === 'call');
    const months = d.events.filter((e) => e.precision === 'month');
    expect(twoActors.length).toBeGreaterThan(500);
    expect(calls.length).toBeGreaterThan(50);
    for (const c of calls) {
      expect(c.placeIds).toHaveLength(2);
      expect(c.placeIds[0]).not.toBe(c.placeIds[1]);
    }
    expect(months.length).toBeGreaterThan(20);
    expect(d.events.some((e) => e.endDate !== undefined)).toBe(true);
  });

  it('forms journeys: an actor is at one place per day, in date order', () => {
    const d = generateDataset({ events: 10_000, seed: 9 });
    const whereOn = new Map<string, string>(); // actor|day → place
    let previous = '';
    for (const e of d.events) {
      if (e.precision === 'month') continue; // dated to the 1st of their month
      expect(e.date >= previous).toBe(true); // events come in date order
      previous = e.date;
      if (e.kind === 'call') continue;
      for (const a of e.actorIds ?? []) {
        const key = `${a}|${e.date}`;
        const at = whereOn.get(key);
        if (at !== undefined) expect(e.placeIds[0]).toBe(at);
        else whereOn.set(key, e.placeIds[0] as string);
      }
    }
    // Actors do travel: most visit several places.
    const placesByActor = new Map<string, Set<string>>();
    for (const e of d.events) {
      if (e.kind === 'call') continue;
      for (const a of e.actorIds ?? []) {
        const set = placesByActor.get(a) ?? new Set<string>();
        set.add(e.placeIds[0] as string);
        placesByActor.set(a, set);
      }
    }
    const travellers = [...placesByActor.values()].filter((s) => s.size >= 5);
    expect(travellers.length).toBeGreaterThan(d.actors.length / 2);
  });

  it('clusters events in time: the busiest 5% of days hold far more than 5% of events', () => {
    const spanDays = 1_000;
    const d = generateDataset({ events: 20_000, seed: 4, spanDays });
    const perDay = new Map<string, number>();
    for (const e of d.events) perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    const counts = [...perDay.values()].sort((x, y) => y - x);
    const top = counts.slice(0, Math.ceil(spanDays * 0.05)).reduce((s, c) => s + c, 0);
    expect(top / d.events.length).toBeGreaterThan(0.2);
  });

  // How long it takes is the benchmark's business, not a unit test's.
  it('generates 100,000 events over 500 places and 60 actors', () => {
    const d = generateDataset({ events: 100_000, seed: 1 });
    expect(d.events).toHaveLength(100_000);
    expect(d.places).toHaveLength(500);
    expect(d.actors).toHaveLength(60);
  });
});
