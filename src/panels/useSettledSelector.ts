import { startTransition, useEffect, useState } from 'react';
import { useAppStore, type AppState } from '../store/appStore';

/** A panel follows a moving date once it has stayed put this long … */
export const SETTLE_MS = 120;
/** … or at most this often while it keeps moving (scrubbing, playback). */
export const MAX_PANEL_INTERVAL_MS = 500;

/** The date moves by itself or under a dragged playhead: no change of it is a lone one. */
const isStreaming = (s: AppState) => s.playing || s.scrubbing;

/**
 * A store value for panels that follow the date at low priority. A lone change (a
 * selection, one key press) shows at once. While the date moves every frame (a dragged
 * playhead, playback, or changes closer than SETTLE_MS), the component re-renders at most
 * every MAX_PANEL_INTERVAL_MS and once more where the value settles, in a transition React
 * may interrupt, so the playhead, map and readout keep their frames. Whether a change is
 * lone is judged from the store (playing, scrubbing) as well as from the time since the
 * last change: on a slow machine the frames of a scrub can be further apart than
 * SETTLE_MS, and each would otherwise count as lone and render the panels urgently.
 * `selector` must be stable (a module-level selector) and return stable references.
 */
export function useSettledSelector<T>(selector: (s: AppState) => T): T {
  const [value, setValue] = useState(() => selector(useAppStore.getState()));

  useEffect(
    function followSettled() {
      let settleTimer: ReturnType<typeof setTimeout> | undefined;
      let lastShown = performance.now();
      let lastChange = -Infinity;
      const show = (urgent = false) => {
        clearTimeout(settleTimer);
        settleTimer = undefined;
        lastShown = performance.now();
        const next = selector(useAppStore.getState());
        if (urgent) setValue(() => next);
        else startTransition(() => setValue(() => next));
      };
      // In case the store moved between the render and this effect (same value: no render).
      settleTimer = setTimeout(() => show(true), 0);
      const unsubscribe = useAppStore.subscribe(selector, function onChange() {
        const now = performance.now();
        const streaming = isStreaming(useAppStore.getState());
        const isolated = !streaming && now - lastChange > SETTLE_MS;
        lastChange = now;
        clearTimeout(settleTimer);
        const sinceShown = now - lastShown;
        if (isolated) show(true);
        else if (sinceShown >= MAX_PANEL_INTERVAL_MS) show();
        // While streaming, wait for the next turn (at most every MAX_PANEL_INTERVAL_MS);
        // otherwise for the value to settle.
        else
          settleTimer = setTimeout(
            show,
            streaming ? MAX_PANEL_INTERVAL_MS - sinceShown : SETTLE_MS,
          );
      });
      // The stream ended (the playhead let go, playback paused): show where it settled soon.
      const unsubscribeStream = useAppStore.subscribe(isStreaming, function onStreamEnd(now) {
        if (now || settleTimer === undefined) return;
        clearTimeout(settleTimer);
        settleTimer = setTimeout(show, SETTLE_MS);
      });
      return function stopFollowing() {
        unsubscribe();
        unsubscribeStream();
        clearTimeout(settleTimer);
      };
    },
    [selector],
  );

  return value;
}
