/**
 * A map as a picture, for paper: country outlines, routes and places projected (Web
 * Mercator) into a fixed frame and written as SVG path data. Pure: the printed hand-out
 * draws it without Leaflet, so it prints the same everywhere.
 */
import type { LatLng } from './latlng';

export interface Frame {
  /** [[south, west], [north, east]] in degrees. */
  readonly bounds: readonly [readonly [number, number], readonly [number, number]];
  readonly width: number;
  readonly height: number;
}

export interface StaticRoute {
  readonly path: readonly (readonly LatLng[])[];
  readonly color: string;
  readonly dashed: boolean;
}

export interface StaticPlace {
  readonly lat: number;
  readonly lon: number;
  readonly label: string;
  readonly highlight: boolean;
}

export interface StaticMapInput extends Frame {
  /** Country outlines: polygons as rings of [lon, lat] (GeoJSON order). */
  readonly countries: readonly (readonly (readonly (readonly [number, number])[])[])[];
  readonly routes: readonly StaticRoute[];
  readonly places: readonly StaticPlace[];
}

export interface StaticMap {
  readonly width: number;
  readonly height: number;
  /** One path per country polygon that shows in the frame. */
  readonly countries: readonly string[];
  readonly routes: readonly { d: string; color: string; dashed: boolean }[];
  readonly places: readonly { x: number; y: number; label: string; highlight: boolean }[];
}

const MAX_LAT = 85.0511;

function mercY(lat: number): number {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const s = Math.sin((clamped * Math.PI) / 180);
  return Math.log((1 + s) / (1 - s)) / 2;
}

function mercX(lon: number): number {
  return (lon * Math.PI) / 180;
}

/** The projection that fits `bounds` into width × height, centred, aspect kept. */
export function fitProjection(frame: Frame): (lat: number, lon: number) => [number, number] {
  const [[s, w], [n, e]] = frame.bounds;
  const x0 = mercX(w);
  const x1 = mercX(e > w ? e : e + 360);
  const y0 = mercY(n);
  const y1 = mercY(s);
  const spanX = Math.max(1e-6, x1 - x0);
  const spanY = Math.max(1e-6, y0 - y1);
  const k = Math.min(frame.width / spanX, frame.height / spanY);
  const ox = (frame.width - spanX * k) / 2;
  const oy = (frame.height - spanY * k) / 2;
  return (lat, lon) => [ox + (mercX(lon) - x0) * k, oy + (y0 - mercY(lat)) * k];
}

/** Bounds around points, padded by a fraction of their span (and at least `minDeg`). */
export function boundsAround(
  points: readonly { lat: number; lon: number }[],
  pad = 0.25,
  minDeg = 4,
): Frame['bounds'] {
  if (points.length === 0)
    return [
      [-60, -180],
      [75, 180],
    ];
  let s = 90;
  let n = -90;
  let w = 180;
  let e = -180;
  for (const p of points) {
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
  }
  const padLat = Math.max(minDeg / 2, (n - s) * pad);
  const padLon = Math.max(minDeg / 2, (e - w) * pad);
  return [
    [Math.max(-80, s - padLat), Math.max(-180, w - padLon)],
    [Math.min(84, n + padLat), Math.min(180, e + padLon)],
  ];
}

/** The bounds a map of `width` × `height` pixels shows at a web-map centre and zoom. */
export function boundsAtZoom(
  center: readonly [number, number],
  zoom: number,
  width: number,
  height: number,
): Frame['bounds'] {
  const worldPx = 256 * 2 ** zoom;
  const halfX = (width / worldPx) * Math.PI;
  const halfY = (height / worldPx) * Math.PI;
  const cx = mercX(center[1]);
  const cy = mercY(center[0]);
  const toLat = (y: number) => (Math.atan(Math.sinh(y)) * 180) / Math.PI;
  const toLon = (x: number) => (x * 180) / Math.PI;
  return [
    [toLat(cy - halfY), Math.max(-180, toLon(cx - halfX))],
    [toLat(cy + halfY), Math.min(180, toLon(cx + halfX))],
  ];
}

function pathOf(points: readonly [number, number][], close: boolean): string {
  let d = '';
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i]!;
    // Skip points closer than half a pixel to the last one drawn.
    if (i > 0 && i < points.length - 1 && Math.abs(x - lastX) + Math.abs(y - lastY) < 0.5) continue;
    d += `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
    lastX = x;
    lastY = y;
  }
  return close && d ? `${d}Z` : d;
}

/** Projects everything into the frame; drops country polygons wholly outside it. */
export function staticMap(input: StaticMapInput): StaticMap {
  const project = fitProjection(input);
  const { width, height } = input;
  const margin = 40;
  const countries: string[] = [];
  for (const polygon of input.countries) {
    let d = '';
    // Shown when its box meets the frame (a country larger than the frame included).
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const ring of polygon) {
      const pts = ring.map(([lon, lat]) => project(lat, lon));
      for (const [x, y] of pts) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
      d += pathOf(pts, true);
    }
    const visible =
      maxX > -margin && minX < width + margin && maxY > -margin && minY < height + margin;
    if (visible && d) countries.push(d);
  }
  const routes = input.routes.map((r) => ({
    d: r.path
      .map((part) =>
        pathOf(
          part.map((p) => project(p.lat, p.lon)),
          false,
        ),
      )
      .join(''),
    color: r.color,
    dashed: r.dashed,
  }));
  const places = input.places
    .map((p) => {
      const [x, y] = project(p.lat, p.lon);
      return {
        x: Number(x.toFixed(1)),
        y: Number(y.toFixed(1)),
        label: p.label,
        highlight: p.highlight,
      };
    })
    .filter((p) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height);
  return { width, height, countries, routes, places };
}
