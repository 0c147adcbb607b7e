/**
 * Builds the app's store from what the page starts with: the bundled story and the
 * browser's language. Nothing else reads the bundled JSON or `navigator` at start.
 */
import type { Dataset } from '../domain/dataset/schema';
import { bootstrapStoreWith } from './bootstrapWith';
import type { AppStore } from '../store/appStore';
import bundled from '../data/afp-2025-02-26.json';

/**
 * The bundled story is stored already normalised (every default written out), and a unit
 * test proves `DatasetSchema.parse(bundled)` returns it unchanged. So the first view needs
 * no validator: zod loads only when a user opens other data.
 *
 * This module inlines the story in the code (tests, the single-file player); the app's
 * page fetches it as data instead (`loadBundledStory.ts`), outside its first bundle.
 */
export function bundledDataset(): Dataset {
  return bundled as unknown as Dataset;
}

/** Creates the app's store over the inlined story and makes it the one `useAppStore` reads. */
export function bootstrapStore(): AppStore {
  return bootstrapStoreWith(bundledDataset());
}
