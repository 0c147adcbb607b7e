/**
 * The one store: typed slices combined once (zustand slices pattern).
 * Components read it with atomic selectors; 60 fps paths (map markers, playhead)
 * subscribe to it outside React.
 */
import { create, type StateCreator } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Dataset } from '../domain/dataset/schema';
import { eventInstant, nextEventDay, prevEventDay, SPEEDS } from '../domain/playback/playback';
import { zoomAround, panBy, fitDomain } from '../domain/time/timeScale';
import { buildModel, type DatasetModel } from './model';
import { detectLang, type Lang } from '../i18n/i18n';
import bundled from '../data/afp-2025-02-26.json';
import { createPreferencesSlice, type PreferencesSlice } from './preferencesSlice';

export interface ViewWindow {
  readonly start: number;
  readonly end: number;
}

export interface DatasetSlice {
  model: DatasetModel;
  loadDataset: (dataset: Dataset) => void;
}

export interface TimeSlice {
  /** The current instant: days since 1970-01-01, fractional. */
  currentDay: number;
  playing: boolean;
  daysPerSecond: number;
  loop: boolean;
  pauseAtEvents: boolean;
  /** The visible window of the timeline. */
  view: ViewWindow;
  seek: (day: number) => void;
  stepDays: (days: number) => void;
  goToNextEvent: () => void;
  goToPreviousEvent: () => void;
  goToFirstEvent: () => void;
  goToLastEvent: () => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  setSpeed: (daysPerSecond: number) => void;
  setLoop: (loop: boolean) => void;
  setPauseAtEvents: (pause: boolean) => void;
  setView: (view: ViewWindow) => void;
  zoomView: (factor: number, anchorDay?: number) => void;
  panView: (fraction: number) => void;
  fitAll: () => void;
  fitRange: (first: number, last: number) => void;
}

export interface SelectionSlice {
  selectedEventId: string | null;
  /** A place the user picked on the map, whose events the panel lists. */
  selectedPlaceId: string | null;
  /** Increments on every deliberate selection, so the map flies even to the same event. */
  selectionSerial: number;
  selectEvent: (id: string | null) => void;
  selectPlace: (placeId: string) => void;
}

export type BaseMap = 'offline' | 'osm';
export type FutureRoutes = 'faint' | 'hidden';

export interface UiSlice {
  lang: Lang;
  baseMap: BaseMap;
  hiddenActorIds: readonly string[];
  followActorId: string | null;
  lanes: boolean;
  futureRoutes: FutureRoutes;
  reducedMotion: boolean;
  highContrast: boolean;
  setLang: (lang: Lang) => void;
  setBaseMap: (baseMap: BaseMap) => void;
  setActorVisible: (actorId: string, visible: boolean) => void;
  setAllActorsVisible: (visible: boolean) => void;
  setFollowActor: (actorId: string | null) => void;
  setLanes: (lanes: boolean) => void;
  setFutureRoutes: (mode: FutureRoutes) => void;
  setReducedMotion: (reduced: boolean) => void;
  setHighContrast: (on: boolean) => void;
}

export interface MapView {
  readonly lat: number;
  readonly lon: number;
  readonly zoom: number;
}

export type MainView = 'map' | 'chronology';

export interface PresentationSlice {
  presenting: boolean;
  /** Index of the current step of the dataset's first tour, or null outside the tour. */
  tourStep: number | null;
  autoplayTour: boolean;
  /** Where the map is looking; written by the map, read by links. */
  mapView: MapView | null;
  /** A view the map should move to (from a link or a tour step); cleared once applied. */
  requestedMapView: MapView | null;
  mainView: MainView;
  /** The view presentation was entered from, restored when it ends. */
  viewBeforePresentation: MainView;
  /** Increments when the map should frame the selected event again (caption drawn, exit). */
  frameSerial: number;
  embed: boolean;
  requestFraming: () => void;
  enterPresentation: () => void;
  exitPresentation: () => void;
  togglePresentation: () => void;
  goToTourStep: (index: number) => void;
  nextTourStep: () => void;
  previousTourStep: () => void;
  setAutoplayTour: (on: boolean) => void;
  setMapView: (view: MapView) => void;
  requestMapView: (view: MapView | null) => void;
  setMainView: (view: MainView) => void;
  setEmbed: (embed: boolean) => void;
}

