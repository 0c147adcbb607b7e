import { describe, it, expect } from 'vitest';
import { createAppStore, playbackEnd } from '../../../src/store/appStore';
import { selectEventsToday } from '../../../src/store/selectors';
import { startPlaybackClock, type ClockDeps } from '../../../src/store/playbackClock';
import { isoToDay } from '../../../src/domain/time/calendar';

const day = (iso: string) => isoToDay(iso)!;

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
  it('opens on the default day of the bundled story', () => {
    const store = createAppStore();
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-02-18'));
  });

  it('selectEvent moves the playhead to the event and counts the selection', () => {
    const store = createAppStore();
    const serial = store.getState().selectionSerial;
    store.getState().selectEvent('lavrov-tehran');
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-02-25'));
    expect(store.getState().selectionSerial).toBe(serial + 1);
    store.getState().selectEvent('does-not-exist');
    expect(store.getState().selectedEventId).toBe('lavrov-tehran');
  });

  it('selectPlace picks the event at that place nearest the current date', () => {
    const store = createAppStore();
    store.getState().seek(day('2025-02-20'));
    store.getState().selectPlace('istanbul');
    expect(store.getState().selectedEventId).toBe('istanbul-technical-meeting');
    expect(store.getState().selectedPlaceId).toBe('istanbul');
    store.getState().seek(day('2022-03-01'));
    store.getState().selectPlace('istanbul');
    expect(store.getState().selectedEventId).toBe('istanbul-talks-2022');
  });

  it('events of the day are a stable array between calls', () => {
    const store = createAppStore();
    store.getState().seek(day('2025-02-24') + 0.2);
    const a = selectEventsToday(store.getState());
    store.getState().seek(day('2025-02-24') + 0.8);
    const b = selectEventsToday(store.getState());
    expect(a).toBe(b);
    expect(a.map((e) => e.id).sort()).toEqual(['lavrov-ankara', 'macron-washington']);
  });

  it('hides and shows actors, and stops following a hidden one', () => {
    const store = createAppStore();
    store.getState().setFollowActor('lavrov');
    store.getState().setActorVisible('lavrov', false);
    expect(store.getState().hiddenActorIds).toEqual(['lavrov']);
    expect(store.getState().followActorId).toBeNull();
    store.getState().setAllActorsVisible(true);
    expect(store.getState().hiddenActorIds).toEqual([]);
  });

  it('rejects speeds that are not offered', () => {
    const store = createAppStore();
    store.getState().setSpeed(4);
    store.getState().setSpeed(1000);
    expect(store.getState().daysPerSecond).toBe(4);
  });
});

describe('playback clock', () => {
  it('advances by elapsed frame time and stops cleanly on cleanup', () => {
    const store = createAppStore();
    const frames = manualFrames();
    const stop = startPlaybackClock(store, frames.deps);
    store.getState().seek(day('2025-02-19') + 0.5);
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
    const store = createAppStore();
    const frames = manualFrames();
    startPlaybackClock(store, frames.deps);
    const end = playbackEnd(store.getState().model);
    store.getState().seek(end - 0.1);
    store.getState().setSpeed(7);
    store.getState().play();
    frames.frame(16);
    frames.frame(200);
    expect(store.getState().currentDay).toBe(end);
    expect(store.getState().playing).toBe(false);
  });

  it('pauses on the next event when asked to', () => {
    const store = createAppStore();
    const frames = manualFrames();
    startPlaybackClock(store, frames.deps);
    store.getState().seek(day('2025-02-19') + 0.5);
    store.getState().setPauseAtEvents(true);
    store.getState().setSpeed(7);
    store.getState().play();
    frames.frame(16);
    for (let i = 0; i < 100 && store.getState().playing; i++) frames.frame(100);
    expect(store.getState().playing).toBe(false);
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-02-24'));
  });

  it('steps event by event with reduced motion', () => {
    const store = createAppStore();
    const frames = manualFrames();
    startPlaybackClock(store, frames.deps);
    store.getState().setReducedMotion(true);
    store.getState().seek(day('2025-02-19') + 0.5);
    store.getState().play();
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-02-24'));
    expect(frames.hasFrame).toBe(false);
    frames.runTimers();
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-02-25'));
    expect(store.getState().playing).toBe(true);
  });
});
