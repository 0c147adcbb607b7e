import {
  clampDay,
  firstEventStartingOn,
  fullView,
  initialView,
  playbackEnd,
  playbackStart,
  viewShowing,
} from '../../domain/model/queries';
import { nextEventDay, prevEventDay, SPEEDS } from '../../domain/playback/playback';
import { fitDomain, panBy, zoomAround } from '../../domain/time/timeScale';
import type { AppState, SliceDefinition } from '../types';

export interface ViewWindow {
  readonly start: number;
  readonly end: number;
}

export interface TimeSlice {
  /** The current instant: days since 1970-01-01, fractional. */
  currentDay: number;
  playing: boolean;
  /** A pointer is dragging the playhead: the date moves every frame until it is let go. */
  scrubbing: boolean;
  daysPerSecond: number;
  loop: boolean;
  pauseAtEvents: boolean;
  /** The visible window of the timeline. */
  view: ViewWindow;
  seek: (day: number) => void;
  setScrubbing: (scrubbing: boolean) => void;
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

const MIN_SPAN_DAYS = 3;
const MAX_SPAN_DAYS = 365 * 200;

/** Moves to an instant and selects the first event starting on that day. */
function moveToEventAt(s: AppState, instant: number): Partial<AppState> {
  return {
    currentDay: instant,
    playing: false,
    selectedEventId: firstEventStartingOn(s.model, instant),
    selectedPlaceId: null,
    selectionSerial: s.selectionSerial + 1,
    view: viewShowing(s.view, instant),
  };
}

export const timeSlice: SliceDefinition<TimeSlice> = {
  onDatasetLoad: (model) => ({
    currentDay: model.defaultDay,
    view: initialView(model),
    playing: false,
    scrubbing: false,
  }),
  create: (init) => (set, get) => ({
    currentDay: init.model.defaultDay,
    playing: false,
    scrubbing: false,
    daysPerSecond: 1,
    loop: false,
    pauseAtEvents: false,
    view: initialView(init.model),
    seek: (day) => set({ currentDay: clampDay(get().model, day) }),
    setScrubbing: (scrubbing) => {
      if (get().scrubbing !== scrubbing) set({ scrubbing });
    },
    stepDays: (days) => {
      const { currentDay, model } = get();
      set({ currentDay: clampDay(model, Math.floor(currentDay) + 0.5 + days), playing: false });
    },
    goToNextEvent: () => {
      const s = get();
      const next = nextEventDay(s.model.eventInstants, s.currentDay);
      if (next !== null) set(moveToEventAt(s, next));
    },
    goToPreviousEvent: () => {
      const s = get();
      const prev = prevEventDay(s.model.eventInstants, s.currentDay);
      if (prev !== null) set(moveToEventAt(s, prev));
    },
    goToFirstEvent: () => {
      const s = get();
      const first = s.model.eventInstants[0];
      if (first !== undefined) set(moveToEventAt(s, first));
    },
    goToLastEvent: () => {
      const s = get();
      const last = s.model.eventInstants[s.model.eventInstants.length - 1];
      if (last !== undefined) set(moveToEventAt(s, last));
    },
    play: () => {
      const { model, currentDay } = get();
      // Pressing play at the end starts again from the beginning.
      if (currentDay >= playbackEnd(model)) set({ currentDay: playbackStart(model) });
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
    fitAll: () => set({ view: fullView(get().model) }),
    fitRange: (first, last) => set({ view: fitDomain(first, last + 1, 0.08) }),
  }),
};
