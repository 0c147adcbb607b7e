import { describe, expect, it } from 'vitest';
import {
  bearingDeg,
  distanceKm,
  greatCircleArc,
  greatCircleParts,
  interpolateGreatCircle,
  splitAtAntimeridian,
} from '../../../src/domain/geo/greatCircle';
import {
  fromGeoJsonPosition,
  latLng,
  normalizeLon,
  toGeoJsonPosition,
  type LatLng,
} from '../../../src/domain/geo/latlng';

const MOSCOW = latLng(55.752, 37.6178);
const RIYADH = latLng(24.6877, 46.7219);
const TOKYO = latLng(35.6762, 139.6503);
const SAN_FRANCISCO = latLng(37.7749, -122.4194);

/** Leaflet-style tolerance check (spec/setup.js nearLatLng), in degrees. */
function expectNear(actual: LatLng, expected: { lat: number; lon: number }, tolDeg = 1e-6) {
  expect(
    Math.abs(actual.lat - expected.lat),
    `lat ${actual.lat} vs ${expected.lat}`,
  ).toBeLessThanOrEqual(tolDeg);
  const dLon = Math.abs(normalizeLon(actual.lon - expected.lon));
  expect(dLon, `lon ${actual.lon} vs ${expected.lon}`).toBeLessThanOrEqual(tolDeg);
}

function expectFinite(p: LatLng) {
  expect(Number.isFinite(p.lat)).toBe(true);
  expect(Number.isFinite(p.lon)).toBe(true);
}

describe('latLng helpers', () => {
  it('GeoJSON [lon, lat] is swapped in one place, both ways', () => {
    const p = fromGeoJsonPosition([37.6178, 55.752]);
    expect(p.lat).toBe(55.752);
    expect(p.lon).toBe(37.6178);
    expect(toGeoJsonPosition(p)).toEqual([37.6178, 55.752]);
  });

  it('normalizeLon brings longitudes into [-180, 180]', () => {
    expect(normalizeLon(190)).toBeCloseTo(-170, 12);
    expect(normalizeLon(-190)).toBeCloseTo(170, 12);
    expect(normalizeLon(540)).toBe(180);
    expect(normalizeLon(-180)).toBe(-180);
    expect(normalizeLon(180)).toBe(180);
    expect(normalizeLon(725)).toBeCloseTo(5, 12);
  });
});

describe('interpolateGreatCircle', () => {
  it('returns the endpoints at f = 0 and f = 1', () => {
    expect(interpolateGreatCircle(MOSCOW, RIYADH, 0)).toEqual(MOSCOW);
    expect(interpolateGreatCircle(MOSCOW, RIYADH, 1)).toEqual(RIYADH);
  });

  it('finds lon 45 halfway along the equator from lon 0 to lon 90', () => {
    expectNear(interpolateGreatCircle(latLng(0, 0), latLng(0, 90), 0.5), { lat: 0, lon: 45 }, 1e-9);
    expectNear(
      interpolateGreatCircle(latLng(0, 0), latLng(0, 90), 0.25),
      { lat: 0, lon: 22.5 },
      1e-9,
    );
  });

  it('matches the Moscow → Riyadh midpoint computed by the closed-form midpoint formula', () => {
    // Independently computed (Python, Bx/By midpoint formula): 40.30417708°N, 43.24186471°E.
    expectNear(interpolateGreatCircle(MOSCOW, RIYADH, 0.5), {
      lat: 40.30417708041792,
      lon: 43.241864705539626,
    });
  });

  it('puts the point at fraction f at f × the distance from a', () => {
    const d = distanceKm(MOSCOW, RIYADH);
    for (const f of [0.1, 0.37, 0.5, 0.9]) {
      const p = interpolateGreatCircle(MOSCOW, RIYADH, f);
      expect(distanceKm(MOSCOW, p)).toBeCloseTo(f * d, 6);
      expect(distanceKm(p, RIYADH)).toBeCloseTo((1 - f) * d, 6);
    }
  });

  it('goes the short way across the antimeridian and returns normalised longitudes', () => {
    // Midpoint of Tokyo → San Francisco is at 187.716°E = -172.284° (computed independently).
    const mid = interpolateGreatCircle(TOKYO, SAN_FRANCISCO, 0.5);
    expectNear(mid, { lat: 48.649779889569245, lon: 187.7159175112644 - 360 });
    expect(mid.lon).toBeGreaterThanOrEqual(-180);
    expect(mid.lon).toBeLessThanOrEqual(180);
  });

  it('handles identical points', () => {
    const p = interpolateGreatCircle(MOSCOW, MOSCOW, 0.5);
    expectNear(p, MOSCOW, 1e-12);
  });

  it('handles antipodal points without NaN, still reaching b', () => {
    const a = latLng(10, 20);
    const b = latLng(-10, -160);
    const half = distanceKm(a, b) / 2;
    for (const f of [0.25, 0.5, 0.75, 1]) {
      const p = interpolateGreatCircle(a, b, f);
      expectFinite(p);
      expect(distanceKm(a, p)).toBeCloseTo(f * 2 * half, 3);
    }
    expectNear(interpolateGreatCircle(a, b, 1), b);
    // From a pole to the other pole.
    const q = interpolateGreatCircle(latLng(90, 0), latLng(-90, 0), 0.5);
    expectFinite(q);
    expect(q.lat).toBeCloseTo(0, 9);
  });
});

