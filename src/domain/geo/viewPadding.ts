/**
 * Where on the map a framed place may sit when something covers part of it (the
 * presentation caption): pure rectangle arithmetic, in CSS pixels of the map container.
 */
export interface Size {
  readonly width: number;
  readonly height: number;
}
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}
/** Padding for Leaflet's fitBounds: [left, top] and [right, bottom]. */
export interface ViewPadding {
  readonly topLeft: readonly [number, number];
  readonly bottomRight: readonly [number, number];
}

/**
 * The padding that keeps framed places in the largest free part of the map: the map minus
 * `margin` on every side, minus the obstacle and the band beside it (above, below, left or
 * right of it, whichever leaves the largest area). `labelRoom` is extra room on the right,
 * where place labels extend. An obstacle outside the map, or none, leaves the whole map.
 */
export function freeAreaPadding(
  map: Size,
  obstacle: Rect | null,
  margin: number,
  labelRoom = 0,
): ViewPadding {
  const base = {
    left: margin,
    top: margin,
    right: margin + labelRoom,
    bottom: margin,
  };
  const o = obstacle && clip(obstacle, map);
  if (!o) return toPadding(base);
  const candidates = [
    { ...base, bottom: Math.max(base.bottom, map.height - o.top + margin) }, // above it
    { ...base, top: Math.max(base.top, o.bottom + margin) }, // below it
    { ...base, right: Math.max(base.right, map.width - o.left + margin + labelRoom) }, // left of it
    { ...base, left: Math.max(base.left, o.right + margin) }, // right of it
  ];
  let best = candidates[0]!;
  let bestArea = -Infinity;
  for (const c of candidates) {
    const area =
      Math.max(0, map.width - c.left - c.right) * Math.max(0, map.height - c.top - c.bottom);
    if (area > bestArea) {
      best = c;
      bestArea = area;
    }
  }
  return toPadding(best);
}

function clip(r: Rect, map: Size): Rect | null {
  const c = {
    left: Math.max(0, r.left),
    top: Math.max(0, r.top),
    right: Math.min(map.width, r.right),
    bottom: Math.min(map.height, r.bottom),
  };
  return c.right > c.left && c.bottom > c.top ? c : null;
}

function toPadding(p: { left: number; top: number; right: number; bottom: number }): ViewPadding {
  return { topLeft: [p.left, p.top], bottomRight: [p.right, p.bottom] };
}
