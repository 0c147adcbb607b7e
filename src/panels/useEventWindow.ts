import { useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { selectCalendarDay, selectModel } from '../store/selectors';
import { windowAround } from '../domain/time/timeIndex';
import { useSettledSelector } from './useSettledSelector';

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
  // While scrubbing, the list follows at low priority: when the date settles, or at most
  // twice a second.
  const day = useSettledSelector(selectCalendarDay);
  const { start, end } = windowAround(model.index, day + 0.5, size);
  const indices = useMemo(
    () => Array.from(model.index.order.subarray(start, end)),
    [model, start, end],
  );
  return { indices, start, end, total: model.index.size };
}
