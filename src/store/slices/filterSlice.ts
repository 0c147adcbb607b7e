import {
  NO_FILTER,
  filterDataset,
  isFiltering,
  normalizeFilter,
  type EventFilter,
} from '../../domain/filter/filter';
import { buildModel, type DatasetModel } from '../../domain/model/model';
import type { SliceDefinition } from '../types';

export interface FilterSlice {
  /** The whole dataset's model; `model` is it narrowed by `filter` (the same object when none). */
  fullModel: DatasetModel;
  filter: EventFilter;
  /** Changes part of the filter; what no longer passes leaves map, timeline, lists and playback. */
  setFilter: (patch: Partial<EventFilter>) => void;
  clearFilter: () => void;
  /** Whether the charts (trips per year, most visited) are shown. */
  chartsShown: boolean;
  setChartsShown: (shown: boolean) => void;
  /** Follows one person's career: only their trips, the map and playback follow them. */
  followCareer: (actorId: string | null) => void;
  /** Counts the careers chosen: the map frames the whole career each time it changes. */
  careerSerial: number;
}

export const filterSlice: SliceDefinition<FilterSlice> = {
  onDatasetLoad: (model) => ({ fullModel: model, filter: NO_FILTER }),
  create: (init) => (set, get) => {
    const apply = (next: EventFilter) => {
      const { fullModel, selectedEventId, followActorId, hiddenActorIds } = get();
      const filter = normalizeFilter(next, fullModel.dataset);
      const model = isFiltering(filter)
        ? buildModel(filterDataset(fullModel.dataset, filter))
        : fullModel;
      set({
        filter,
        model,
        playing: false,
        selectedPlaceId: null,
        ...(selectedEventId && !model.eventById.has(selectedEventId)
          ? { selectedEventId: null }
          : {}),
        ...(followActorId && !model.actorById.has(followActorId) ? { followActorId: null } : {}),
        hiddenActorIds: hiddenActorIds.filter((id) => model.actorById.has(id)),
      });
      // A playhead left outside what passes (a decade chosen while in 2025) would show an
      // empty timeline: start at the first event that passes, with all of them in view.
      const { currentDay } = get();
      const { extent } = model;
      if (
        model.dataset.events.length > 0 &&
        (currentDay < extent.first || currentDay >= extent.last + 1)
      ) {
        get().seek(extent.first);
        get().fitAll();
      }
    };
    return {
      fullModel: init.model,
      filter: NO_FILTER,
      chartsShown: false,
      careerSerial: 0,
      setChartsShown: (chartsShown) => set({ chartsShown }),
      setFilter: (patch) => apply({ ...get().filter, ...patch }),
      clearFilter: () => apply(NO_FILTER),
      followCareer: (actorId) => {
        if (actorId === null) {
          apply({ ...get().filter, actorIds: [] });
          set({ followActorId: null });
          return;
        }
        apply({ ...get().filter, actorIds: [actorId] });
        const { model } = get();
        if (!model.actorById.has(actorId)) return;
        set({
          followActorId: actorId,
          hiddenActorIds: [],
          careerSerial: get().careerSerial + 1,
        });
        get().fitAll();
      },
    };
  },
};
