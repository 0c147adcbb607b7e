import { startTransition, useEffect, useState } from 'react';
import { useAppStore, type AppState } from '../store/appStore';

/** A panel follows a moving date once it has stayed put this long … */
export const SETTLE_MS = 120;
/** … or at most this often while it keeps moving (scrubbing, playback). */
export const MAX_PANEL_INTERVAL_MS = 500;

/**
 * A store value for panels that follow the date at low priority. A lone change shows at
 * once; while the date moves every frame, the component re-renders only when the value has
 * settled (SETTLE_MS without a change) or at most every MAX_PANEL_INTERVAL_MS, in a
 * transition React may interrupt, so the playhead, map and readout keep their frames. `selector` must be stable
 * (a module-level selector) and return stable references.
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
        const isolated = now - lastChange > SETTLE_MS;
        lastChange = now;
        clearTimeout(settleTimer);
        // A lone change (a selection, one key press) shows at once; a stream of them
        // (scrubbing, playback) when it settles, or at most every MAX_PANEL_INTERVAL_MS.
        if (isolated) show(true);
        else if (now - lastShown >= MAX_PANEL_INTERVAL_MS) show();
        else settleTimer = setTimeout(show, SETTLE_MS);
      });
      return function stopFollowing() {
        unsubscribe();
        clearTimeout(settleTimer);
      };
    },
    [selector],
  );

  return value;
}
