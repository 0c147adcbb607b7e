/**
 * The offline base map, prepared once ahead of time (`npm run basemap` writes
 * src/data/basemap.v1.json from Natural Earth 1:50m, the world-atlas package): each
 * country's rings unwrapped at the antimeridian (antimeridian.ts), projected to Web Mercator
 * and written as SVG path data in whole units of a world `UNITS_PER_WORLD` wide, with the
 * copies 360° east and west that can come into view. The page only sets the strings and a
 * transform per zoom (src/map/layers/baseMapSvg.ts): no TopoJSON decoding, no GeoJSON
 * objects, no per-point projection at start. GeoJSON order: [lon, lat].
 */

import type { FeatureCollection, Geometry } from 'geojson';
import { lonRange, unwrapRing, type Position } from './antimeridian';

/** Bump when the shape of `BaseMapPaths` changes (the file name carries it). */
export const BASE_MAP_VERSION = 1;

/**
 * Units across one world (zoom 0 is 256 px wide): 2^18, finer than Natural Earth 1:50m's
 * own quantisation (1e5 steps of longitude), so no point moves visibly at the top zoom.
 */
export const UNITS_PER_WORLD = 2 ** 18;

/** Leaflet's Web Mercator limit (L.Projection.SphericalMercator.MAX_LATITUDE). */
const MAX_LATITUDE = 85.0511287798;

export interface BaseMapShape {
  /** SVG path data: one subpath per ring, absolute start, relative steps, closed. */
  readonly d: string;
  /** Copies to draw, in whole worlds (0 = the shape itself, -1 = 360° west, 1 = east). */
  readonly worlds: readonly number[];
}

export interface BaseMapPaths {
  readonly version: typeof BASE_MAP_VERSION;
  readonly unitsPerWorld: number;
  readonly shapes: readonly BaseMapShape[];
}

/** [lon, lat] → Web Mercator units (x from 180° W, y from the north edge); lon may pass ±180. */
export function mercatorUnits(lon: number, lat: number): [x: number, y: number] {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  const x = ((lon + 180) / 360) * UNITS_PER_WORLD;
  const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * UNITS_PER_WORLD;
  return [Math.round(x), Math.round(y)];
}

function ringsOf(geometry: Geometry): (readonly Position[])[] {
  if (geometry.type === 'Polygon') return geometry.coordinates as unknown as Position[][];
  if (geometry.type === 'MultiPolygon')
    return geometry.coordinates.flat() as unknown as Position[][];
  return [];
}

/**
 * One ring as path data: unwrapped, projected, whole units, repeated points dropped; ''
 * for a ring that is less than a triangle once rounded.
 */
export function ringPathData(ring: readonly Position[]): string {
  const points: [number, number][] = [];
  for (const [lon, lat] of unwrapRing(ring)) {
    const p = mercatorUnits(lon, lat);
    const last = points[points.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (first && last && points.length > 1 && first[0] === last[0] && first[1] === last[1])
    points.pop(); // 'z' closes it
  if (points.length < 3) return '';
  let d = `M${points[0]![0]} ${points[0]![1]}l`;
  for (let i = 1; i < points.length; i++) {
    const dx = points[i]![0] - points[i - 1]![0];
    const dy = points[i]![1] - points[i - 1]![1];
    // A minus sign separates numbers by itself; otherwise a space does.
    d += `${i > 1 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
  }
  return `${d}z`;
}

/**
 * The base map's shapes: one per feature with a polygon, and the copies of it that can be in
 * view beyond ±180° (within `reachDeg` of it: the widest view at the lowest zoom shows about
 * a third of a world more), as `worldCopies` chooses them.
 */
export function buildBaseMapPaths(fc: FeatureCollection, reachDeg = 150): BaseMapPaths {
  const shapes: BaseMapShape[] = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const rings = ringsOf(f.geometry);
    const d = rings.map(ringPathData).join('');
    if (!d) continue;
    let min = Infinity;
    let max = -Infinity;
    for (const ring of rings) {
      const [a, b] = lonRange(unwrapRing(ring));
      if (a < min) min = a;
      if (b > max) max = b;
    }
    const worlds = [0];
    if (max > 180 - reachDeg) worlds.push(-1);
    if (min < -180 + reachDeg) worlds.push(1);
    shapes.push({ d, worlds });
  }
  return { version: BASE_MAP_VERSION, unitsPerWorld: UNITS_PER_WORLD, shapes };
}

/** Reads the asset's JSON; null when it is not a base map of this version. */
export function readBaseMapPaths(value: unknown): BaseMapPaths | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<BaseMapPaths>;
  if (v.version !== BASE_MAP_VERSION || v.unitsPerWorld !== UNITS_PER_WORLD) return null;
  if (!Array.isArray(v.shapes)) return null;
  return v as BaseMapPaths;
}

/** The asset's text, as `npm run basemap` writes it (src/data/basemap.v1.json). */
export function baseMapText(fc: FeatureCollection): string {
  return `${JSON.stringify(buildBaseMapPaths(fc))}\n`;
}

/** Web Mercator units back to [lon, lat] (the inverse of `mercatorUnits`, to a unit). */
export function unitsToLonLat(x: number, y: number): [lon: number, lat: number] {
  const lon = (x / UNITS_PER_WORLD) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / UNITS_PER_WORLD))) * 180) / Math.PI;
  return [lon, lat];
}

/** A shape's rings as [lon, lat] (GeoJSON order, unwrapped), read back from its path data. */
export function shapeRings(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let ring: [number, number][] = [];
  let relative = false;
  let x = 0;
  let y = 0;
  const numbers: number[] = [];
  for (const token of d.match(/[Mlz]|-?\d+/g) ?? []) {
    if (token === 'M' || token === 'l') {
      relative = token === 'l';
      continue;
    }
    if (token === 'z') {
      if (ring.length > 0) rings.push(ring);
      ring = [];
      continue;
    }
    numbers.push(Number(token));
    if (numbers.length < 2) continue;
    const [a, b] = numbers as [number, number];
    numbers.length = 0;
    [x, y] = relative ? [x + a, y + b] : [a, b];
    ring.push(unitsToLonLat(x, y));
  }
  return rings;
}
