/**
 * The one store: typed slices (one file each under `slices/`) combined once, with
 * `subscribeWithSelector` applied to the whole. Components read it through `useAppStore`
 * with atomic selectors; 60 fps paths (map markers, playhead) subscribe outside React.
 *
 * The store knows nothing of where its data or language come from: `createAppStore`
 * takes them, and the app's bootstrap (`src/app/bootstrap.ts`) builds the app's store
 * and installs it with `setAppStore`. Tests build their own over small datasets.
 *
 * A new slice: its file under `slices/` exporting a `SliceDefinition` (initial state,
 * actions and, if it depends on the dataset, `onDatasetLoad`), its type in `types.ts`'s
 * `AppState`, and one line in `SLICES` below.
 */
import { useStore } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { Dataset } from '../domain/dataset/schema';
import type { Lang } from '../domain/lang';
import { buildModel, type DatasetModel } from '../domain/model/model';
import { datasetSlice } from './slices/datasetSlice';
import { presentationSlice } from './slices/presentationSlice';
import { selectionSlice } from './slices/selectionSlice';
import { timeSlice } from './slices/timeSlice';
import { uiSlice } from './slices/uiSlice';
import { sharedStorySlice } from './slices/sharedStorySlice';
import { preferencesSlice } from './slices/preferencesSlice';
import { filterSlice } from './slices/filterSlice';
import type { AppState, SliceDefinition, StoreInit } from './types';

export type { AppState, StoreInit } from './types';
export type { DatasetSlice } from './slices/datasetSlice';
export type { TimeSlice, ViewWindow } from './slices/timeSlice';
export type { SelectionSlice } from './slices/selectionSlice';
export type { UiSlice, BaseMap, FutureRoutes } from './slices/uiSlice';
export type { PresentationSlice, MapView, MainView } from './slices/presentationSlice';
export type { SharedStorySlice, SharedStory } from './slices/sharedStorySlice';
export type { PreferencesSlice } from './slices/preferencesSlice';

/** Every slice except the dataset's own, which applies their resets. */
const SLICES = [
  timeSlice,
  selectionSlice,
  uiSlice,
  presentationSlice,
  sharedStorySlice,
  preferencesSlice,
  filterSlice,
] as const;
export type { FilterSlice } from './slices/filterSlice';

/** What each slice resets to when `model` is loaded. */
function resetsFor(model: DatasetModel): Partial<AppState> {
  const out: Partial<AppState> = {};
  for (const slice of SLICES as readonly SliceDefinition<Partial<AppState>>[])
    Object.assign(out, slice.onDatasetLoad?.(model));
  return out;
}

export interface AppStoreOptions {
  readonly dataset: Dataset;
  readonly lang: Lang;
}

export function createAppStore({ dataset, lang }: AppStoreOptions) {
  const init: StoreInit = { model: buildModel(dataset), lang };
  return createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...datasetSlice(resetsFor).create(init)(...a),
      ...timeSlice.create(init)(...a),
      ...selectionSlice.create(init)(...a),
      ...uiSlice.create(init)(...a),
      ...presentationSlice.create(init)(...a),
      ...sharedStorySlice.create(init)(...a),
      ...preferencesSlice.create(init)(...a),
      ...filterSlice.create(init)(...a),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

let installed: AppStore | null = null;

/** Makes `store` the one `useAppStore` reads (the bootstrap, once; tests, per test). */
export function setAppStore(store: AppStore): void {
  installed = store;
}

function current(): AppStore {
  if (!installed)
    throw new Error('No app store installed: call setAppStore(createAppStore(...)) first');
  return installed;
}

interface BoundAppStore extends AppStore {
  <T>(selector: (state: AppState) => T): T;
}

/**
 * The app's store as a hook (`useAppStore(selectCurrentDay)`) and as a store
 * (`useAppStore.getState()`, `.subscribe(selector, listener)`), whichever store
 * `setAppStore` installed.
 */
export const useAppStore: BoundAppStore = Object.assign(
  function useAppStore<T>(selector: (state: AppState) => T): T {
    return useStore(current(), selector);
  },
  {
    getState: () => current().getState(),
    getInitialState: () => current().getInitialState(),
    setState: ((...args: Parameters<AppStore['setState']>) =>
      current().setState(...args)) as AppStore['setState'],
    subscribe: ((...args: Parameters<AppStore['subscribe']>) =>
      (current().subscribe as (...a: unknown[]) => () => void)(...args)) as AppStore['subscribe'],
  },
);
