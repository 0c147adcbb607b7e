import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { useAppStore } from '../../src/store/appStore';
import { selectCalendarDay } from '../../src/store/selectors';
import {
  MAX_PANEL_INTERVAL_MS,
  SETTLE_MS,
  useSettledSelector,
} from '../../src/panels/useSettledSelector';

let renders = 0;
function Probe() {
  const day = useSettledSelector(selectCalendarDay);
  renders++;
  return <output aria-label="day">{day}</output>;
}

const shown = () => Number(screen.getByRole('status', { name: 'day' }).textContent);

describe('panels follow the date at low priority', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    renders = 0;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a lone change at once', () => {
    render(<Probe />);
    act(() => vi.advanceTimersByTime(1000));
    const start = Math.floor(useAppStore.getState().currentDay);
    act(() => useAppStore.getState().seek(start + 3.5));
    expect(shown()).toBe(start + 3);
  });

  it('while the date moves every frame, renders at most twice a second, then shows where it settled', () => {
    render(<Probe />);
    act(() => vi.advanceTimersByTime(1000));
    const start = Math.floor(useAppStore.getState().currentDay);
    renders = 0;
    // Two seconds of scrubbing at 60 frames a second, a new day every frame.
    for (let frame = 1; frame <= 120; frame++) {
      act(() => {
        useAppStore.getState().seek(start + frame + 0.5);
        vi.advanceTimersByTime(16);
      });
    }
    const framesMs = 120 * 16;
    expect(renders).toBeLessThanOrEqual(Math.ceil(framesMs / MAX_PANEL_INTERVAL_MS) + 2);
    expect(renders).toBeGreaterThan(1);
    act(() => vi.advanceTimersByTime(SETTLE_MS + 1));
    const settled = Math.floor(useAppStore.getState().currentDay);
    expect(settled).toBeGreaterThan(start + 10);
    expect(shown()).toBe(settled);
  });

  it('during a scrub on a slow machine (frames further apart than SETTLE_MS), still renders at most twice a second', () => {
    render(<Probe />);
    act(() => vi.advanceTimersByTime(1000));
    const start = Math.floor(useAppStore.getState().currentDay);
    act(() => useAppStore.getState().setScrubbing(true));
    renders = 0;
    // Two seconds of scrubbing at 5 frames a second, a new day every frame.
    for (let frame = 1; frame <= 10; frame++) {
      act(() => {
        useAppStore.getState().seek(start + frame + 0.5);
        vi.advanceTimersByTime(200);
      });
    }
    expect(renders).toBeLessThanOrEqual(Math.ceil(2000 / MAX_PANEL_INTERVAL_MS) + 2);
    expect(renders).toBeGreaterThan(1);
    // Let go: the panel shows where the date settled, soon.
    act(() => useAppStore.getState().setScrubbing(false));
    act(() => vi.advanceTimersByTime(SETTLE_MS + 1));
    expect(shown()).toBe(start + 10);
  });
});
