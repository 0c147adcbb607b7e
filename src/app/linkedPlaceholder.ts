/**
 * The store's dataset while a page opened on its own data (`?data=` or a story link) waits
 * for it, before the first render (main.tsx shows a progress note meanwhile): an empty
 * dataset, never drawn, and never the bundled story only to be replaced. The linked data
 * replaces it, or, if that cannot be opened, the bundled story (linkedLoad.ts).
 */
import type { Dataset } from '../domain/dataset/schema';

export const LINKED_PLACEHOLDER: Dataset = {
  // CURRENT_SCHEMA_VERSION (a literal here: the schema module carries the validator).
  schemaVersion: 1,
  id: 'opening-linked-data',
  title: { en: '…' },
  places: [],
  actors: [],
  events: [],
  waypoints: [],
  tours: [],
};

/** Whether the app shows the placeholder (not the bundled story) now. */
export function isLinkedPlaceholder(dataset: Dataset): boolean {
  return dataset === LINKED_PLACEHOLDER;
}
