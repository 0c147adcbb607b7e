import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import topology from 'world-atlas/countries-50m.json';
import {
  baseMapText,
  buildBaseMapPaths,
  mercatorUnits,
  readBaseMapPaths,
  ringPathData,
  shapeRings,
  unitsToLonLat,
  UNITS_PER_WORLD,
} from '../../../src/domain/geo/baseMapPaths';
import { worldCopies, type Position } from '../../../src/domain/geo/antimeridian';

const U = UNITS_PER_WORLD;

/** Path data back to rings of absolute points (M x y, l dx dy …, z). */
function decode(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  const tokens = d.match(/[Mlz]|-?\d+/g) ?? [];
  let ring: [number, number][] = [];
  let command = '';
  let x = 0;
  let y = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === 'M' || t === 'l') {
      command = t;
      continue;
    }
    if (t === 'z') {
      rings.push(ring);
      ring = [];
      continue;
    }
    const a = Number(t);
    const b = Number(tokens[++i]);
    if (command === 'M') [x, y] = [a, b];
    else [x, y] = [x + a, y + b];
    ring.push([x, y]);
  }
  return rings;
}

const countries = () =>
  feature(
    topology as unknown as Topology<{ countries: GeometryCollection }>,
    (topology as unknown as Topology<{ countries: GeometryCollection }>).objects.countries,
  ) as FeatureCollection;

function polygonFeature(ring: Position[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates: [ring.map((p) => [...p])] },
      },
    ],
  };
}

describe('the base map prepared ahead of time', () => {
  it('projects like Leaflet: Web Mercator in units of one world, north up', () => {
    expect(mercatorUnits(-180, 0)).toEqual([0, U / 2]);
    expect(mercatorUnits(0, 0)).toEqual([U / 2, U / 2]);
    expect(mercatorUnits(180, 85.0511287798)).toEqual([U, 0]);
    // Beyond Web Mercator's limit: clamped to the edge, as Leaflet does.
    expect(mercatorUnits(0, -90)).toEqual([U / 2, U]);
    // Unwrapped longitudes pass 180° and stay continuous.
    expect(mercatorUnits(190, 0)[0]).toBeGreaterThan(U);
  });

  it('writes a ring as an absolute start, relative steps and a close, in whole units', () => {
    const ring: Position[] = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 10],
    ];
    const d = ringPathData(ring);
    expect(d).toMatch(/^M\d+ \d+l[-\d ]+z$/);
    expect(decode(d)).toEqual([
      [mercatorUnits(10, 10), mercatorUnits(20, 10), mercatorUnits(20, 20)],
    ]);
  });

  it('drops repeated points and rings that are less than a triangle once rounded', () => {
    const tiny: Position[] = [
      [10, 10],
      [10.0000001, 10],
      [10, 10.0000001],
      [10, 10],
    ];
    expect(ringPathData(tiny)).toBe('');
    const repeated: Position[] = [
      [10, 10],
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 10],
    ];
    expect(decode(ringPathData(repeated))[0]).toHaveLength(3);
  });

  it('unwraps a ring across 180° instead of jumping back across the world', () => {
    const d = ringPathData([
      [178, 65],
      [-178, 65],
      [-175, 67],
      [179, 68],
      [178, 65],
    ]);
    const [ring] = decode(d);
    const steps = ring!.slice(1).map((p, i) => Math.abs(p[0] - ring![i]![0]));
    expect(Math.max(...steps)).toBeLessThan(U / 8);
    expect(Math.max(...ring!.map((p) => p[0]))).toBeGreaterThan(U);
  });

  it('repeats a shape a world east or west only when it can be in view there', () => {
    const near = (lon: number): Position[] => [
      [lon, 0],
      [lon + 5, 0],
      [lon + 5, 5],
      [lon, 0],
    ];
    expect(buildBaseMapPaths(polygonFeature(near(170))).shapes[0]!.worlds).toEqual([0, -1]);
    expect(buildBaseMapPaths(polygonFeature(near(-175))).shapes[0]!.worlds).toEqual([0, 1]);
    expect(buildBaseMapPaths(polygonFeature(near(0))).shapes[0]!.worlds).toEqual([0]);
  });

  it('has a path for every country and every copy the map drew from the TopoJSON before', () => {
    const fc = countries();
    const paths = buildBaseMapPaths(fc);
    const copies = paths.shapes.reduce((n, s) => n + s.worlds.length, 0);
    expect(copies).toBe(worldCopies(fc).features.filter((f) => f.geometry).length);
    expect(paths.shapes.every((s) => s.d.startsWith('M'))).toBe(true);
  });

  it('is up to date in src/data/basemap.v1.json (npm run basemap writes it)', () => {
    const committed = readFileSync(
      new URL('../../../src/data/basemap.v1.json', import.meta.url),
      'utf8',
    );
    expect(committed === baseMapText(countries()), 'run npm run basemap').toBe(true);
    expect(readBaseMapPaths(JSON.parse(committed))).not.toBeNull();
  });

  it('reads a shape back as rings of [lon, lat] within a unit of where they were', () => {
    const ring: Position[] = [
      [178, 65],
      [-178, 65.5],
      [-175, 67],
      [179, 68],
      [178, 65],
    ];
    const square: Position[] = [
      [-60, -10],
      [-50, -10],
      [-50, 0],
      [-60, -10],
    ];
    const d = ringPathData(ring) + ringPathData(square);
    const [a, b] = shapeRings(d);
    const unit = 360 / U;
    expect(a).toHaveLength(4);
    expect(b).toHaveLength(3);
    // Unwrapped: east of 180° rather than back at −178°.
    const expected = [
      [178, 65],
      [182, 65.5],
      [185, 67],
      [179, 68],
    ];
    a!.forEach(([lon, lat], i) => {
      expect(Math.abs(lon - expected[i]![0]!)).toBeLessThan(unit);
      expect(Math.abs(lat - expected[i]![1]!)).toBeLessThan(unit);
    });
    expect(unitsToLonLat(...mercatorUnits(-55, 40))[0]).toBeCloseTo(-55, 3);
    expect(unitsToLonLat(...mercatorUnits(-55, 40))[1]).toBeCloseTo(40, 3);
  });

  it('refuses a file of another version', () => {
    expect(readBaseMapPaths({ version: 2, unitsPerWorld: U, shapes: [] })).toBeNull();
    expect(readBaseMapPaths({ version: 1, unitsPerWorld: 1000, shapes: [] })).toBeNull();
    expect(readBaseMapPaths('M0 0')).toBeNull();
    expect(readBaseMapPaths({ version: 1, unitsPerWorld: U, shapes: [] })).not.toBeNull();
  });
});
