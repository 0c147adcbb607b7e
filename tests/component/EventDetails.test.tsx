import { describe, it, expect } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EventDetails } from '../../src/panels/EventDetails';
import { EventList } from '../../src/panels/EventList';
import { useAppStore } from '../../src/store/appStore';
import { isoToDay } from '../../src/domain/time/calendar';

describe('Event details panel', () => {
  it('shows the selected event with its date, precision, provenance and French quote', () => {
    useAppStore.getState().selectEvent('lavrov-ankara');
    render(<EventDetails />);
    const card = screen.getByRole('article', { name: 'Lavrov in Ankara' });
    expect(within(card).getByText(/^Monday,? 24 February 2025$/)).toBeInTheDocument();
    expect(within(card).getByText('(Date precision: to the day)')).toBeInTheDocument();
    const provenance = within(card).getByRole('group', { name: 'Where the date comes from' });
    expect(within(provenance).getByText('lundi')).toHaveAttribute('lang', 'fr');
    expect(provenance).toHaveTextContent(/Monday,? 24 February 2025/);
    const sources = within(card).getByRole('group', { name: 'Sources' });
    const quote = sources.querySelector('blockquote');
    expect(quote).toHaveAttribute('lang', 'fr');
    expect(quote).toHaveTextContent("qui s'était rendu lundi à Ankara");
    const link = within(sources).getByRole('link', { name: 'Lavrov to visit Türkiye on Monday' });
    expect(link).toHaveAttribute('href', 'https://www.trtworld.com/article/18267973');
  });

  it('shows the events of the current day when nothing is selected', () => {
    useAppStore.getState().seek((isoToDay('2025-02-25') ?? 0) + 0.5);
    render(<EventDetails />);
    expect(screen.getByRole('article', { name: 'Lavrov in Tehran' })).toBeInTheDocument();
  });

  it('says so on a day without events', () => {
    useAppStore.getState().seek((isoToDay('2025-02-20') ?? 0) + 0.5);
    render(<EventDetails />);
    expect(screen.getByText('No event on this day.')).toBeInTheDocument();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('speaks French when the language is French', () => {
    useAppStore.setState({ lang: 'fr' });
    useAppStore.getState().selectEvent('lavrov-tehran');
    render(<EventDetails />);
    const card = screen.getByRole('article', { name: 'Lavrov à Téhéran' });
    expect(within(card).getByText('mardi 25 février 2025')).toBeInTheDocument();
  });

  it('never renders a javascript: source link', () => {
    const { model } = useAppStore.getState();
    const events = model.dataset.events.map((e) =>
      e.id === 'lavrov-doha'
        ? {
            ...e,
            sources: [
              {
                kind: 'outside' as const,
                title: 'Evil <img src=x onerror=alert(1)>',
                url: 'javascript:alert(1)',
              },
            ],
          }
        : e,
    );
    useAppStore.getState().loadDataset({ ...model.dataset, events });
    useAppStore.getState().selectEvent('lavrov-doha');
    render(<EventDetails />);
    const card = screen.getByRole('article', {
      name: 'Lavrov in Doha announces the Istanbul meeting',
    });
    expect(within(card).queryByRole('link')).toBeNull();
    expect(within(card).getByText('Evil <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(card.querySelector('img')).toBeNull();
  });

  it('selecting from the list of all events selects it and moves the date', async () => {
    const user = userEvent.setup();
    render(
      <>
        <EventList />
        <EventDetails />
      </>,
    );
    await user.click(screen.getByRole('button', { name: /Lavrov in Tehran/ }));
    expect(useAppStore.getState().selectedEventId).toBe('lavrov-tehran');
    expect(Math.floor(useAppStore.getState().currentDay)).toBe(isoToDay('2025-02-25'));
    expect(screen.getByRole('article', { name: 'Lavrov in Tehran' })).toBeInTheDocument();
  });
});
