import { useDeferredValue, useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { selectCalendarDay, selectModel } from '../store/selectors';
import { windowAround } from '../domain/time/timeIndex';

/**
 * Dataset indices of up to `size` events in date order around the current day. Small
 * datasets list everything; large ones list a window that follows the timeline.
 */
export function useEventWindow(size: number): {
  indices: readonly number[];
  start: number;
  end: number;
  total: number;
} {
  const model = useAppStore(selectModel);
  // While scrubbing, the list follows at low priority: React renders the timeline and the
  // map first and may skip list renders for days that fly past.
  const day = useDeferredValue(useAppStore(selectCalendarDay));
  const { start, end } = windowAround(model.index, day + 0.5, size);
  const indices = useMemo(
    () => Array.from(model.index.order.subarray(start, end)),
    [model, start, end],
  );
  return { indices, start, end, total: model.index.size };
}
