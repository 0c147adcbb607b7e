import { describe, it, expect, beforeEach } from 'vitest';
import { render, screen } from '@testing-library/react';
import { LoadBanner } from '../../src/app/LoadBanner';
import { parseDataset } from '../../src/domain/dataset/schema';
import { useAppStore } from '../../src/store/appStore';

function brokenOutcome() {
  const r = parseDataset({
    schemaVersion: 1,
    id: 'x',
    title: 'X',
    places: [{ id: 'p', name: 'P', country: 'FR', lat: 1, lon: 2 }],
    actors: [],
    events: [{ id: 'e', date: '2025-02-30', placeIds: ['nowhere'], title: 'E' }],
  });
  if (r.ok) throw new Error('expected problems');
  return {
    ok: false as const,
    source: 'https://example.org/x.json',
    reason: 'schema' as const,
    problems: r.problems,
  };
}

describe('LoadBanner', () => {
  beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));

  it('names each problem of a linked file in French in the French interface', async () => {
    useAppStore.setState({ lang: 'fr' });
    render(<LoadBanner outcome={brokenOutcome()} onClose={() => {}} />);
    const alert = screen.getByRole('alert');
    expect(
      await screen.findByText(/Ceci devrait être une date écrite AAAA-MM-JJ\./),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('events[0].date');
    expect(alert).toHaveTextContent('2025-02-30');
    expect(alert).not.toHaveTextContent(/calendar date|must be/);
  });

  it('and in English in the English interface, with the id it did not find', async () => {
    useAppStore.setState({ lang: 'en' });
    render(<LoadBanner outcome={brokenOutcome()} onClose={() => {}} />);
    expect(
      await screen.findByText(/This should be a calendar date written YYYY-MM-DD\./),
    ).toBeInTheDocument();
  });
});
