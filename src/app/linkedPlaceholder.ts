/**
 * What the app shows while a page opened on its own data (`?data=` or a story link) waits
 * for it: an empty dataset, so the header, the base map, the timeline and the progress bar
 * appear at once, without first drawing the bundled story only to replace it. If the
 * linked data cannot be opened, the bundled story replaces this (useDataFromAddress).
 */
import type { Dataset } from '../domain/dataset/schema';

export const LINKED_PLACEHOLDER: Dataset = {
  // CURRENT_SCHEMA_VERSION (a literal here: the schema module carries the validator).
  schemaVersion: 1,
  id: 'opening-linked-data',
  title: { en: 'Opening the linked data…', fr: 'Ouverture des données liées…' },
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