export type AppState = DatasetSlice &
  TimeSlice &
  SelectionSlice &
  UiSlice &
  PresentationSlice &
  PreferencesSlice;

type Slice<T> = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], T>;

const MIN_SPAN_DAYS = 3;
const MAX_SPAN_DAYS = 365 * 200;

function clampDay(model: DatasetModel, day: number): number {
  if (!Number.isFinite(day)) return model.defaultDay;
  // Allow a little room around the data so journeys can start and end.
  const lo = model.extent.first - 30;
  const hi = model.extent.last + 31;
  return Math.min(hi, Math.max(lo, day));
}

function initialView(model: DatasetModel): ViewWindow {
  // Open on the cluster holding the default day, so the story's days are readable.
  const cluster =
    model.clusters.find((c) => model.defaultDay >= c.first && model.defaultDay <= c.last + 1) ??
    model.clusters[model.clusters.length - 1];
  if (!cluster) return fitDomain(model.defaultDay - 7, model.defaultDay + 7, 0.1);
  return fitDomain(cluster.first, cluster.last + 1, 0.08);
}

const initialModel = buildModel(loadBundledDataset());

const createDatasetSlice: Slice<DatasetSlice> = (set) => ({
  model: initialModel,
  loadDataset: (dataset) => {
    const model = buildModel(dataset);
    set({
      model,
      currentDay: model.defaultDay,
      view: initialView(model),
      selectedEventId: null,
      selectedPlaceId: null,
      hiddenActorIds: [],
      followActorId: null,
      playing: false,
      tourStep: null,
      presenting: false,
      autoplayTour: false,
      requestedMapView: null,
    });
  },
});

const createTimeSlice: Slice<TimeSlice> = (set, get) => ({
  currentDay: initialModel.defaultDay,
  playing: false,
  daysPerSecond: 1,
  loop: false,
  pauseAtEvents: false,
  view: initialView(initialModel),
  seek: (day) => set({ currentDay: clampDay(get().model, day) }),
  stepDays: (days) => {
    const { currentDay, model } = get();
    set({ currentDay: clampDay(model, Math.floor(currentDay) + 0.5 + days), playing: false });
  },
  goToNextEvent: () => {
    const { model, currentDay } = get();
    const next = nextEventDay(model.eventInstants, currentDay);
    if (next !== null) selectFirstEventAt(set, get, next);
  },
  goToPreviousEvent: () => {
    const { model, currentDay } = get();
    const prev = prevEventDay(model.eventInstants, currentDay);
    if (prev !== null) selectFirstEventAt(set, get, prev);
  },
  goToFirstEvent: () => {
    const first = get().model.eventInstants[0];
    if (first !== undefined) selectFirstEventAt(set, get, first);
  },
  goToLastEvent: () => {
    const list = get().model.eventInstants;
    const last = list[list.length - 1];
    if (last !== undefined) selectFirstEventAt(set, get, last);
  },
  play: () => {
    const { model, currentDay } = get();
    const end = playbackEnd(model);
    // Pressing play at the end starts again from the beginning.
    if (currentDay >= end) set({ currentDay: playbackStart(model) });
    set({ playing: true });
  },
  pause: () => set({ playing: false }),
  togglePlay: () => (get().playing ? get().pause() : get().play()),
  setSpeed: (daysPerSecond) => {
    if ((SPEEDS as readonly number[]).includes(daysPerSecond)) set({ daysPerSecond });
  },
  setLoop: (loop) => set({ loop }),
  setPauseAtEvents: (pauseAtEvents) => set({ pauseAtEvents }),
  setView: (view) => {
    if (Number.isFinite(view.start) && Number.isFinite(view.end) && view.end > view.start)
      set({ view });
  },
  zoomView: (factor, anchorDay) => {
    const { view, currentDay } = get();
    set({
      view: zoomAround(view, anchorDay ?? currentDay, factor, {
        minSpanDays: MIN_SPAN_DAYS,
        maxSpanDays: MAX_SPAN_DAYS,
      }),
    });
  },
  panView: (fraction) => {
    const { view } = get();
    set({ view: panBy(view, (view.end - view.start) * fraction) });
  },
  fitAll: () => {
    const { extent } = get().model;
    set({ view: fitDomain(extent.first, extent.last + 1, 0.05) });
  },
  fitRange: (first, last) => set({ view: fitDomain(first, last + 1, 0.08) }),
});

