/**
 * Stores for tests. Every test starts with a fresh store over the bundled story in
 * English (`setupStore.ts`); a test of store logic installs its own small dataset.
 */
import { bundledDataset } from '../../src/app/bootstrap';
import type { Dataset } from '../../src/domain/dataset/schema';
import type { Lang } from '../../src/domain/lang';
import { createAppStore, setAppStore, type AppStore } from '../../src/store/appStore';
import { provideBundledStory } from '../../src/storage/datasetsStore';

/** A fresh store over `dataset`, installed as the one `useAppStore` reads. */
export function installStore(dataset: Dataset = bundledDataset(), lang: Lang = 'en'): AppStore {
  const store = createAppStore({ dataset, lang });
  setAppStore(store);
  // As in the app, the bundled story is known to the datasets menu and to sharing.
  provideBundledStory(bundledDataset());
  return store;
}
