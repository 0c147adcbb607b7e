import type { PointExpression } from 'leaflet';
import type { LatLng } from '../domain/geo/latlng';

/**
 * Leaflet's documented way to let CSS size a divIcon is `iconSize: null`; its type
 * definitions omit null, hence the cast in one place.
 */
export const SIZE_FROM_CSS = null as unknown as PointExpression;

export interface Offset {
  dx: number;
  dy: number;
}

const SPACING_PX = 34;
const ABOVE_PLACE_PX = -30;

/**
 * Screen offsets so several travellers at one place are all visible: side by side,
 * above the place dot. Travellers in transit stay on their route.
 */
export function groupOffsets(
  positions: readonly (LatLng | null)[],
  atPlace: readonly boolean[],
): Offset[] {
  const groups = new Map<string, number[]>();
  positions.forEach((p, i) => {
    if (!p) return;
    const key = atPlace[i] ? `${p.lat.toFixed(4)},${p.lon.toFixed(4)}` : `transit-${i}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  });
  const out: Offset[] = positions.map(() => ({ dx: 0, dy: 0 }));
  for (const [key, members] of groups) {
    if (key.startsWith('transit-')) continue;
    const n = members.length;
    members.forEach((idx, k) => {
      out[idx] = { dx: (k - (n - 1) / 2) * SPACING_PX, dy: ABOVE_PLACE_PX };
    });
  }
  return out;
}
