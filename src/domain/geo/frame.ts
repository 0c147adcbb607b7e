/**
 * The map frame for a set of places (one person's whole career of travel).
 *
 * Longitudes are on a circle: the narrowest interval holding every place leaves out the
 * widest empty gap between neighbouring longitudes, which may lie anywhere, not only at
 * ±180° (Knox's travels, Japan to the Caribbean, span 155° across the Pacific and 230° the
 * other way). `narrowestLonInterval` finds it. The app's places, routes and markers are drawn
 * once, at their own longitude in [-180, 180] (only the base map repeats east and west), so
 * a frame across the antimeridian would leave the places beyond it undrawn: `frameBounds`
 * uses the narrowest interval when it stays within [-180, 180] and otherwise the interval
 * from the westernmost to the easternmost place, where all of them are drawn.
 */

export interface FramePoint {
  readonly lat: number;
  readonly lon: number;
}

/** [[south, west], [north, east]], as Leaflet takes it. */
export type FrameBounds = [[number, number], [number, number]];

/** The narrowest [west, east] holding every longitude; east may pass 180 (east − west ≤ 360). */
export function narrowestLonInterval(lons: readonly number[]): [number, number] | null {
  if (lons.length === 0) return null;
  const sorted = [...new Set(lons)].sort((a, b) => a - b);
  let gap = -1;
  let after = 0;
  for (let i = 0; i < sorted.length; i++) {
    const next = i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 360;
    if (next - sorted[i]! > gap) {
      gap = next - sorted[i]!;
      after = i;
    }
  }
  // The widest gap is after sorted[after]: the interval starts at the next longitude.
  const west = sorted[(after + 1) % sorted.length]!;
  const east = sorted[after]!;
  return [west, east >= west ? east : east + 360];
}

/** Bounds holding every point, all of them drawn (see the module comment); null for none. */
export function frameBounds(points: readonly FramePoint[]): FrameBounds | null {
  if (points.length === 0) return null;
  let south = Infinity;
  let north = -Infinity;
  let minLon = Infinity;
  let maxLon = -Infinity;
  for (const p of points) {
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
    minLon = Math.min(minLon, p.lon);
    maxLon = Math.max(maxLon, p.lon);
  }
  const narrow = narrowestLonInterval(points.map((p) => p.lon))!;
  const [west, east] = narrow[1] <= 180 ? narrow : [minLon, maxLon];
  return [
    [south, west],
    [north, east],
  ];
}
