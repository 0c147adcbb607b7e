/**
 * The store's shape: the whole state is the union of its slices, and every slice is
 * typed against the whole (zustand's slices pattern), so actions may read any field.
 */
import type { StateCreator } from 'zustand';
import type { Lang } from '../domain/lang';
import type { DatasetModel } from '../domain/model/model';
import type { DatasetSlice } from './slices/datasetSlice';
import type { TimeSlice } from './slices/timeSlice';
import type { SelectionSlice } from './slices/selectionSlice';
import type { UiSlice } from './slices/uiSlice';
import type { PresentationSlice } from './slices/presentationSlice';
import type { SharedStorySlice } from './slices/sharedStorySlice';
import type { PreferencesSlice } from './slices/preferencesSlice';
import type { FilterSlice } from './slices/filterSlice';

export type AppState = DatasetSlice &
  TimeSlice &
  SelectionSlice &
  UiSlice &
  PresentationSlice &
  SharedStorySlice &
  PreferencesSlice &
  FilterSlice;

/** What a store starts from: the dataset's model and the interface language. */
export interface StoreInit {
  readonly model: DatasetModel;
  readonly lang: Lang;
}

export type SliceCreator<T> = StateCreator<
  AppState,
  [['zustand/subscribeWithSelector', never]],
  [],
  T
>;

/**
 * One slice: its initial state and actions, and what it resets to when another dataset
 * is loaded (only the fields that depend on the dataset; the rest is kept).
 */
export interface SliceDefinition<T> {
  readonly create: (init: StoreInit) => SliceCreator<T>;
  readonly onDatasetLoad?: (model: DatasetModel) => Partial<T>;
}
