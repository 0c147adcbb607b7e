import { describe, expect, it } from 'vitest';
import { unwrapRing, worldCopies, type Position } from '../../../src/domain/geo/antimeridian';

const maxStep = (ring: readonly Position[]) =>
  Math.max(...ring.slice(1).map((p, i) => Math.abs(p[0] - ring[i]![0])));

describe('outlines across the antimeridian', () => {
  it('leaves a ring that does not cross it as it is', () => {
    const ring: Position[] = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 10],
    ];
    expect(unwrapRing(ring)).toEqual(ring);
  });

  it('continues a ring east of 180° instead of jumping back (Chukotka, Fiji)', () => {
    const ring: Position[] = [
      [178, 65],
      [-178, 65],
      [-175, 67],
      [179, 68],
      [178, 65],
    ];
    const out = unwrapRing(ring);
    expect(maxStep(out)).toBeLessThan(180);
    expect(out).toEqual([
      [178, 65],
      [182, 65],
      [185, 67],
      [179, 68],
      [178, 65],
    ]);
  });

  it('closes a ring around the south pole over the pole (Antarctica)', () => {
    const ring: Position[] = [
      [-180, -80],
      [-90, -75],
      [0, -70],
      [90, -75],
      [179.9, -80],
      [-180, -80],
    ];
    const out = unwrapRing(ring);
    expect(maxStep(out)).toBeLessThanOrEqual(360);
    // No straight line across the map at the coast's latitude: the ring closes at −90°.
    const steps = out.slice(1).map((p, i) => [out[i]!, p] as const);
    for (const [a, b] of steps)
      if (Math.abs(a[0] - b[0]) > 180) expect([a[1], b[1]]).toEqual([-90, -90]);
    expect(out.at(-1)).toEqual(out[0]);
  });

  it('repeats a shape by the antimeridian on the other side of it', () => {
    const fc: GeoJSON.FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Fiji' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [179, -16],
                [-179, -16],
                [-179, -17],
                [179, -17],
                [179, -16],
              ],
            ],
          },
        },
      ],
    };
    const out = worldCopies(fc);
    expect(out.features).toHaveLength(2);
    const firstLons = out.features.map(
      (f) => (f.geometry as GeoJSON.Polygon).coordinates[0]![1]![0]!,
    );
    expect(firstLons.sort((a, b) => a - b)).toEqual([181 - 360, 181]);
  });

  it('repeats only what can be in view beyond ±180°', () => {
    const square = (lon: number): GeoJSON.Feature => ({
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [lon, 0],
            [lon + 1, 0],
            [lon + 1, 1],
            [lon, 0],
          ],
        ],
      },
    });
    // Greenwich is 180° from the antimeridian: never in a copy's view.
    const out = worldCopies({ type: 'FeatureCollection', features: [square(0), square(170)] });
    const lons = out.features.map((f) => (f.geometry as GeoJSON.Polygon).coordinates[0]![0]![0]!);
    expect(lons.sort((a, b) => a - b)).toEqual([170 - 360, 0, 170]);
  });
});
