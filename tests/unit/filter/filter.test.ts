import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  countryOptions,
  filterDataset,
  isFiltering,
  normalizeFilter,
  summarizeFilter,
  type EventFilter,
} from '../../../src/domain/filter/filter';
import { recordFixture as d } from '../../fixtures/recordFixture';

const f = (over: Partial<EventFilter>): EventFilter => ({ ...NO_FILTER, ...over });
const ids = (x: { events: readonly { id: string }[] }) => x.events.map((e) => e.id);

describe('filterDataset', () => {
  it('keeps everything without a filter', () => {
    expect(filterDataset(d, NO_FILTER)).toBe(d);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('filters by several people at once', () => {
    expect(ids(filterDataset(d, f({ actorIds: ['kissinger', 'rubio'] })))).toEqual([
      't3',
      't4',
      't5',
    ]);
  });

  it('filters by the country as the record names it, not where the place is', () => {
    expect(ids(filterDataset(d, f({ country: 'France' })))).toEqual(['t2']);
    expect(ids(filterDataset(d, f({ country: 'U.S.S.R.' })))).toEqual(['t3', 't4']);
  });

  it('filters by period, inclusive of whole years, and keeps trips overlapping the edge', () => {
    expect(ids(filterDataset(d, f({ fromYear: 1950, toYear: 1959 })))).toEqual(['t1', 't2']);
    expect(ids(filterDataset(d, f({ fromYear: 1976 })))).toEqual(['t4', 't5']);
    expect(ids(filterDataset(d, f({ toYear: 1974 })))).toEqual(['t1', 't2', 't3']);
  });

  it('combines criteria and narrows places and people to what is left', () => {
    const out = filterDataset(d, f({ actorIds: ['kissinger'], fromYear: 1970, toYear: 1975 }));
    expect(ids(out)).toEqual(['t3']);
    expect(out.places.map((p) => p.id)).toEqual(['moscow', 'leningrad']);
    expect(out.actors.map((a) => a.id)).toEqual(['kissinger']);
    expect(out.defaultDate).toBe('1974-03-24');
  });
});

describe('normalizeFilter', () => {
  it('drops unknown people and countries and orders the years', () => {
    expect(
      normalizeFilter(
        {
          actorIds: ['nobody', 'rubio', 'rubio'],
          country: 'Atlantis',
          fromYear: 1990,
          toYear: 1950,
        },
        d,
      ),
    ).toEqual({ actorIds: ['rubio'], country: null, fromYear: 1950, toYear: 1990 });
  });
});

describe('countryOptions and summarizeFilter', () => {
  it('lists the countries with their counts, most frequent first', () => {
    expect(countryOptions(d)[0]).toEqual({ value: 'U.S.S.R.', count: 2 });
    expect(countryOptions(d)).toHaveLength(4);
  });

  it('says how many people and events pass', () => {
    const filter = f({ fromYear: 1950, toYear: 1979 });
    expect(summarizeFilter(d, filterDataset(d, filter), filter)).toEqual({
      filtering: true,
      people: 2,
      totalPeople: 3,
      events: 4,
      totalEvents: 5,
    });
    expect(summarizeFilter(d, d, NO_FILTER).people).toBe(3);
  });
});
