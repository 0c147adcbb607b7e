/**
 * Geographic positions, with the coordinate order carried by the type.
 *
 * A `LatLng` is branded: the only ways to make one are `latLng(lat, lon)` and
 * `fromGeoJsonPosition([lon, lat])`, so a bare `{ lat, lon }` literal or a GeoJSON
 * `[lon, lat]` pair cannot slip in unnoticed. GeoJSON's `[lon, lat]` order is swapped in
 * exactly one place: `fromGeoJsonPosition` (and its inverse `toGeoJsonPosition`).
 */

declare const latLngBrand: unique symbol;

/** Degrees: latitude in [-90, 90], longitude east of Greenwich (normally in [-180, 180]). */
export type LatLng = {
  readonly lat: number;
  readonly lon: number;
  readonly [latLngBrand]: true;
};

/** A GeoJSON position: longitude first, then latitude (RFC 7946 §3.1.1). */
export type GeoJsonPosition = readonly [lon: number, lat: number, ...rest: number[]];

/** Latitude first, as people say it. */
export function latLng(lat: number, lon: number): LatLng {
  return { lat, lon } as LatLng;
}

/** GeoJSON `[lon, lat]` → LatLng. The one place that swaps the order. */
export function fromGeoJsonPosition(position: GeoJsonPosition): LatLng {
  return latLng(position[1], position[0]);
}

/** LatLng → GeoJSON `[lon, lat]`. */
export function toGeoJsonPosition(p: LatLng): [lon: number, lat: number] {
  return [p.lon, p.lat];
}

/** A longitude brought into [-180, 180] (180 stays 180, -180 stays -180). */
export function normalizeLon(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  // A value like 540 lands on -180; keep the sign of the input for the boundary.
  return wrapped === -180 && lon > 0 ? 180 : wrapped;
}
