/**
 * Great-circle geometry on a spherical Earth (radius 6371 km): interpolation,
 * arcs, the antimeridian split, distance and bearing. Pure math, no map library.
 *
 * Longitude convention: every function here RETURNS longitudes normalised to
 * [-180, 180]. A point is therefore always drawable as is (e.g. a traveller marker),
 * and a polyline that crosses the ±180° meridian must go through
 * `splitAtAntimeridian` before it is drawn, so that no segment is drawn the long way
 * across the map (Leaflet #82). `greatCircleArc` returns one unsplit polyline;
 * `greatCircleParts` returns it already split.
 */
import { latLng, normalizeLon, type LatLng } from './latlng';

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Default arc resolution: one segment per this many km of great-circle distance. */
export const ARC_SEGMENT_KM = 100;
const MAX_DEFAULT_SEGMENTS = 512;

const RAD = Math.PI / 180;
const DEG = 180 / Math.PI;

type Vec3 = [number, number, number];

function toVec(p: LatLng): Vec3 {
  const phi = p.lat * RAD;
  const lambda = p.lon * RAD;
  const c = Math.cos(phi);
  return [c * Math.cos(lambda), c * Math.sin(lambda), Math.sin(phi)];
}

function fromVec(x: number, y: number, z: number): LatLng {
  const lat = Math.atan2(z, Math.hypot(x, y)) * DEG;
  // At a pole the longitude is arbitrary; atan2(0, 0) = 0 keeps it finite.
  const lon = Math.atan2(y, x) * DEG;
  return latLng(lat, normalizeLon(lon));
}

function normalized(p: LatLng): LatLng {
  return p.lon >= -180 && p.lon <= 180 ? p : latLng(p.lat, normalizeLon(p.lon));
}

/** Central angle between a and b, radians, stable for tiny and near-antipodal angles. */
function centralAngle(va: Vec3, vb: Vec3): number {
  const cx = va[1] * vb[2] - va[2] * vb[1];
  const cy = va[2] * vb[0] - va[0] * vb[2];
  const cz = va[0] * vb[1] - va[1] * vb[0];
  const dot = va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2];
  return Math.atan2(Math.hypot(cx, cy, cz), dot);
}

/**
 * The point a fraction `f` of the way from `a` to `b` along the shorter great circle
 * (spherical linear interpolation). f = 0 gives a, f = 1 gives b (exactly, normalised);
 * f outside [0, 1] extrapolates along the same circle. Identical points give a.
 * Antipodal points have no unique great circle: the path then runs along a's meridian
 * through the north pole (through the south pole when a is the north pole), never NaN.
 * The longitude returned is normalised to [-180, 180].
 */
export function interpolateGreatCircle(a: LatLng, b: LatLng, f: number): LatLng {
  if (f === 0 || !Number.isFinite(f)) return normalized(a);
  if (f === 1) return normalized(b);
  const va = toVec(a);
  const vb = toVec(b);
  const d = centralAngle(va, vb);
  if (d < 1e-12) return normalized(a);
  const dot = va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2];
  // Unit vector perpendicular to a, in the plane of a and b, pointing towards b.
  let ux = vb[0] - dot * va[0];
  let uy = vb[1] - dot * va[1];
  let uz = vb[2] - dot * va[2];
  let un = Math.hypot(ux, uy, uz);
  if (un < 1e-9) {
    // (Nearly) antipodal: no unique circle. Go along a's meridian towards the north pole;
    // from a pole (where every way is south), along b's meridian.
    if (Math.abs(a.lat) >= 90 - 1e-9) {
      const lb = b.lon * RAD;
      ux = Math.cos(lb);
      uy = Math.sin(lb);
      uz = 0;
    } else {
      const phi = a.lat * RAD;
      const lambda = a.lon * RAD;
      ux = -Math.sin(phi) * Math.cos(lambda);
      uy = -Math.sin(phi) * Math.sin(lambda);
      uz = Math.cos(phi);
    }
    un = Math.hypot(ux, uy, uz);
  }
  ux /= un;
  uy /= un;
  uz /= un;
  const angle = f * d;
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return fromVec(c * va[0] + s * ux, c * va[1] + s * uy, c * va[2] + s * uz);
}

