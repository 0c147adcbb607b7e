import { describe, expect, it } from 'vitest';
import { frameBounds, narrowestLonInterval } from '../../../src/domain/geo/frame';

describe('narrowestLonInterval', () => {
  it('leaves out the widest empty gap, wherever it is', () => {
    expect(narrowestLonInterval([2, 37, -77])).toEqual([-77, 37]);
    // Fiji and Samoa: 10° across the antimeridian, not 350° the other way.
    expect(narrowestLonInterval([178.4, -171.8])).toEqual([178.4, 188.2]);
    // Tokyo and Havana: 138° across the Pacific beats 222° the other way.
    const [w, e] = narrowestLonInterval([139.7, -82.4])!;
    expect([w, e - w]).toEqual([139.7, expect.closeTo(137.9, 5)]);
    expect(narrowestLonInterval([10])).toEqual([10, 10]);
    expect(narrowestLonInterval([])).toBeNull();
  });
});

describe('frameBounds', () => {
  it('frames every place: south-west and north-east corners', () => {
    expect(
      frameBounds([
        { lat: 55.75, lon: 37.62 },
        { lat: 39.9, lon: 116.4 },
        { lat: 48.85, lon: 2.35 },
      ]),
    ).toEqual([
      [39.9, 2.35],
      [55.75, 116.4],
    ]);
  });

  it('keeps a frame across the antimeridian within the drawn world', () => {
    // The narrowest frame would cross 180°, where the data layers draw nothing: west to east.
    expect(
      frameBounds([
        { lat: 35.7, lon: 139.7 },
        { lat: 23.1, lon: -82.4 },
      ]),
    ).toEqual([
      [23.1, -82.4],
      [35.7, 139.7],
    ]);
    expect(frameBounds([])).toBeNull();
  });
});
