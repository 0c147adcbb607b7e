import { describe, it, expect } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Timeline } from '../../src/timeline/Timeline';
import { useAppStore } from '../../src/store/appStore';
import { isoToDay } from '../../src/domain/time/calendar';

function day(iso: string): number {
  const d = isoToDay(iso);
  if (d === null) throw new Error(iso);
  return d;
}

describe('Timeline slider', () => {
  it('is a slider named "Timeline" whose value text is the readable date', () => {
    render(<Timeline />);
    const slider = screen.getByRole('slider', { name: 'Timeline' });
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Tuesday,? 18 February 2025$/),
    );
    expect(slider).toHaveAttribute('aria-valuenow', String(day('2025-02-18')));
  });

  it('moves one day with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<Timeline />);
    const slider = screen.getByRole('slider', { name: 'Timeline' });
    slider.focus();
    await user.keyboard('{ArrowRight}');
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Wednesday,? 19 February 2025$/),
    );
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Monday,? 17 February 2025$/),
    );
  });

  it('jumps between events with PageUp/PageDown and to the ends with Home/End', async () => {
    const user = userEvent.setup();
    render(<Timeline />);
    const slider = screen.getByRole('slider', { name: 'Timeline' });
    slider.focus();
    await user.keyboard('{PageDown}');
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Monday,? 24 February 2025$/),
    );
    expect(useAppStore.getState().selectedEventId).toBe('lavrov-ankara');
    await user.keyboard('{PageDown}');
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Tuesday,? 25 February 2025$/),
    );
    await user.keyboard('{PageUp}{PageUp}');
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Tuesday,? 18 February 2025$/),
    );
    await user.keyboard('{Home}');
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Thursday,? 10 March 2022$/),
    );
    await user.keyboard('{End}');
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Thursday,? 27 February 2025$/),
    );
  });

  it('plays and pauses from the Play button', async () => {
    const user = userEvent.setup();
    render(<Timeline />);
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(useAppStore.getState().playing).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(useAppStore.getState().playing).toBe(false);
  });

  it('offers jumps to both clusters of the story', async () => {
    const user = userEvent.setup();
    render(<Timeline />);
    await user.click(screen.getByRole('button', { name: 'Jump to Mar 2022' }));
    const slider = screen.getByRole('slider', { name: 'Timeline' });
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Thursday,? 10 March 2022$/),
    );
    const { view } = useAppStore.getState();
    expect(view.start).toBeLessThanOrEqual(day('2022-03-10'));
    expect(view.end).toBeGreaterThanOrEqual(day('2022-03-30'));
    await user.click(screen.getByRole('button', { name: 'Jump to Feb 2025' }));
    expect(slider).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^Wednesday,? 12 February 2025$/),
    );
  });
});