/** Great-circle (haversine) distance in km. */
export function distanceKm(a: LatLng, b: LatLng): number {
  const phi1 = a.lat * RAD;
  const phi2 = b.lat * RAD;
  const dPhi = phi2 - phi1;
  const dLambda = (b.lon - a.lon) * RAD;
  const h = Math.sin(dPhi / 2) ** 2 + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Initial bearing from a towards b, degrees clockwise from north in [0, 360).
 * 0 when the points coincide.
 */
export function bearingDeg(a: LatLng, b: LatLng): number {
  const phi1 = a.lat * RAD;
  const phi2 = b.lat * RAD;
  const dLambda = (b.lon - a.lon) * RAD;
  const y = Math.sin(dLambda) * Math.cos(phi2);
  const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
  if (y === 0 && x === 0) return 0;
  const deg = Math.atan2(y, x) * DEG;
  return (deg + 360) % 360;
}

/**
 * Points along the great circle from a to b: `segments + 1` points, the first exactly a
 * and the last exactly b (normalised). By default one segment per ARC_SEGMENT_KM of
 * distance (at least 1, so at least 2 points; at most 512 segments). Longitudes are in
 * [-180, 180]: pass the result through `splitAtAntimeridian` before drawing it.
 */
export function greatCircleArc(a: LatLng, b: LatLng, segments?: number): LatLng[] {
  const n =
    segments !== undefined && Number.isFinite(segments) && segments >= 1
      ? Math.floor(segments)
      : Math.min(MAX_DEFAULT_SEGMENTS, Math.max(1, Math.ceil(distanceKm(a, b) / ARC_SEGMENT_KM)));
  const points: LatLng[] = [normalized(a)];
  for (let i = 1; i < n; i++) points.push(interpolateGreatCircle(a, b, i / n));
  points.push(normalized(b));
  return points;
}

/** The great-circle arc from a to b, already split at the antimeridian: ready to draw. */
export function greatCircleParts(a: LatLng, b: LatLng, segments?: number): LatLng[][] {
  return splitAtAntimeridian(greatCircleArc(a, b, segments));
}

/**
 * Latitude where the great circle through p and q meets the ±180° meridian, between
 * them. Falls back to linear interpolation in longitude when p and q do not define a
 * circle (coincident or antipodal).
 */
function antimeridianLat(p: LatLng, q: LatLng, qLonUnwrapped: number, boundary: number): number {
  const vp = toVec(p);
  const vq = toVec(q);
  // n = p × q; the meridian plane of 0°/180° is y = 0, with normal e_y; n × e_y = (-n_z, 0, n_x).
  const nx = vp[1] * vq[2] - vp[2] * vq[1];
  const ny = vp[2] * vq[0] - vp[0] * vq[2];
  const nz = vp[0] * vq[1] - vp[1] * vq[0];
  const x = -nz;
  const z = nx;
  const len = Math.hypot(x, z);
  if (Math.hypot(nx, ny, nz) > 1e-12 && len > 1e-12) {
    // The circle meets y = 0 at ±(x, 0, z)/len; take the point on the 180° side (x < 0).
    const sinLat = (x > 0 ? -z : z) / len;
    return Math.asin(Math.max(-1, Math.min(1, sinLat))) * DEG;
  }
  const span = qLonUnwrapped - p.lon;
  const f = span === 0 ? 0 : (boundary - p.lon) / span;
  return p.lat + f * (q.lat - p.lat);
}

function samePoint(a: LatLng | undefined, b: LatLng): boolean {
  return a !== undefined && a.lat === b.lat && a.lon === b.lon;
}

/**
 * Splits a polyline wherever a segment crosses the ±180° meridian (a jump of more
 * than 180° in longitude between consecutive points, taken to be the short way round).
 * At each crossing the current part ends on the meridian (lon exactly 180 or -180, on
 * the side it came from) and the next part starts at the same latitude on the other
 * side. Input longitudes may be unwrapped; output longitudes are in [-180, 180].
 * Parts with fewer than 2 points are dropped, so a single point gives [].
 */
export function splitAtAntimeridian(points: readonly LatLng[]): LatLng[][] {
  const parts: LatLng[][] = [];
  let current: LatLng[] = [];
  let prev: LatLng | undefined;
  for (const raw of points) {
    const q = normalized(raw);
    if (prev === undefined) {
      current.push(q);
      prev = q;
      continue;
    }
    const dLon = q.lon - prev.lon;
    if (Math.abs(dLon) > 180) {
      // Eastward across +180 when going from positive to negative longitudes.
      const boundary = prev.lon > 0 ? 180 : -180;
      const qUnwrapped = q.lon + (boundary === 180 ? 360 : -360);
      // A point already on the meridian is its own crossing point.
      const lat =
        Math.abs(prev.lon) === 180
          ? prev.lat
          : Math.abs(q.lon) === 180
            ? q.lat
            : antimeridianLat(prev, q, qUnwrapped, boundary);
      const end = latLng(lat, boundary);
      const start = latLng(lat, -boundary);
      if (!samePoint(current[current.length - 1], end)) current.push(end);
      if (current.length >= 2) parts.push(current);
      current = [start];
      if (!samePoint(start, q)) current.push(q);
    } else {
      current.push(q);
    }
    prev = q;
  }
  if (current.length >= 2) parts.push(current);
  return parts;
}
