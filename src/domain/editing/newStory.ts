/**
 * An empty story with a title: its own module, so the "New story" button in the first view
 * does not carry every editing operation (they load with the editor).
 */
import type { Dataset } from '../dataset/schema';

export function newStory(title: string, id: string): Dataset {
  return {
    schemaVersion: 1,
    id,
    title: { en: title },
    places: [],
    actors: [],
    events: [],
    waypoints: [],
    tours: [],
  };
}
