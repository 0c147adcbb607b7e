import type L from 'leaflet';

/** A traveller's marker on the map: its position, its group's offset and its icon (centred). */
export interface Chip {
  lat: number;
  lon: number;
  dx: number;
  dy: number;
  el: HTMLElement;
}

const chipsOf = new WeakMap<L.Map, readonly Chip[]>();

/**
 * The travellers' markers now on the map (TravellersLayer sets them when one moves, appears
 * or goes; the event 'chipsmove' tells the places canvas, which keeps its labels off them).
 */
export function setChips(map: L.Map, chips: readonly Chip[]): void {
  chipsOf.set(map, chips);
  map.fire('chipsmove');
}

export const chipsOn = (map: L.Map): readonly Chip[] => chipsOf.get(map) ?? [];
