/**
 * Country outlines on a flat, wrapped map. Natural Earth rings that cross the 180th
 * meridian (Russia, Fiji, Antarctica) jump from +179.9° to −179.9°, which a flat map draws
 * as a straight line across the whole world. `unwrapRing` makes the longitudes continuous
 * (Chukotka continues east of 180° instead of jumping back), closes a ring around a pole
 * along that pole, and `worldCopies` repeats the shapes 360° east and west, so the map has
 * land on both sides of the antimeridian. GeoJSON order: [lon, lat].
 */

import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type Position = readonly [lon: number, lat: number];

/** A ring with no step of more than 180° in longitude; a ring around a pole is closed over it. */
export function unwrapRing(ring: readonly Position[]): Position[] {
  if (ring.length === 0) return [];
  const out: [number, number][] = [[ring[0]![0], ring[0]![1]]];
  let shift = 0;
  for (let i = 1; i < ring.length; i++) {
    const [lon, lat] = ring[i]!;
    const prev = ring[i - 1]![0];
    if (lon - prev > 180) shift -= 360;
    else if (prev - lon > 180) shift += 360;
    out.push([lon + shift, lat]);
  }
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (Math.abs(last[0] - first[0]) > 180) {
    // Around a pole: the ring went once round the world. Close it over the nearer pole.
    const poleLat = ring.reduce((s, p) => s + p[1], 0) / ring.length < 0 ? -90 : 90;
    out.push([last[0], poleLat], [first[0], poleLat], [first[0], first[1]]);
  }
  return out;
}

/** Longitude span of a ring (after unwrapping it may pass ±180). */
export function lonRange(ring: readonly Position[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const [lon] of ring) {
    if (lon < min) min = lon;
    if (lon > max) max = lon;
  }
  return [min, max];
}

type Polygon = readonly (readonly Position[])[];

/** Every ring of a (Multi)Polygon unwrapped; other geometry types are returned as they are. */
export function unwrapGeometry(geometry: Geometry): Geometry {
  const polygon = (p: Polygon) => p.map((ring) => unwrapRing(ring) as [number, number][]);
  if (geometry.type === 'Polygon')
    return { ...geometry, coordinates: polygon(geometry.coordinates as unknown as Polygon) };
  if (geometry.type === 'MultiPolygon')
    return {
      ...geometry,
      coordinates: geometry.coordinates.map((p) => polygon(p as unknown as Polygon)),
    };
  return geometry;
}

/** The same shapes shifted by `dLon` degrees (a copy of the world east or west). */
export function shiftGeometry(geometry: Geometry, dLon: number): Geometry {
  const ring = (r: readonly Position[]) => r.map(([lon, lat]) => [lon + dLon, lat]);
  if (geometry.type === 'Polygon')
    return {
      ...geometry,
      coordinates: geometry.coordinates.map((r) => ring(r as unknown as Position[])),
    };
  if (geometry.type === 'MultiPolygon')
    return {
      ...geometry,
      coordinates: geometry.coordinates.map((p) => p.map((r) => ring(r as unknown as Position[]))),
    };
  return geometry;
}

/**
 * Features unwrapped at the antimeridian and repeated 360° east and west. Only shapes that
 * can be in view beyond ±180° are repeated (those within `reachDeg` of it: the widest view
 * at the lowest zoom shows about a third of a world more), to keep the map light.
 */
export function worldCopies(fc: FeatureCollection, reachDeg = 150): FeatureCollection {
  const unwrapped = fc.features.map((f) =>
    f.geometry ? { ...f, geometry: unwrapGeometry(f.geometry) } : f,
  );
  const features: Feature[] = [...unwrapped];
  for (const f of unwrapped) {
    if (!f.geometry) continue;
    const [min, max] = geometryLonRange(f.geometry);
    if (max > 180 - reachDeg) features.push({ ...f, geometry: shiftGeometry(f.geometry, -360) });
    if (min < -180 + reachDeg) features.push({ ...f, geometry: shiftGeometry(f.geometry, 360) });
  }
  return { ...fc, features };
}

function geometryLonRange(geometry: Geometry): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  const rings =
    geometry.type === 'Polygon'
      ? geometry.coordinates
      : geometry.type === 'MultiPolygon'
        ? geometry.coordinates.flat()
        : [];
  for (const ring of rings) {
    const [a, b] = lonRange(ring as unknown as Position[]);
    if (a < min) min = a;
    if (b > max) max = b;
  }
  return [min, max];
}
