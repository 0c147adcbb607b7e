/**
 * Editing operations: pure functions from a dataset (and what to change) to a new dataset.
 * They never mutate their input, keep every unchanged record by reference (so a change to
 * one of 10,000 events copies one array, not the records), and keep references whole:
 * deleting a place, an actor or an event also removes what pointed at it.
 */
import type { Actor, Dataset, Place, Source, Tour, TourStep, TravelEvent } from '../dataset/schema';
import type { LocalizedText } from '../dataset/localized';
import { dayToIso } from '../time/calendar';
import { uniqueId } from './ids';
export { userCopy } from './userCopy';

export type MapViewValue = NonNullable<TourStep['view']>;

function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const next = list.slice();
  next[index] = item;
  return next;
}

function indexOf<T extends { id: string }>(list: readonly T[], id: string): number {
  for (let i = 0; i < list.length; i++) if (list[i]!.id === id) return i;
  return -1;
}

/** Moves the item at `from` to `to` (both clamped); returns the same array if nothing moves. */
export function moveItem<T>(list: readonly T[], from: number, to: number): readonly T[] {
  if (from < 0 || from >= list.length) return list;
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (target === from) return list;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item as T);
  return next;
}

// ---------------------------------------------------------------- story

export { newStory } from './newStory';

export function setStoryTitle(dataset: Dataset, lang: string, text: string): Dataset {
  return { ...dataset, title: setText(dataset.title, lang, text) as LocalizedText };
}

/** Sets one language of a text; an empty value removes that language (English stays). */
export function setText(
  text: LocalizedText | undefined,
  lang: string,
  value: string,
): LocalizedText | undefined {
  const next: Record<string, string> = { ...(text ?? {}) };
  if (value === '') delete next[lang];
  else next[lang] = value;
  if (next.en === undefined) {
    // English is the fallback every text needs: the first other language stands in.
    const other = Object.keys(next)[0];
    if (other === undefined) return undefined;
    next.en = next[other]!;
  }
  return next as LocalizedText;
}

// ---------------------------------------------------------------- events

export interface EventDraft {
  readonly title: string;
  /** Calendar day number (days since 1970-01-01). */
  readonly day: number;
  readonly placeIds?: readonly string[];
  readonly actorIds?: readonly string[];
}

export function addEvent(dataset: Dataset, draft: EventDraft): { dataset: Dataset; id: string } {
  const id = uniqueId(
    draft.title || 'event',
    dataset.events.map((e) => e.id),
  );
  const event: TravelEvent = {
    id,
    date: dayToIso(draft.day),
    precision: 'day',
    kind: 'meeting',
    placeIds: [...(draft.placeIds ?? [])],
    actorIds: [...(draft.actorIds ?? [])],
    participants: [],
    title: { en: draft.title },
    sources: [],
  };
  return { dataset: { ...dataset, events: [...dataset.events, event] }, id };
}

export function updateEvent(
  dataset: Dataset,
  id: string,
  change: Partial<Omit<TravelEvent, 'id'>> | ((e: TravelEvent) => TravelEvent),
): Dataset {
  const i = indexOf(dataset.events, id);
  if (i < 0) return dataset;
  const old = dataset.events[i]!;
  const next = typeof change === 'function' ? change(old) : { ...old, ...change };
  return { ...dataset, events: replaceAt(dataset.events, i, dropUndefined(next)) };
}

function dropUndefined<T extends object>(o: T): T {
  const out = { ...o } as Record<string, unknown>;
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as T;
}

/** Removes an event and the tour steps pointing at it (a tour left empty goes too). */
export function deleteEvent(dataset: Dataset, id: string): Dataset {
  const i = indexOf(dataset.events, id);
  if (i < 0) return dataset;
  const events = dataset.events.slice();
  events.splice(i, 1);
  const tours = dataset.tours
    .map((t) => {
      const steps = t.steps.filter((s) => s.eventId !== id);
      return steps.length === t.steps.length ? t : { ...t, steps };
    })
    .filter((t) => t.steps.length > 0);
  return { ...dataset, events, tours };
}

/** A copy of an event, placed right after it, with its own id. */
export function duplicateEvent(dataset: Dataset, id: string): { dataset: Dataset; id: string } {
  const i = indexOf(dataset.events, id);
  if (i < 0) return { dataset, id };
  const old = dataset.events[i]!;
  const newId = uniqueId(
    `${old.id}-copy`,
    dataset.events.map((e) => e.id),
  );
  const copy: TravelEvent = structuredClone({ ...old, id: newId });
  const events = dataset.events.slice();
  events.splice(i + 1, 0, copy);
  return { dataset: { ...dataset, events }, id: newId };
}

