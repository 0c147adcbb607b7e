import { describe, expect, it } from 'vitest';
import {
  peakYears,
  perYear,
  placeVisits,
  topCountries,
  topPlaces,
} from '../../../src/domain/charts/counts';
import { recordFixture as d } from '../../fixtures/recordFixture';

describe('chart counts', () => {
  it('counts trips per year with every year in between', () => {
    const years = perYear(d);
    expect(years[0]).toEqual({ year: 1955, count: 1 });
    expect(years[years.length - 1]).toEqual({ year: 2025, count: 1 });
    expect(years).toHaveLength(2025 - 1955 + 1);
    expect(years.find((y) => y.year === 1960)).toEqual({ year: 1960, count: 0 });
  });

  it('names the busiest years', () => {
    expect(
      peakYears(
        [
          { year: 1990, count: 4 },
          { year: 1991, count: 9 },
          { year: 1992, count: 4 },
        ],
        2,
      ),
    ).toEqual([
      { year: 1991, count: 9 },
      { year: 1990, count: 4 },
    ]);
  });

  it('ranks countries and places, and counts visits and visitors to one place', () => {
    expect(topCountries(d, 1)).toEqual([{ key: 'U.S.S.R.', count: 2 }]);
    expect(topPlaces(d, 1)).toEqual([{ key: 'moscow', count: 2 }]);
    expect(placeVisits(d, 'moscow')).toEqual({ visits: 2, people: 1 });
    expect(placeVisits(d, 'nowhere')).toEqual({ visits: 0, people: 0 });
  });
});
