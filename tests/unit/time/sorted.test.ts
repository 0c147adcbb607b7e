import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { lowerBound, upperBound } from '../../../src/domain/time/sorted';

describe('binary search in a sorted array', () => {
  it('finds what a linear scan finds, in plain and typed arrays (1,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 30 }),
        fc.integer({ min: -25, max: 25 }),
        (values, x) => {
          const a = [...values].sort((p, q) => p - q);
          const atOrAbove = a.findIndex((v) => v >= x);
          const above = a.findIndex((v) => v > x);
          const expected = [atOrAbove < 0 ? a.length : atOrAbove, above < 0 ? a.length : above];
          expect([lowerBound(a, x), upperBound(a, x)]).toEqual(expected);
          const typed = Float64Array.from(a);
          expect([lowerBound(typed, x), upperBound(typed, x)]).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('searches only within [lo, hi)', () => {
    const a = [1, 2, 2, 3, 5, 8];
    expect(lowerBound(a, 2, 3)).toBe(3);
    expect(upperBound(a, 8, 0, 4)).toBe(4);
    expect(lowerBound([], 1)).toBe(0);
  });
});
