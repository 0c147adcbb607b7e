/**
 * A request for a point on the map: the import dialog asks ("where is Brioni?"), the map
 * answers with the next click (or null when the user cancels with Esc).
 */
import { create } from 'zustand';

export interface PickedPoint {
  readonly lat: number;
  readonly lon: number;
}

interface MapPickState {
  request: { label: string; resolve: (point: PickedPoint | null) => void } | null;
  start: (label: string, resolve: (point: PickedPoint | null) => void) => void;
  finish: (point: PickedPoint | null) => void;
}

export const useMapPick = create<MapPickState>()((set, get) => ({
  request: null,
  start: (label, resolve) => {
    get().request?.resolve(null);
    set({ request: { label, resolve } });
  },
  finish: (point) => {
    const request = get().request;
    set({ request: null });
    request?.resolve(point);
  },
}));
