import { nearestEventAtPlace, viewShowing } from '../../domain/model/queries';
import { eventInstant } from '../../domain/playback/playback';
import type { SliceDefinition } from '../types';

export interface SelectionSlice {
  selectedEventId: string | null;
  /** A place the user picked on the map, whose events the panel lists. */
  selectedPlaceId: string | null;
  /** Increments on every deliberate selection, so the map flies even to the same event. */
  selectionSerial: number;
  selectEvent: (id: string | null) => void;
  selectPlace: (placeId: string) => void;
}

export const selectionSlice: SliceDefinition<SelectionSlice> = {
  onDatasetLoad: () => ({ selectedEventId: null, selectedPlaceId: null }),
  create: () => (set, get) => ({
    selectedEventId: null,
    selectedPlaceId: null,
    selectionSerial: 0,
    selectEvent: (id) => {
      if (id === null) {
        set({ selectedEventId: null, selectedPlaceId: null });
        return;
      }
      const { model, view, selectionSerial } = get();
      const index = model.eventIndexById.get(id);
      if (index === undefined) return;
      const instant = eventInstant(model.spans[index]!.first);
      set({
        selectedEventId: id,
        currentDay: instant,
        playing: false,
        selectionSerial: selectionSerial + 1,
        view: viewShowing(view, instant),
      });
    },
    selectPlace: (placeId) => {
      const { model, currentDay } = get();
      // The event at that place nearest to the current date; the panel lists the others.
      const nearest = nearestEventAtPlace(model, placeId, currentDay);
      if (!nearest) {
        set({ selectedPlaceId: placeId, selectedEventId: null });
        return;
      }
      get().selectEvent(nearest.eventId);
      set({ selectedPlaceId: nearest.count > 1 ? placeId : null });
    },
  }),
};
