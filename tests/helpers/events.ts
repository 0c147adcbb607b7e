import type { TravelEvent } from '../../src/domain/dataset/schema';

/** A bare event at one place with no actors, for tests of the time index and its uses. */
export function makeEvent(
  id: string,
  date: string,
  precision: TravelEvent['precision'] = 'day',
  endDate?: string,
): TravelEvent {
  return {
    id,
    date,
    ...(endDate !== undefined ? { endDate } : {}),
    precision,
    kind: 'meeting',
    placeIds: ['p'],
    actorIds: [],
    participants: [],
    title: { en: id },
    sources: [],
  };
}
