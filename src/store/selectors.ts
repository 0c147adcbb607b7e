/**
 * Atomic selectors. Each returns a primitive or a reference that only changes when
 * its inputs change (memoised), so zustand v5 never sees a fresh array per call.
 */
import type { AppState } from './appStore';
import type { TravelEvent } from '../domain/dataset/schema';
import { eventsOnDay } from '../domain/time/timeIndex';
import type { DatasetModel } from '../domain/model/model';

export const selectModel = (s: AppState) => s.model;
export const selectDataset = (s: AppState) => s.model.dataset;
export const selectCurrentDay = (s: AppState) => s.currentDay;
/** The calendar day of the current instant: changes once a day while scrubbing. */
export const selectCalendarDay = (s: AppState) => Math.floor(s.currentDay);
export const selectPlaying = (s: AppState) => s.playing;
export const selectSpeed = (s: AppState) => s.daysPerSecond;
export const selectLoop = (s: AppState) => s.loop;
export const selectPauseAtEvents = (s: AppState) => s.pauseAtEvents;
export const selectView = (s: AppState) => s.view;
export const selectSelectedEventId = (s: AppState) => s.selectedEventId;
export const selectSelectedPlaceId = (s: AppState) => s.selectedPlaceId;
export const selectLang = (s: AppState) => s.lang;
export const selectBaseMap = (s: AppState) => s.baseMap;
export const selectHiddenActorIds = (s: AppState) => s.hiddenActorIds;
export const selectFollowActorId = (s: AppState) => s.followActorId;
export const selectLanes = (s: AppState) => s.lanes;
export const selectFutureRoutes = (s: AppState) => s.futureRoutes;
export const selectReducedMotion = (s: AppState) => s.reducedMotion;

/** Memoises a function of (model, key) on its last inputs. */
function memoByModel<K, R>(compute: (model: DatasetModel, key: K) => R) {
  let lastModel: DatasetModel | null = null;
  let lastKey: K | undefined;
  let lastResult: R | undefined;
  return (model: DatasetModel, key: K): R => {
    if (model !== lastModel || key !== lastKey) {
      lastResult = compute(model, key);
      lastModel = model;
      lastKey = key;
    }
    return lastResult as R;
  };
}

const eventsForDay = memoByModel((model, day: number): readonly TravelEvent[] =>
  eventsOnDay(model.index, day)
    .map((i) => model.dataset.events[i]!)
    .filter(Boolean),
);

/** Events whose dates cover the current calendar day (stable array between days). */
export const selectEventsToday = (s: AppState) => eventsForDay(s.model, Math.floor(s.currentDay));

export const selectSelectedEvent = (s: AppState): TravelEvent | null =>
  s.selectedEventId ? (s.model.eventById.get(s.selectedEventId) ?? null) : null;

export const selectIsActorVisible = (actorId: string) => (s: AppState) =>
  !s.hiddenActorIds.includes(actorId);

export const selectPresenting = (s: AppState) => s.presenting;
export const selectEmbed = (s: AppState) => s.embed;
export const selectMainView = (s: AppState) => s.mainView;
export const selectHighContrast = (s: AppState) => s.highContrast;
export const selectTourStep = (s: AppState) => s.tourStep;
export const selectAutoplayTour = (s: AppState) => s.autoplayTour;
