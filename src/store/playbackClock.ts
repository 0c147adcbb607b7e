/**
 * The playback loop, outside React: requestAnimationFrame with elapsed time (no drift,
 * no setInterval). The arithmetic is the pure `advance` of the domain.
 * With reduced motion, it steps from event to event with a dwell instead of animating.
 */
import type { AppStore } from './appStore';
import { playbackEnd, playbackStart } from '../domain/model/queries';
import { advance, stepToNextEvent } from '../domain/playback/playback';

/** How long reduced-motion playback dwells on each event, at 1 day per second. */
export const REDUCED_MOTION_DWELL_MS = 2000;
/** Frames longer than this (tab in background) are not counted as elapsed time. */
const MAX_FRAME_MS = 250;

export interface ClockDeps {
  requestFrame: (cb: (now: number) => void) => number;
  cancelFrame: (handle: number) => void;
  setTimer: (cb: () => void, ms: number) => ReturnType<typeof setTimeout>;
  clearTimer: (handle: ReturnType<typeof setTimeout>) => void;
}

const browserDeps: ClockDeps = {
  requestFrame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (h) => cancelAnimationFrame(h),
  setTimer: (cb, ms) => setTimeout(cb, ms),
  clearTimer: (h) => clearTimeout(h),
};

/** Runs playback while `playing` is true; returns a cleanup that stops everything. */
export function startPlaybackClock(store: AppStore, deps: ClockDeps = browserDeps): () => void {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last: number | null = null;

  const stopLoop = () => {
    if (frame !== null) deps.cancelFrame(frame);
    if (timer !== null) deps.clearTimer(timer);
    frame = null;
    timer = null;
    last = null;
  };

  const tick = (now: number) => {
    frame = null;
    const s = store.getState();
    if (!s.playing) return;
    const elapsed = last === null ? 0 : Math.min(now - last, MAX_FRAME_MS);
    last = now;
    const result = advance({
      t: s.currentDay,
      elapsedMs: elapsed,
      daysPerSecond: s.daysPerSecond,
      start: playbackStart(s.model),
      end: playbackEnd(s.model),
      loop: s.loop,
      pauseAtEvents: s.pauseAtEvents,
      eventDays: s.model.eventInstants,
    });
    store.setState({ currentDay: result.t, playing: !result.stopped });
    if (!result.stopped) frame = deps.requestFrame(tick);
  };

  const step = () => {
    timer = null;
    const s = store.getState();
    if (!s.playing) return;
    const result = stepToNextEvent({
      t: s.currentDay,
      start: playbackStart(s.model),
      end: playbackEnd(s.model),
      loop: s.loop,
      eventDays: s.model.eventInstants,
    });
    store.setState({ currentDay: result.t, playing: !result.stopped });
    if (!result.stopped && !s.pauseAtEvents) schedule();
    else store.setState({ playing: false });
  };

  const schedule = () => {
    const s = store.getState();
    timer = deps.setTimer(step, REDUCED_MOTION_DWELL_MS / Math.max(s.daysPerSecond, 0.5));
  };

  const start = () => {
    stopLoop();
    const s = store.getState();
    if (!s.playing) return;
    if (s.reducedMotion) {
      // Step at once, then dwell on each event.
      step();
    } else {
      frame = deps.requestFrame(tick);
    }
  };

  const unsubscribe = store.subscribe(
    (s) => s.playing,
    function onPlayingChange(playing) {
      if (playing) start();
      else stopLoop();
    },
  );
  if (store.getState().playing) start();

  return function stopPlaybackClock() {
    unsubscribe();
    stopLoop();
  };
}
