import type { DatasetModel } from './model';
import { forEachInRange } from '../time/timeIndex';

/** How many days a visited place stays faintly highlighted after its last event. */
export const FADE_DAYS = 7;

/**
 * Activity of every place touched by events in the FADE_DAYS before `day`, through the
 * time index: O(log n + k), whatever the size of the dataset. Places not listed are at 0.
 */
export function activePlaces(model: DatasetModel, day: number): Map<string, number> {
  const out = new Map<string, number>();
  forEachInRange(model.index, day - FADE_DAYS, day, (eventIndex, first, last) => {
    if (first > day) return;
    // Quantised to quarters: fewer marker restyles per day on busy maps.
    const activity = day <= last ? 1 : Math.ceil((1 - (day - last) / (FADE_DAYS + 1)) * 4) / 4;
    if (activity <= 0) return;
    for (const placeId of model.dataset.events[eventIndex]!.placeIds) {
      if ((out.get(placeId) ?? 0) < activity) out.set(placeId, activity);
    }
  });
  return out;
}
