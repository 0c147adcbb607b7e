import { describe, it, expect, beforeEach } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { EventDetails } from '../../src/panels/EventDetails';
import { EventList } from '../../src/panels/EventList';
import { Chronology } from '../../src/panels/Chronology';
import { useAppStore } from '../../src/store/appStore';

/** A trip with two consecutive stops (a "Kyiv, Odesa" cell) next to the story's phone call. */
function loadTripWithTwoStops() {
  const { dataset } = useAppStore.getState().model;
  const events = dataset.events.map((e) =>
    e.id === 'lavrov-ankara' ? { ...e, placeIds: ['ankara', 'istanbul'] } : e,
  );
  useAppStore.getState().loadDataset({ ...dataset, events });
}

describe('places of an event', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    useAppStore.setState({ lang: 'en' });
    loadTripWithTwoStops();
  });

  it('shows consecutive stops with "→" in the details, the call with "↔"', () => {
    useAppStore.getState().selectEvent('lavrov-ankara');
    const { unmount } = render(<EventDetails />);
    const trip = screen.getByRole('article', { name: 'Lavrov in Ankara' });
    expect(trip).toHaveTextContent('Ankara → Istanbul');
    expect(trip).not.toHaveTextContent('↔');
    unmount();
    useAppStore.getState().selectEvent('trump-putin-call');
    render(<EventDetails />);
    const call = screen.getAllByRole('article')[0]!;
    expect(call).toHaveTextContent('Washington ↔ Moscow');
  });

  it('never uses the call arrow for stops in the list of events or the chronology', () => {
    render(<EventList />);
    const list = screen.getByRole('button', { name: /Lavrov in Ankara/ });
    expect(list).toHaveTextContent('Ankara → Istanbul');
    const call = screen.getByRole('button', { name: /Trump.*Putin|Putin.*Trump/ });
    expect(call).toHaveTextContent('↔');
    render(<Chronology hidden={false} />);
    const row = within(screen.getByRole('table'))
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Lavrov in Ankara'));
    expect(row).toHaveTextContent('Ankara → Istanbul');
    expect(row).not.toHaveTextContent('↔');
  });
});
