/**
 * Counts for the charts: trips per year, most visited countries and places, and every
 * visit to one place. Pure functions of a dataset (the filtered one: charts follow filters).
 */
import type { Dataset } from '../dataset/schema';
import { eventCountries } from '../filter/filter';
import { fromDayNumber, isoToDay } from '../time/calendar';

export interface YearCount {
  readonly year: number;
  readonly count: number;
}

/** Events per year of their first day, every year from the first to the last (zeros kept). */
export function perYear(d: Dataset): YearCount[] {
  const counts = new Map<number, number>();
  for (const e of d.events) {
    const day = isoToDay(e.date);
    if (day === null) continue;
    const y = fromDayNumber(day).year;
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  const out: YearCount[] = [];
  for (let y = first; y <= last; y++) out.push({ year: y, count: counts.get(y) ?? 0 });
  return out;
}

/** The busiest years, most trips first (ties: earlier first). */
export function peakYears(counts: readonly YearCount[], n = 3): YearCount[] {
  return [...counts]
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.year - b.year)
    .slice(0, n);
}

export interface Ranked {
  readonly key: string;
  readonly count: number;
}

function top(counts: Map<string, number>, n: number): Ranked[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, n);
}

/** Countries by number of events (as the data names them), most first. */
export function topCountries(d: Dataset, n = 10): Ranked[] {
  const placeById = new Map(d.places.map((p) => [p.id, p]));
  const counts = new Map<string, number>();
  for (const e of d.events)
    for (const c of eventCountries(e, placeById)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return top(counts, n);
}

/** Places by number of events stopping there (place ids), most first. */
export function topPlaces(d: Dataset, n = 10): Ranked[] {
  const counts = new Map<string, number>();
  for (const e of d.events)
    for (const p of new Set(e.placeIds)) counts.set(p, (counts.get(p) ?? 0) + 1);
  return top(counts, n);
}

/** Every visit to a place: how many events and how many distinct people. */
export function placeVisits(d: Dataset, placeId: string): { visits: number; people: number } {
  const people = new Set<string>();
  let visits = 0;
  for (const e of d.events)
    if (e.placeIds.includes(placeId)) {
      visits++;
      for (const a of e.actorIds) people.add(a);
    }
  return { visits, people: people.size };
}
