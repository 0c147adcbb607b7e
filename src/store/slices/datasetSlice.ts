import type { Dataset } from '../../domain/dataset/schema';
import { buildModel, type DatasetModel } from '../../domain/model/model';
import type { AppState, SliceDefinition } from '../types';

export interface DatasetSlice {
  model: DatasetModel;
  /** Opens another dataset; every slice resets what depends on the dataset. */
  loadDataset: (dataset: Dataset) => void;
}

/** `resetFor` is the union of every slice's `onDatasetLoad`, given by `createAppStore`. */
export function datasetSlice(
  resetFor: (model: DatasetModel) => Partial<AppState>,
): SliceDefinition<DatasetSlice> {
  return {
    create: (init) => (set) => ({
      model: init.model,
      loadDataset: (dataset) => {
        const model = buildModel(dataset);
        set({ ...resetFor(model), model });
      },
    }),
  };
}
