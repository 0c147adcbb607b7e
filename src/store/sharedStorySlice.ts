/**
 * The story opened from a link (`#story=v1.…`): kept beside the dataset so the address
 * keeps carrying it and the app can say "shared with you". It never touches the saved
 * datasets; it counts only while the app still shows that very dataset.
 */
import type { StateCreator } from 'zustand';
import type { Dataset } from '../domain/dataset/schema';
import type { DatasetModel } from './model';

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

interface Needs {
  loadDataset: (dataset: Dataset) => void;
  model: DatasetModel;
}

export function createSharedStorySlice<S extends SharedStorySlice & Needs>(
  ...[set, get]: Parameters<
    StateCreator<S, [['zustand/subscribeWithSelector', never]], [], SharedStorySlice>
  >
): SharedStorySlice {
  return {
    sharedStory: null,
    openSharedStory: (dataset, payload) => {
      get().loadDataset(dataset);
      set({ sharedStory: { payload, dataset } } as Partial<S>);
    },
  };
}

/** The shared story, while it is the one on screen. */
export function currentSharedStory(s: {
  sharedStory: SharedStory | null;
  model: DatasetModel;
}): SharedStory | null {
  return s.sharedStory && s.sharedStory.dataset === s.model.dataset ? s.sharedStory : null;
}
