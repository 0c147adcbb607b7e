import type { Dataset } from '../domain/dataset/schema';
import { detectLang } from '../domain/lang';
import { createAppStore, setAppStore, type AppStore } from '../store/appStore';

/** Creates the app's store over `dataset` and makes it the one `useAppStore` reads. */
export function bootstrapStoreWith(dataset: Dataset): AppStore {
  const store = createAppStore({
    dataset,
    lang: detectLang(typeof navigator !== 'undefined' ? (navigator.languages ?? []) : []),
  });
  setAppStore(store);
  return store;
}
