/**
 * Questions the app asks of a dataset model: where playback runs, how far the playhead
 * may go, which window opens first, which event a day or a place means. Pure functions
 * of the model, shared by the store's actions, the playback clock and the address.
 */
import type { DatasetModel } from './model';
import type { Place, TourStep } from '../dataset/schema';
import { eventInstant } from '../playback/playback';
import { fitDomain, type TimeDomain } from '../time/timeScale';

/** The places of an event (or of any list of place ids), in order; unknown ids are left out. */
export function placesOf(
  model: Pick<DatasetModel, 'placeById'>,
  placeIds: readonly string[],
): Place[] {
  return placeIds.map((id) => model.placeById.get(id)).filter((p) => p !== undefined);
}

/** Room left around the data so journeys can start and end (days before / after). */
export const DAYS_BEFORE_DATA = 30;
export const DAYS_AFTER_DATA = 31;

/** The range the playhead may move in, in whole days. */
export function dayRange(model: DatasetModel): { readonly min: number; readonly max: number } {
  return {
    min: Math.floor(model.extent.first) - DAYS_BEFORE_DATA,
    max: Math.floor(model.extent.last) + DAYS_AFTER_DATA,
  };
}

/** A day kept inside `dayRange`; a non-finite one becomes the default day. */
export function clampDay(model: DatasetModel, day: number): number {
  if (!Number.isFinite(day)) return model.defaultDay;
  const { min, max } = dayRange(model);
  return Math.min(max, Math.max(min, day));
}

/** The timeline window a dataset opens on: the cluster holding the default day. */
export function initialView(model: DatasetModel): TimeDomain {
  const cluster =
    model.clusters.find((c) => model.defaultDay >= c.first && model.defaultDay <= c.last + 1) ??
    model.clusters[model.clusters.length - 1];
  if (!cluster) return fitDomain(model.defaultDay - 7, model.defaultDay + 7, 0.1);
  return fitDomain(cluster.first, cluster.last + 1, 0.08);
}

/** The window showing every event. */
export function fullView(model: DatasetModel): TimeDomain {
  return fitDomain(model.extent.first, model.extent.last + 1, 0.05);
}

/** A window of the same span centred on `day` when `day` is outside it; else the same one. */
export function viewShowing(view: TimeDomain, day: number): TimeDomain {
  if (day >= view.start && day <= view.end) return view;
  const span = view.end - view.start;
  return { start: day - span / 2, end: day + span / 2 };
}

/** Playback starts the day before the first event. */
export function playbackStart(model: DatasetModel): number {
  const first = model.eventInstants[0];
  return first !== undefined ? Math.floor(first) - 1 : model.extent.first;
}

/** Playback ends the day after the last event. */
export function playbackEnd(model: DatasetModel): number {
  const list = model.eventInstants;
  const last = list[list.length - 1];
  return last !== undefined ? Math.floor(last) + 1 : model.extent.last + 1;
}

/** The presenter's choice of "no tour": one step per event, in date order. */
export const DATE_ORDER_TOUR = ':events';

const dateOrderCache = new WeakMap<DatasetModel, readonly TourStep[]>();

/** One step per event in date order, for a dataset without a tour (an imported record). */
function dateOrderSteps(model: DatasetModel): readonly TourStep[] {
  let steps = dateOrderCache.get(model);
  if (!steps) {
    const order = model.dataset.events.map((_, i) => i);
    order.sort((a, b) => model.spans[a]!.first - model.spans[b]!.first || a - b);
    steps = order.map((i) => {
      const e = model.dataset.events[i]!;
      return { eventId: e.id, caption: e.summary ?? { en: '' } };
    });
    dateOrderCache.set(model, steps);
  }
  return steps;
}

/**
 * The steps presentation mode walks: the chosen tour, else the dataset's first, else (a
 * dataset with no tour, such as an imported record) every event in date order.
 */
export function tourSteps(model: DatasetModel, tourId: string | null = null): readonly TourStep[] {
  if (tourId === DATE_ORDER_TOUR) return dateOrderSteps(model);
  const tours = model.dataset.tours;
  const tour = (tourId !== null ? tours.find((t) => t.id === tourId) : undefined) ?? tours[0];
  return tour ? tour.steps : dateOrderSteps(model);
}

/** The id of the first event (in dataset order) starting on the calendar day of `instant`. */
export function firstEventStartingOn(model: DatasetModel, instant: number): string | null {
  const day = Math.floor(instant);
  const idx = model.spans.findIndex((s) => s.first === day);
  return idx >= 0 ? (model.dataset.events[idx]?.id ?? null) : null;
}

/**
 * The event at a place nearest to `instant`, and how many events the place has; null when
 * it has none.
 */
export function nearestEventAtPlace(
  model: DatasetModel,
  placeId: string,
  instant: number,
): { readonly eventId: string; readonly count: number } | null {
  const list = model.eventsByPlace.get(placeId) ?? [];
  if (list.length === 0) return null;
  const distance = (i: number) => Math.abs(eventInstant(model.spans[i]!.first) - instant);
  let best = list[0]!;
  for (const i of list) if (distance(i) < distance(best)) best = i;
  return { eventId: model.dataset.events[best]!.id, count: list.length };
}
