import { describe, it, expect } from 'vitest';
import { createAppStore } from '../../../src/store/appStore';
import { playbackEnd } from '../../../src/domain/model/queries';
import { selectEventsToday } from '../../../src/store/selectors';
import { startPlaybackClock, type ClockDeps } from '../../../src/store/playbackClock';
import { isoToDay } from '../../../src/domain/time/calendar';
import { elsewhere, twoTrips } from '../../fixtures/storeFixtures';

const day = (iso: string) => isoToDay(iso)!;
const newStore = (lang: 'en' | 'fr' = 'en') => createAppStore({ dataset: twoTrips, lang });

/** A frame scheduler the test drives by hand. */
function manualFrames() {
  let pending: ((now: number) => void) | null = null;
  let timers: (() => void)[] = [];
  let now = 0;
  const deps: ClockDeps = {
    requestFrame: (cb) => {
      pending = cb;
      return 1;
    },
    cancelFrame: () => {
      pending = null;
    },
    setTimer: (cb) => {
      timers.push(cb);
      return 1 as unknown as ReturnType<typeof setTimeout>;
    },
    clearTimer: () => {
      timers = [];
    },
  };
  return {
    deps,
    frame(ms: number) {
      now += ms;
      const cb = pending;
      pending = null;
      cb?.(now);
    },
    runTimers() {
      const list = timers;
      timers = [];
      list.forEach((t) => t());
    },
    get hasFrame() {
      return pending !== null;
    },
  };
}

describe('app store', () => {
  it('opens on the default day of its dataset, in the language it is given', () => {
    const store = newStore('fr');
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-03-01'));
    expect(store.getState().lang).toBe('fr');
    expect(store.getState().model.dataset.id).toBe('two-trips');
  });

  it('selectEvent moves the playhead to the event and counts the selection', () => {
    const store = newStore();
    const serial = store.getState().selectionSerial;
    store.getState().selectEvent('e-paris');
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-03-05'));
    expect(store.getState().selectionSerial).toBe(serial + 1);
    store.getState().selectEvent('does-not-exist');
    expect(store.getState().selectedEventId).toBe('e-paris');
  });

  it('selectEvent brings a day outside the timeline window into view', () => {
    const store = newStore();
    store.getState().selectEvent('e-paris-2022');
    const { view } = store.getState();
    expect(view.start).toBeLessThanOrEqual(day('2022-03-10'));
    expect(view.end).toBeGreaterThanOrEqual(day('2022-03-10'));
  });

  it('selectPlace picks the event at that place nearest the current date', () => {
    const store = newStore();
    store.getState().seek(day('2025-03-04'));
    store.getState().selectPlace('paris');
    expect(store.getState().selectedEventId).toBe('e-paris');
    expect(store.getState().selectedPlaceId).toBe('paris');
    store.getState().seek(day('2022-03-01'));
    store.getState().selectPlace('paris');
    expect(store.getState().selectedEventId).toBe('e-paris-2022');
    // A place with one event selects it; the panel needs no list.
    store.getState().selectPlace('madrid');
    expect(store.getState().selectedEventId).toBe('e-madrid');
    expect(store.getState().selectedPlaceId).toBeNull();
  });

  it('Page Down and Home/End select the first event of the day they move to', () => {
    const store = newStore();
    store.getState().goToNextEvent();
    expect(store.getState().selectedEventId).toBe('e-berlin');
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-03-03'));
    store.getState().goToLastEvent();
    expect(store.getState().selectedEventId).toBe('e-madrid');
    store.getState().goToFirstEvent();
    expect(store.getState().selectedEventId).toBe('e-paris-2022');
  });

  it('events of the day are a stable array between calls', () => {
    const store = newStore();
    store.getState().seek(day('2025-03-03') + 0.2);
    const a = selectEventsToday(store.getState());
    store.getState().seek(day('2025-03-03') + 0.8);
    const b = selectEventsToday(store.getState());
    expect(a).toBe(b);
    expect(a.map((e) => e.id).sort()).toEqual(['e-berlin', 'e-rome']);
  });

  it('hides and shows actors, and stops following a hidden one', () => {
    const store = newStore();
    store.getState().setFollowActor('a');
    store.getState().setActorVisible('a', false);
    expect(store.getState().hiddenActorIds).toEqual(['a']);
    expect(store.getState().followActorId).toBeNull();
    store.getState().setAllActorsVisible(false);
    expect(store.getState().hiddenActorIds).toEqual(['a', 'b']);
    store.getState().setAllActorsVisible(true);
    expect(store.getState().hiddenActorIds).toEqual([]);
  });

  it('rejects speeds that are not offered', () => {
    const store = newStore();
    store.getState().setSpeed(4);
    store.getState().setSpeed(1000);
    expect(store.getState().daysPerSecond).toBe(4);
  });

  it('keeps the playhead within a month around the data', () => {
    const store = newStore();
    store.getState().seek(day('2000-01-01'));
    expect(Math.floor(store.getState().currentDay)).toBe(day('2022-02-08'));
    store.getState().seek(Number.NaN);
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-03-01'));
  });

  it('steps through the tour in presentation, and stops autoplay after the last step', () => {
    const store = newStore();
    store.getState().enterPresentation();
    expect(store.getState().tourStep).toBe(0);
    expect(store.getState().selectedEventId).toBe('e-berlin');
    store.getState().nextTourStep();
    expect(store.getState().selectedEventId).toBe('e-paris');
    expect(store.getState().requestedMapView).toEqual({ lat: 48.85, lon: 2.35, zoom: 6 });
    store.getState().setAutoplayTour(true);
    store.getState().nextTourStep();
    store.getState().nextTourStep();
    expect(store.getState().tourStep).toBe(2);
    expect(store.getState().autoplayTour).toBe(false);
  });

  it('loading a dataset resets what belonged to the old one and keeps the preferences', () => {
    const store = newStore('fr');
    const s = store.getState();
    s.setSpeed(4);
    s.setLanes(true);
    s.setBaseMap('osm');
    s.setActorVisible('b', false);
    s.setFollowActor('a');
    s.enterPresentation();
    s.setAutoplayTour(true);
    s.play();
    store.getState().loadDataset(elsewhere);
    const after = store.getState();
    expect(after.model.dataset.id).toBe('elsewhere');
    expect(Math.floor(after.currentDay)).toBe(day('2024-06-01'));
    expect(after.view.start).toBeLessThanOrEqual(day('2024-06-01'));
    expect(after.view.end).toBeGreaterThanOrEqual(day('2024-06-05'));
    expect(after).toMatchObject({
      selectedEventId: null,
      selectedPlaceId: null,
      hiddenActorIds: [],
      followActorId: null,
      playing: false,
      presenting: false,
      tourStep: null,
      autoplayTour: false,
      requestedMapView: null,
      // Preferences stay.
      lang: 'fr',
      daysPerSecond: 4,
      lanes: true,
      baseMap: 'osm',
    });
  });
});

