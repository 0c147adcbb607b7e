import { describe, expect, it } from 'vitest';
import { latLng } from '../../../src/domain/geo/latlng';
import { distanceKm, interpolateGreatCircle } from '../../../src/domain/geo/greatCircle';
import {
  arcLine,
  detailLevel,
  legLine,
  legParts,
  linePairs,
  offView,
  projectedCopies,
  projectLine,
  segmentKmAt,
  segmentsFor,
  wrapShifts,
} from '../../../src/domain/geo/routeGeometry';

const suva = latLng(-18.1416, 178.4419);
const apia = latLng(-13.8333, -171.7667);
const paris = latLng(48.8566, 2.3522);
const tokyo = latLng(35.6762, 139.6503);
const anadyr = latLng(64.7337, 177.4968);
const anchorage = latLng(61.2181, -149.9003);

function lons(line: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 1; i < line.length; i += 2) out.push(line[i]!);
  return out;
}

describe('levels of detail', () => {
  it('one level per whole zoom step, never below 0', () => {
    expect(detailLevel(3.75)).toBe(3);
    expect(detailLevel(4)).toBe(4);
    expect(detailLevel(-1)).toBe(0);
    expect(detailLevel(Number.NaN)).toBe(0);
  });

  it('shorter segments as the map zooms in, more points for a leg, within bounds', () => {
    for (let z = 0; z < 12; z++) expect(segmentKmAt(z + 1)).toBeLessThanOrEqual(segmentKmAt(z));
    const km = distanceKm(paris, tokyo);
    expect(segmentsFor(km, 2)).toBeLessThan(segmentsFor(km, 6));
    expect(segmentsFor(km, 30)).toBe(256);
    expect(segmentsFor(0, 5)).toBe(1);
  });
});

describe('a leg as a typed array', () => {
  it('starts at a and ends at b, with every point on the great circle', () => {
    const line = arcLine(paris, tokyo, 10);
    expect(line).toBeInstanceOf(Float64Array);
    expect(line.length).toBe(22);
    expect([line[0], line[1]]).toEqual([paris.lat, paris.lon]);
    expect([line[20], line[21]]).toEqual([tokyo.lat, tokyo.lon]);
    for (let i = 1; i < 10; i++) {
      const p = interpolateGreatCircle(paris, tokyo, i / 10);
      expect(line[2 * i]).toBeCloseTo(p.lat, 9);
      expect(line[2 * i + 1]).toBeCloseTo(p.lon, 9);
    }
  });

  it('takes the short way across the antimeridian: Suva → Apia runs east past 180°', () => {
    const line = legLine(suva, apia, 5);
    const l = lons(line);
    expect(l[0]).toBe(suva.lon);
    expect(l[l.length - 1]).toBeCloseTo(apia.lon + 360, 9);
    for (let i = 1; i < l.length; i++) expect(Math.abs(l[i]! - l[i - 1]!)).toBeLessThan(180);
    expect(Math.max(...l) - Math.min(...l)).toBeLessThan(15); // not 350° the long way
    // Westward too: Apia → Suva goes west past −180°.
    const back = lons(legLine(apia, suva, 5));
    expect(back[back.length - 1]).toBeCloseTo(suva.lon - 360, 9);
  });

  it('draws a crossing leg twice, 360° apart, so each end meets its place', () => {
    const line = legLine(anadyr, anchorage, 4);
    expect(wrapShifts(line)).toEqual([0, -360]);
    const parts = legParts(anadyr, anchorage, 4);
    expect(parts).toHaveLength(2);
    expect(parts[0]![0]).toEqual([anadyr.lat, anadyr.lon]);
    const copy = parts[1]!;
    expect(copy[copy.length - 1]![1]).toBeCloseTo(anchorage.lon, 9);
    expect(legParts(anchorage, anadyr, 4)[1]![copy.length - 1]![1]).toBeCloseTo(anadyr.lon, 9);
  });

  it('draws a leg that stays inside ±180° once, as it is', () => {
    const line = legLine(paris, tokyo, 3);
    expect(wrapShifts(line)).toEqual([0]);
    expect(legParts(paris, tokyo, 3)).toEqual([linePairs(line)]);
  });

  it('gives a single segment for a leg between two points of one place', () => {
    const line = legLine(paris, paris, 8);
    expect(Array.from(line)).toEqual([paris.lat, paris.lon, paris.lat, paris.lon]);
  });
});