export function addSource(dataset: Dataset, eventId: string, source: Source): Dataset {
  return updateEvent(dataset, eventId, (e) => ({ ...e, sources: [...e.sources, source] }));
}

export function updateSource(
  dataset: Dataset,
  eventId: string,
  index: number,
  change: Partial<Source>,
): Dataset {
  return updateEvent(dataset, eventId, (e) => {
    const old = e.sources[index];
    if (!old) return e;
    return { ...e, sources: replaceAt(e.sources, index, dropUndefined({ ...old, ...change })) };
  });
}

export function deleteSource(dataset: Dataset, eventId: string, index: number): Dataset {
  return updateEvent(dataset, eventId, (e) => ({
    ...e,
    sources: e.sources.filter((_, i) => i !== index),
  }));
}

// ---------------------------------------------------------------- places

export interface PlaceDraft {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country?: string;
}

/**
 * Adds a place. It is never merged with an existing one, even of the same name or at the
 * same point: the user chose to make a new place, so it gets its own id.
 */
export function addPlace(dataset: Dataset, draft: PlaceDraft): { dataset: Dataset; id: string } {
  const id = uniqueId(
    draft.name || 'place',
    dataset.places.map((p) => p.id),
  );
  const place: Place = {
    id,
    name: { en: draft.name || id },
    country: /^[A-Z]{2}$/.test(draft.country ?? '') ? draft.country! : 'XX',
    lat: clampLat(draft.lat),
    lon: wrapLon(draft.lon),
    prominence: 'primary',
  };
  return { dataset: { ...dataset, places: [...dataset.places, place] }, id };
}

function clampLat(lat: number): number {
  return Math.max(-90, Math.min(90, round6(lat)));
}

function wrapLon(lon: number): number {
  const w = ((((lon + 180) % 360) + 360) % 360) - 180;
  return round6(w === -180 && lon > 0 ? 180 : w);
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function updatePlace(
  dataset: Dataset,
  id: string,
  change: Partial<Omit<Place, 'id'>>,
): Dataset {
  const i = indexOf(dataset.places, id);
  if (i < 0) return dataset;
  return {
    ...dataset,
    places: replaceAt(dataset.places, i, dropUndefined({ ...dataset.places[i]!, ...change })),
  };
}

/** Moves a place (a marker dragged on the map, or coordinates typed). */
export function movePlace(dataset: Dataset, id: string, lat: number, lon: number): Dataset {
  return updatePlace(dataset, id, { lat: clampLat(lat), lon: wrapLon(lon) });
}

/** Places no event, waypoint or actor refers to can be deleted; others are kept. */
export function placeInUse(dataset: Dataset, id: string): boolean {
  return (
    dataset.events.some((e) => e.placeIds.includes(id)) ||
    dataset.waypoints.some((w) => w.placeId === id) ||
    dataset.actors.some((a) => a.homePlaceId === id)
  );
}

export function deletePlace(dataset: Dataset, id: string): Dataset {
  if (placeInUse(dataset, id)) return dataset;
  return { ...dataset, places: dataset.places.filter((p) => p.id !== id) };
}

// ---------------------------------------------------------------- actors

export interface ActorDraft {
  readonly name: string;
  readonly color: string;
  readonly country?: string;
}

export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? words.map((w) => w[0]) : [...(words[0] ?? '?')].slice(0, 2);
  return letters.slice(0, 3).join('').toUpperCase() || '?';
}

export function addActor(dataset: Dataset, draft: ActorDraft): { dataset: Dataset; id: string } {
  const id = uniqueId(
    draft.name || 'actor',
    dataset.actors.map((a) => a.id),
  );
  const actor: Actor = {
    id,
    name: { en: draft.name || id },
    initials: initialsOf(draft.name),
    kind: 'person',
    country: /^[A-Z]{2}$/.test(draft.country ?? '') ? draft.country! : 'XX',
    color: draft.color,
  };
  return { dataset: { ...dataset, actors: [...dataset.actors, actor] }, id };
}

