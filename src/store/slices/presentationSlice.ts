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
  /** Index of the current step of the chosen tour, or null outside the tour. */
  tourStep: number | null;
  /** The tour the presenter chose (null: the first; DATE_ORDER_TOUR: every event by date). */
  presentTourId: string | null;
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
  choosePresentTour: (tourId: string | null) => void;
  setMapView: (view: MapView) => void;
  requestMapView: (view: MapView | null) => void;
  setMainView: (view: MainView) => void;
  setEmbed: (embed: boolean) => void;
}

export const presentationSlice: SliceDefinition<PresentationSlice> = {
  // The tour is the dataset's; the map keeps looking where it was.
  onDatasetLoad: () => ({
    tourStep: null,
    presentTourId: null,
    presenting: false,
    autoplayTour: false,
    requestedMapView: null,
  }),
  create: () => (set, get) => ({
    presenting: false,
    tourStep: null,
    presentTourId: null,
    autoplayTour: false,
    mapView: null,
    requestedMapView: null,
    mainView: 'map',
    viewBeforePresentation: 'map',
    frameSerial: 0,
    embed: false,
    requestFraming: () => set({ frameSerial: get().frameSerial + 1 }),
    enterPresentation: () => {
      const steps = tourSteps(get().model, get().presentTourId);
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
      const step = tourSteps(get().model, get().presentTourId)[index];
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
      const { tourStep, model, presentTourId } = get();
      const n = tourSteps(model, presentTourId).length;
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
    choosePresentTour: (presentTourId) => {
      set({ presentTourId, tourStep: null });
      if (get().presenting) get().goToTourStep(0);
    },
    setMapView: (mapView) => set({ mapView }),
    requestMapView: (requestedMapView) => set({ requestedMapView }),
    setMainView: (mainView) => set({ mainView }),
    setEmbed: (embed) => set({ embed }),
  }),
};
