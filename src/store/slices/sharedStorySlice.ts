/**
 * The story opened from a link (`#story=v1.…`): kept beside the dataset so the address
 * keeps carrying it and the app can say "shared with you". It never touches the saved
 * datasets; loading any other dataset clears it.
 */
import type { Dataset } from '../../domain/dataset/schema';
import type { DatasetModel } from '../../domain/model/model';
import type { SliceDefinition } from '../types';

export interface SharedStory {
  /** The link's payload, as it was opened (written back into the address). */
  readonly payload: string;
  readonly dataset: Dataset;
}

export interface SharedStorySlice {
  sharedStory: SharedStory | null;
  /** Shows a dataset decoded from a link (already validated). */
  openSharedStory: (dataset: Dataset, payload: string) => void;
}

export const sharedStorySlice: SliceDefinition<SharedStorySlice> = {
  onDatasetLoad: () => ({ sharedStory: null }),
  create: () => (set, get) => ({
    sharedStory: null,
    openSharedStory: (dataset, payload) => {
      get().loadDataset(dataset);
      set({ sharedStory: { payload, dataset } });
    },
  }),
};

/** The shared story, while it is the one on screen. */
export function currentSharedStory(s: {
  sharedStory: SharedStory | null;
  model: DatasetModel;
}): SharedStory | null {
  return s.sharedStory && s.sharedStory.dataset === s.model.dataset ? s.sharedStory : null;
}