export function updateActor(
  dataset: Dataset,
  id: string,
  change: Partial<Omit<Actor, 'id'>>,
): Dataset {
  const i = indexOf(dataset.actors, id);
  if (i < 0) return dataset;
  return {
    ...dataset,
    actors: replaceAt(dataset.actors, i, dropUndefined({ ...dataset.actors[i]!, ...change })),
  };
}

/** Removes an actor from the story and from every event and waypoint. */
export function deleteActor(dataset: Dataset, id: string): Dataset {
  if (indexOf(dataset.actors, id) < 0) return dataset;
  return {
    ...dataset,
    actors: dataset.actors.filter((a) => a.id !== id),
    events: dataset.events.map((e) =>
      e.actorIds.includes(id) ? { ...e, actorIds: e.actorIds.filter((a) => a !== id) } : e,
    ),
    waypoints: dataset.waypoints.filter((w) => w.actorId !== id),
  };
}

// ---------------------------------------------------------------- tours

function updateTourAt(dataset: Dataset, tourId: string, f: (t: Tour) => Tour | null): Dataset {
  const i = indexOf(dataset.tours, tourId);
  if (i < 0) return dataset;
  const next = f(dataset.tours[i]!);
  if (next === dataset.tours[i]) return dataset;
  const tours = dataset.tours.slice();
  if (next === null) tours.splice(i, 1);
  else tours[i] = next;
  return { ...dataset, tours };
}

/** A new tour with one step (a tour needs at least one). */
export function addTour(
  dataset: Dataset,
  title: string,
  first: TourStep,
): { dataset: Dataset; id: string } {
  const id = uniqueId(
    title || 'tour',
    dataset.tours.map((t) => t.id),
  );
  const tour: Tour = { id, title: { en: title || id }, steps: [first] };
  return { dataset: { ...dataset, tours: [...dataset.tours, tour] }, id };
}

export function updateTour(dataset: Dataset, tourId: string, change: Partial<Tour>): Dataset {
  return updateTourAt(dataset, tourId, (t) => ({ ...t, ...change, id: t.id }));
}

export function deleteTour(dataset: Dataset, tourId: string): Dataset {
  return updateTourAt(dataset, tourId, () => null);
}

/**
 * Adds a step after `after` (default: at the end). Without a view of its own, the new step
 * starts from the view of the step before it.
 */
export function addStep(
  dataset: Dataset,
  tourId: string,
  step: { eventId: string; caption?: LocalizedText; view?: MapViewValue },
  after?: number,
): Dataset {
  return updateTourAt(dataset, tourId, (t) => {
    const at = after === undefined ? t.steps.length - 1 : after;
    const previous = t.steps[at];
    const view = step.view ?? previous?.view;
    const next: TourStep = {
      eventId: step.eventId,
      caption: step.caption ?? { en: ' ' },
      ...(view ? { view: { center: [view.center[0], view.center[1]], zoom: view.zoom } } : {}),
    };
    const steps = t.steps.slice();
    steps.splice(at + 1, 0, next);
    return { ...t, steps };
  });
}

export function updateStep(
  dataset: Dataset,
  tourId: string,
  index: number,
  change: Partial<TourStep>,
): Dataset {
  return updateTourAt(dataset, tourId, (t) => {
    const old = t.steps[index];
    if (!old) return t;
    return { ...t, steps: replaceAt(t.steps, index, dropUndefined({ ...old, ...change })) };
  });
}

/** Deletes a step; the last step of a tour deletes the tour. */
export function deleteStep(dataset: Dataset, tourId: string, index: number): Dataset {
  return updateTourAt(dataset, tourId, (t) => {
    if (!t.steps[index]) return t;
    const steps = t.steps.filter((_, i) => i !== index);
    return steps.length === 0 ? null : { ...t, steps };
  });
}

export function duplicateStep(dataset: Dataset, tourId: string, index: number): Dataset {
  return updateTourAt(dataset, tourId, (t) => {
    const old = t.steps[index];
    if (!old) return t;
    const steps = t.steps.slice();
    steps.splice(index + 1, 0, structuredClone(old));
    return { ...t, steps };
  });
}

/** Moves a step from one position to another (drag, or the move up / move down buttons). */
export function moveStep(dataset: Dataset, tourId: string, from: number, to: number): Dataset {
  return updateTourAt(dataset, tourId, (t) => {
    const steps = moveItem(t.steps, from, to);
    return steps === t.steps ? t : { ...t, steps: steps as TourStep[] };
  });
}