/** Moves to an instant and selects the first event starting on that day. */
function selectFirstEventAt(
  set: Parameters<Slice<unknown>>[0],
  get: () => AppState,
  instant: number,
): void {
  const { model } = get();
  const day = Math.floor(instant);
  const idx = model.spans.findIndex((s) => s.first === day);
  const event = idx >= 0 ? model.dataset.events[idx] : undefined;
  set({
    currentDay: instant,
    playing: false,
    selectedEventId: event ? event.id : null,
    selectedPlaceId: null,
    selectionSerial: get().selectionSerial + 1,
  });
  ensureVisible(set, get, instant);
}

function ensureVisible(set: Parameters<Slice<unknown>>[0], get: () => AppState, day: number): void {
  const { view } = get();
  if (day >= view.start && day <= view.end) return;
  const span = view.end - view.start;
  set({ view: { start: day - span / 2, end: day + span / 2 } });
}

export function playbackStart(model: DatasetModel): number {
  const first = model.eventInstants[0];
  return first !== undefined ? Math.floor(first) - 1 : model.extent.first;
}

export function playbackEnd(model: DatasetModel): number {
  const list = model.eventInstants;
  const last = list[list.length - 1];
  return last !== undefined ? Math.floor(last) + 1 : model.extent.last + 1;
}

const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selectedEventId: null,
  selectedPlaceId: null,
  selectionSerial: 0,
  selectEvent: (id) => {
    if (id === null) {
      set({ selectedEventId: null, selectedPlaceId: null });
      return;
    }
    const { model } = get();
    const index = model.eventIndexById.get(id);
    if (index === undefined) return;
    const span = model.spans[index]!;
    const instant = eventInstant(span.first);
    set({
      selectedEventId: id,
      currentDay: instant,
      playing: false,
      selectionSerial: get().selectionSerial + 1,
    });
    ensureVisible(set, get, instant);
  },
  selectPlace: (placeId) => {
    const { model, currentDay } = get();
    const list = model.eventsByPlace.get(placeId) ?? [];
    if (list.length === 0) {
      set({ selectedPlaceId: placeId, selectedEventId: null });
      return;
    }
    // The event at that place nearest to the current date; the panel lists the others.
    let best = list[0]!;
    for (const i of list) {
      const d = Math.abs(eventInstant(model.spans[i]!.first) - currentDay);
      if (d < Math.abs(eventInstant(model.spans[best]!.first) - currentDay)) best = i;
    }
    get().selectEvent(model.dataset.events[best]!.id);
    set({ selectedPlaceId: list.length > 1 ? placeId : null });
  },
});