describe('playback clock', () => {
  it('advances by elapsed frame time and stops cleanly on cleanup', () => {
    const store = newStore();
    const frames = manualFrames();
    const stop = startPlaybackClock(store, frames.deps);
    store.getState().seek(day('2025-03-01') + 0.5);
    store.getState().setSpeed(2);
    store.getState().play();
    frames.frame(16); // first frame only starts the clock
    const start = store.getState().currentDay;
    for (let i = 0; i < 5; i++) frames.frame(100);
    expect(store.getState().currentDay).toBeCloseTo(start + 1, 6);
    // A long stall (background tab) counts as one short frame, not a jump.
    const beforeStall = store.getState().currentDay;
    frames.frame(5000);
    expect(store.getState().currentDay - beforeStall).toBeLessThanOrEqual(0.5 + 1e-9);
    stop();
    expect(frames.hasFrame).toBe(false);
  });

  it('stops at the end of the story without loop', () => {
    const store = newStore();
    const frames = manualFrames();
    startPlaybackClock(store, frames.deps);
    const end = playbackEnd(store.getState().model);
    expect(end).toBe(day('2025-03-09'));
    store.getState().seek(end - 0.1);
    store.getState().setSpeed(7);
    store.getState().play();
    frames.frame(16);
    frames.frame(200);
    expect(store.getState().currentDay).toBe(end);
    expect(store.getState().playing).toBe(false);
  });

  it('pauses on the next event when asked to', () => {
    const store = newStore();
    const frames = manualFrames();
    startPlaybackClock(store, frames.deps);
    store.getState().seek(day('2025-03-01') + 0.5);
    store.getState().setPauseAtEvents(true);
    store.getState().setSpeed(7);
    store.getState().play();
    frames.frame(16);
    for (let i = 0; i < 100 && store.getState().playing; i++) frames.frame(100);
    expect(store.getState().playing).toBe(false);
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-03-03'));
  });

  it('steps event by event with reduced motion', () => {
    const store = newStore();
    const frames = manualFrames();
    startPlaybackClock(store, frames.deps);
    store.getState().setReducedMotion(true);
    store.getState().seek(day('2025-03-01') + 0.5);
    store.getState().play();
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-03-03'));
    expect(frames.hasFrame).toBe(false);
    frames.runTimers();
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-03-05'));
    expect(store.getState().playing).toBe(true);
  });
});
