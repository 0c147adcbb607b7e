import { tourSteps } from '../../domain/model/queries';
import type { SliceDefinition } from '../types';

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

export const presentationSlice: SliceDefinition<PresentationSlice> = {
  // The tour is the dataset's; the map keeps looking where it was.
  onDatasetLoad: () => ({
    tourStep: null,
    presenting: false,
    autoplayTour: false,
    requestedMapView: null,
  }),
  create: () => (set, get) => ({
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
      const step = tourSteps(get().model)[index];
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
  }),
};