const createUiSlice: Slice<UiSlice> = (set, get) => ({
  lang: typeof navigator !== 'undefined' ? detectLang(navigator.languages ?? []) : 'en',
  baseMap: 'offline',
  hiddenActorIds: [],
  followActorId: null,
  lanes: false,
  futureRoutes: 'faint',
  reducedMotion: false,
  highContrast: false,
  setLang: (lang) => set({ lang }),
  setBaseMap: (baseMap) => set({ baseMap }),
  setActorVisible: (actorId, visible) => {
    const hidden = get().hiddenActorIds;
    const has = hidden.includes(actorId);
    if (visible && has) set({ hiddenActorIds: hidden.filter((id) => id !== actorId) });
    if (!visible && !has) {
      set({ hiddenActorIds: [...hidden, actorId] });
      if (get().followActorId === actorId) set({ followActorId: null });
    }
  },
  setAllActorsVisible: (visible) =>
    set({
      hiddenActorIds: visible ? [] : get().model.dataset.actors.map((a) => a.id),
      followActorId: visible ? get().followActorId : null,
    }),
  setFollowActor: (followActorId) => set({ followActorId }),
  setLanes: (lanes) => set({ lanes }),
  setFutureRoutes: (futureRoutes) => set({ futureRoutes }),
  setReducedMotion: (reducedMotion) => set({ reducedMotion }),
  setHighContrast: (highContrast) => set({ highContrast }),
});

export function tourSteps(model: DatasetModel) {
  return model.dataset.tours[0]?.steps ?? [];
}

const createPresentationSlice: Slice<PresentationSlice> = (set, get) => ({
  presenting: false,
  tourStep: null,
  autoplayTour: false,
  mapView: null,
  requestedMapView: null,
  mainView: 'map',
  viewBeforePresentation: 'map',
  frameSerial: 0,
  embed: false,
  requestFraming: () => set({ frameSerial: get().frameSerial + 1 }),
  enterPresentation: () => {
    const steps = tourSteps(get().model);
    if (get().presenting) return;
    set({
      presenting: true,
      playing: false,
      viewBeforePresentation: get().mainView,
      mainView: 'map',
    });
    if (get().tourStep === null && steps.length > 0) get().goToTourStep(0);
  },
  exitPresentation: () => {
    if (!get().presenting) return;
    set({ presenting: false, autoplayTour: false, mainView: get().viewBeforePresentation });
    get().requestFraming();
  },
  togglePresentation: () =>
    get().presenting ? get().exitPresentation() : get().enterPresentation(),
  goToTourStep: (index) => {
    const steps = tourSteps(get().model);
    const step = steps[index];
    if (!step || !get().model.eventById.has(step.eventId)) return;
    // The step counts as the deliberate selection: one history entry, one flight.
    set({ tourStep: index });
    get().selectEvent(step.eventId);
    set({
      requestedMapView: step.view
        ? { lat: step.view.center[0], lon: step.view.center[1], zoom: step.view.zoom }
        : null,
    });
  },
  nextTourStep: () => {
    const { tourStep, model } = get();
    const n = tourSteps(model).length;
    if (n === 0) return;
    const next = tourStep === null ? 0 : tourStep + 1;
    if (next < n) get().goToTourStep(next);
    else set({ autoplayTour: false });
  },
  previousTourStep: () => {
    const { tourStep } = get();
    if (tourStep !== null && tourStep > 0) get().goToTourStep(tourStep - 1);
  },
  setAutoplayTour: (autoplayTour) => set({ autoplayTour }),
  setMapView: (mapView) => set({ mapView }),
  requestMapView: (requestedMapView) => set({ requestedMapView }),
  setMainView: (mainView) => set({ mainView }),
  setEmbed: (embed) => set({ embed }),
});

/**
 * The bundled story is stored already normalised (every default written out), and a unit
 * test proves `DatasetSchema.parse(bundled)` returns it unchanged. So the first view needs
 * no validator: zod loads only when a user opens other data.
 */
function loadBundledDataset(): Dataset {
  return bundled as unknown as Dataset;
}

export function createAppStore() {
  return create<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createDatasetSlice(...a),
      ...createTimeSlice(...a),
      ...createSelectionSlice(...a),
      ...createUiSlice(...a),
      ...createPresentationSlice(...a),
      ...createPreferencesSlice<AppState>()(...a),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

/**
 * The app's store. Tests reset it with
 * `useAppStore.setState(useAppStore.getInitialState(), true)` or build their own.
 */
export const useAppStore = createAppStore();