describe('distanceKm and bearingDeg', () => {
  it('measures Moscow → Riyadh (≈ 3533 km, computed independently)', () => {
    expect(distanceKm(MOSCOW, RIYADH)).toBeCloseTo(3532.9, 0);
    expect(distanceKm(RIYADH, MOSCOW)).toBeCloseTo(distanceKm(MOSCOW, RIYADH), 9);
  });

  it('one degree of the equator is 2πR/360', () => {
    expect(distanceKm(latLng(0, 0), latLng(0, 1))).toBeCloseTo((2 * Math.PI * 6371.0088) / 360, 6);
    expect(distanceKm(latLng(0, 179.5), latLng(0, -179.5))).toBeCloseTo(
      (2 * Math.PI * 6371.0088) / 360,
      6,
    );
  });

  it('gives compass bearings', () => {
    expect(bearingDeg(latLng(0, 0), latLng(10, 0))).toBeCloseTo(0, 9);
    expect(bearingDeg(latLng(0, 0), latLng(0, 10))).toBeCloseTo(90, 9);
    expect(bearingDeg(latLng(10, 0), latLng(0, 0))).toBeCloseTo(180, 9);
    expect(bearingDeg(latLng(0, 10), latLng(0, 0))).toBeCloseTo(270, 9);
    // Moscow → Riyadh heads south-south-east; Tokyo → San Francisco heads north-east.
    const south = bearingDeg(MOSCOW, RIYADH);
    expect(south).toBeGreaterThan(160);
    expect(south).toBeLessThan(180);
    const ne = bearingDeg(TOKYO, SAN_FRANCISCO);
    expect(ne).toBeGreaterThan(30);
    expect(ne).toBeLessThan(60);
  });
});

describe('greatCircleArc', () => {
  it('starts and ends exactly at the endpoints', () => {
    const arc = greatCircleArc(MOSCOW, RIYADH);
    expect(arc[0]).toEqual(MOSCOW);
    expect(arc[arc.length - 1]).toEqual(RIYADH);
  });

  it('has at least 2 points, more for longer arcs by default', () => {
    expect(greatCircleArc(MOSCOW, MOSCOW)).toHaveLength(2);
    const short = greatCircleArc(latLng(0, 0), latLng(0, 1));
    const long = greatCircleArc(MOSCOW, RIYADH);
    const longer = greatCircleArc(TOKYO, SAN_FRANCISCO);
    expect(short.length).toBeGreaterThanOrEqual(2);
    expect(long.length).toBeGreaterThan(short.length);
    expect(longer.length).toBeGreaterThan(long.length);
  });

  it('honours an explicit segment count, with every point on the great circle', () => {
    const arc = greatCircleArc(MOSCOW, RIYADH, 8);
    expect(arc).toHaveLength(9);
    const total = distanceKm(MOSCOW, RIYADH);
    arc.forEach((p, i) => {
      expect(distanceKm(MOSCOW, p)).toBeCloseTo((i / 8) * total, 6);
    });
  });
});

