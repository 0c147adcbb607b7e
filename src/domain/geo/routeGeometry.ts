/**
 * Route geometry for the map, prepared once per zoom level and kept in typed arrays:
 * a leg's great-circle arc as a Float64Array of [lat, lon, lat, lon, …] with as many
 * points as the zoom level needs, its longitudes continuous (never a jump of more than
 * 180°), so that a leg crossing the antimeridian is drawn the short way on the wrapped map
 * (the base map is repeated 360° east and west): Suva (178°) → Apia (−171.8°) runs east
 * to 188.2°, with a copy 360° to the west so it also meets Apia's marker at −171.8°.
 * Pure math, no map library.
 */
import { distanceKm, interpolateGreatCircle } from './greatCircle';
import type { LatLng } from './latlng';

/** Earth's circumference, km: a zoom-0 world is 256 px wide. */
const WORLD_KM = 40_075;
/** Target length of one straight piece on screen, px. */
const PIECE_PX = 6;
const MIN_SEGMENT_KM = 2;
const MAX_SEGMENT_KM = 500;
const MAX_SEGMENTS = 256;

/** The level of detail for a zoom: one level per whole zoom step (zoom 3.75 → 3). */
export function detailLevel(zoom: number): number {
  return Number.isFinite(zoom) ? Math.max(0, Math.floor(zoom)) : 0;
}

/** Length of one arc segment at a level of detail, km (shorter as the map zooms in). */
export function segmentKmAt(level: number): number {
  const kmPerPx = WORLD_KM / (256 * 2 ** level);
  return Math.min(MAX_SEGMENT_KM, Math.max(MIN_SEGMENT_KM, kmPerPx * PIECE_PX));
}

/** How many segments a leg of `km` gets at a level of detail (1 … MAX_SEGMENTS). */
export function segmentsFor(km: number, level: number): number {
  return Math.min(MAX_SEGMENTS, Math.max(1, Math.ceil(km / segmentKmAt(level))));
}

/**
 * The great-circle arc from a to b as [lat, lon, …]: `segments + 1` points, the first
 * exactly a (longitude as given, in [-180, 180]), the last b shifted by a multiple of 360°
 * when the short way crosses the antimeridian; consecutive longitudes differ by < 180°.
 */
export function arcLine(a: LatLng, b: LatLng, segments: number): Float64Array {
  const n = Math.max(1, Math.floor(segments));
  const out = new Float64Array(2 * (n + 1));
  out[0] = a.lat;
  out[1] = a.lon;
  let prevLon = a.lon;
  for (let i = 1; i <= n; i++) {
    const p = i === n ? b : interpolateGreatCircle(a, b, i / n);
    let lon = p.lon;
    while (lon - prevLon > 180) lon -= 360;
    while (prevLon - lon > 180) lon += 360;
    out[2 * i] = p.lat;
    out[2 * i + 1] = lon;
    prevLon = lon;
  }
  return out;
}

/** The arc for a level of detail (see `segmentsFor`). */
export function legLine(a: LatLng, b: LatLng, level: number): Float64Array {
  return arcLine(a, b, segmentsFor(distanceKm(a, b), level));
}

/**
 * The shifts (in degrees of longitude) at which to draw a line so that each of its ends
 * is drawn where that place is on the main world: [0] for a line within [-180, 180], and
 * [0, ∓360] for one that runs past ±180°.
 */
export function wrapShifts(line: Float64Array): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 1; i < line.length; i += 2) {
    const lon = line[i]!;
    if (lon < min) min = lon;
    if (lon > max) max = lon;
  }
  const shifts = [0];
  if (max > 180) shifts.push(-360);
  if (min < -180) shifts.push(360);
  return shifts;
}

/** [lat, lon] pairs of a line shifted by `shift` degrees, for a map library. */
export function linePairs(line: Float64Array, shift = 0): [number, number][] {
  const out: [number, number][] = new Array<[number, number]>(line.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = [line[2 * i]!, line[2 * i + 1]! + shift];
  return out;
}

/** A leg ready to draw: every copy of its arc (see `wrapShifts`) as [lat, lon] pairs. */
export function legParts(a: LatLng, b: LatLng, level: number): [number, number][][] {
  const line = legLine(a, b, level);
  return wrapShifts(line).map((shift) => linePairs(line, shift));
}

/** Spherical Mercator's latitude limit (the map's own, EPSG:3857). */
const MAX_MERCATOR_LAT = 85.0511287798;

/**
 * A line of [lat, lon, …] shifted by `shift` degrees of longitude, as Web Mercator pixels
 * [x, y, …] of a world `worldPx` pixels wide (256 · 2^zoom), origin at its top-left corner:
 * what the map's own projection gives, without an object per point.
 */
export function projectLine(line: Float64Array, shift: number, worldPx: number): Float64Array {
  const out = new Float64Array(line.length);
  for (let i = 0; i < line.length; i += 2) {
    const lat = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, line[i]!));
    const sin = Math.sin((lat * Math.PI) / 180);
    out[i] = worldPx * (0.5 + (line[i + 1]! + shift) / 360);
    out[i + 1] = worldPx * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
  }
  return out;
}

/** One copy of a line in Web Mercator pixels, with its bounding box (to skip it off view). */
export interface ProjectedLine {
  readonly px: Float64Array;
  readonly minX: number;
  readonly maxX: number;
  readonly minY: number;
  readonly maxY: number;
}

/** Every copy of a line (see `wrapShifts`) as Web Mercator pixels of a world `worldPx` wide. */
export function projectedCopies(line: Float64Array, worldPx: number): ProjectedLine[] {
  return wrapShifts(line).map((shift) => {
    const px = projectLine(line, shift, worldPx);
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let k = 0; k < px.length; k += 2) {
      const x = px[k]!;
      const y = px[k + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    return { px, minX, maxX, minY, maxY };
  });
}

/** True when a projected line lies wholly outside a view (origin ox, oy; w × h) plus `margin`. */
export function offView(
  line: ProjectedLine,
  ox: number,
  oy: number,
  w: number,
  h: number,
  margin: number,
): boolean {
  return (
    line.maxX - ox < -margin ||
    line.minX - ox > w + margin ||
    line.maxY - oy < -margin ||
    line.minY - oy > h + margin
  );
}