describe('projected lines', () => {
  it('gives Web Mercator pixels of a world 256 · 2^zoom wide, shifted copies 360° apart', () => {
    const line = new Float64Array([0, 0, 0, 180, 85.0511287798, -180, -89, 90]);
    const px = projectLine(line, 0, 256);
    expect(Array.from(px.slice(0, 6))).toEqual([128, 128, 256, 128, 0, expect.closeTo(0, 6)]);
    // Beyond Mercator's limit, latitudes are clamped to it (as the map's projection does).
    expect(px[7]).toBeCloseTo(256, 6);
    expect(px[6]).toBe(192);
    const west = projectLine(line, -360, 1024);
    expect(west[0]).toBe(512 - 1024);
    expect(west[1]).toBe(512);
  });

  it("puts Paris where Leaflet's EPSG:3857 puts it at zoom 3", () => {
    const px = projectLine(new Float64Array([paris.lat, paris.lon]), 0, 2048);
    // L.CRS.EPSG3857.latLngToPoint([48.8566, 2.3522], 3) = (1037.3814…, 704.5701…)
    expect(px[0]).toBeCloseTo(1037.3814, 3);
    expect(px[1]).toBeCloseTo(704.5702, 3);
  });
});

describe('projectedCopies and offView', () => {
  it('projects each copy of a line with its bounding box', () => {
    const line = legLine(suva, apia, 0);
    const copies = projectedCopies(line, 1024);
    // Suva → Apia runs past 180°: a copy on each side of the wrapped world.
    expect(copies).toHaveLength(wrapShifts(line).length);
    expect(copies).toHaveLength(2);
    for (const [k, copy] of copies.entries()) {
      expect(copy.px).toEqual(projectLine(line, wrapShifts(line)[k]!, 1024));
      const xs = [...copy.px].filter((_, i) => i % 2 === 0);
      const ys = [...copy.px].filter((_, i) => i % 2 === 1);
      expect([copy.minX, copy.maxX, copy.minY, copy.maxY]).toEqual([
        Math.min(...xs),
        Math.max(...xs),
        Math.min(...ys),
        Math.max(...ys),
      ]);
    }
    // The west copy lies a world's width (1024 px) left of the main one.
    expect(copies[1]!.minX).toBeCloseTo(copies[0]!.minX - 1024, 6);
  });

  it('is off view only when its box misses the view and its margin', () => {
    const [copy] = projectedCopies(legLine(paris, tokyo, 0), 256);
    const { minX, maxX, minY, maxY } = copy!;
    const w = 100;
    const h = 80;
    // A view containing part of the box.
    expect(offView(copy!, minX - 10, minY - 10, w, h, 0)).toBe(false);
    // Views just past each side, then brought back within the margin.
    expect(offView(copy!, maxX + 5, minY, w, h, 0)).toBe(true);
    expect(offView(copy!, maxX + 5, minY, w, h, 8)).toBe(false);
    expect(offView(copy!, minX - w - 5, minY, w, h, 0)).toBe(true);
    expect(offView(copy!, minX - w - 5, minY, w, h, 8)).toBe(false);
    expect(offView(copy!, minX, maxY + 5, w, h, 0)).toBe(true);
    expect(offView(copy!, minX, minY - h - 5, w, h, 0)).toBe(true);
    expect(offView(copy!, minX, minY - h - 5, w, h, 8)).toBe(false);
  });
});