describe('splitAtAntimeridian', () => {
  it('leaves a line that does not cross the antimeridian in one part', () => {
    const arc = greatCircleArc(MOSCOW, RIYADH);
    const parts = splitAtAntimeridian(arc);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toEqual(arc);
  });

  it('splits Tokyo → San Francisco into two parts meeting at ±180', () => {
    const parts = greatCircleParts(TOKYO, SAN_FRANCISCO);
    expect(parts).toHaveLength(2);
    const [west, east] = parts as [LatLng[], LatLng[]];
    for (const part of parts) {
      expect(part.length).toBeGreaterThanOrEqual(2);
      for (const p of part) {
        expect(p.lon).toBeGreaterThanOrEqual(-180);
        expect(p.lon).toBeLessThanOrEqual(180);
      }
    }
    // The Tokyo side stays east of Greenwich, the San Francisco side west of it.
    for (const p of west) expect(p.lon).toBeGreaterThan(0);
    for (const p of east) expect(p.lon).toBeLessThan(0);
    expect(west[0]).toEqual(TOKYO);
    expect(east[east.length - 1]).toEqual(SAN_FRANCISCO);
    const end = west[west.length - 1]!;
    const start = east[0]!;
    expect(end.lon).toBe(180);
    expect(start.lon).toBe(-180);
    expect(start.lat).toBe(end.lat);
    // The boundary point lies on the great circle from Tokyo to San Francisco.
    expect(distanceKm(TOKYO, end) + distanceKm(end, SAN_FRANCISCO)).toBeCloseTo(
      distanceKm(TOKYO, SAN_FRANCISCO),
      4,
    );
    // No segment of either part spans more than a few degrees of longitude.
    for (const part of parts)
      for (let i = 1; i < part.length; i++)
        expect(Math.abs(part[i]!.lon - part[i - 1]!.lon)).toBeLessThan(10);
  });

  it('splits westward crossings with -180 first, then 180', () => {
    const parts = greatCircleParts(SAN_FRANCISCO, TOKYO);
    expect(parts).toHaveLength(2);
    const end = parts[0]![parts[0]!.length - 1]!;
    expect(end.lon).toBe(-180);
    expect(parts[1]![0]!.lon).toBe(180);
    // Same crossing as the eastward arc, on the same great circle.
    const east = greatCircleParts(TOKYO, SAN_FRANCISCO)[0]!;
    expect(end.lat).toBeCloseTo(east[east.length - 1]!.lat, 9);
    expect(distanceKm(SAN_FRANCISCO, end) + distanceKm(end, TOKYO)).toBeCloseTo(
      distanceKm(TOKYO, SAN_FRANCISCO),
      4,
    );
  });

  it('splits a polyline at every crossing and accepts unwrapped input longitudes', () => {
    const line = [latLng(0, 170), latLng(0, 190), latLng(5, 170), latLng(5, 160)];
    const parts = splitAtAntimeridian(line);
    expect(parts).toHaveLength(3);
    expect(parts[0]!.map((p) => p.lon)).toEqual([170, 180]);
    expect(parts[1]![0]!.lon).toBe(-180);
    expect(parts[1]![1]!.lon).toBeCloseTo(-170, 9);
    expect(parts[1]![2]!.lon).toBe(-180);
    expect(parts[2]!.map((p) => p.lon)).toEqual([180, 170, 160]);
  });

  it('does not duplicate a point that already lies on the meridian', () => {
    const parts = splitAtAntimeridian([latLng(0, 170), latLng(1, 180), latLng(2, -170)]);
    expect(parts).toHaveLength(2);
    expect(parts[0]).toEqual([latLng(0, 170), latLng(1, 180)]);
    expect(parts[1]).toEqual([latLng(1, -180), latLng(2, -170)]);
  });

  it('gives nothing drawable for fewer than two points', () => {
    expect(splitAtAntimeridian([])).toEqual([]);
    expect(splitAtAntimeridian([MOSCOW])).toEqual([]);
  });
});
