import type { Dataset } from '../../domain/dataset/schema';
import { buildModel, type DatasetModel, type PrebuiltModelParts } from '../../domain/model/model';
import { clampDay, tourSteps } from '../../domain/model/queries';
import type { AppState, SliceDefinition } from '../types';

export interface DatasetSlice {
  model: DatasetModel;
  /**
   * Opens another dataset; every slice resets what depends on the dataset. `prebuilt`:
   * parts of the model the model worker has built already (its time index).
   */
  loadDataset: (dataset: Dataset, prebuilt?: PrebuiltModelParts) => void;
  /** The same dataset, edited: rebuilds the model but keeps the date, view and selection. */
  replaceDataset: (dataset: Dataset) => void;
}

/** `resetFor` is the union of every slice's `onDatasetLoad`, given by `createAppStore`. */
export function datasetSlice(
  resetFor: (model: DatasetModel) => Partial<AppState>,
): SliceDefinition<DatasetSlice> {
  return {
    create: (init) => (set, get) => ({
      model: init.model,
      loadDataset: (dataset, prebuilt) => {
        const model = buildModel(dataset, prebuilt);
        set({ ...resetFor(model), model });
      },
      replaceDataset: (dataset) => {
        const model = buildModel(dataset);
        const s = get();
        const keepEvent = s.selectedEventId !== null && model.eventById.has(s.selectedEventId);
        const keepPlace = s.selectedPlaceId !== null && model.placeById.has(s.selectedPlaceId);
        const steps = tourSteps(model, s.presentTourId);
        set({
          model,
          currentDay: clampDay(model, s.currentDay),
          selectedEventId: keepEvent ? s.selectedEventId : null,
          selectedPlaceId: keepPlace ? s.selectedPlaceId : null,
          hiddenActorIds: s.hiddenActorIds.filter((id) => model.actorById.has(id)),
          tourStep: s.tourStep !== null && s.tourStep < steps.length ? s.tourStep : null,
        });
      },
    }),
  };
}
