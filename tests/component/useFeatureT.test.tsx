import { expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';

/**
 * A feature's translator (the Share dialog's here) merges its own catalogue over the app's.
 * When French is chosen before the app's French catalogue has arrived, it first reads the
 * app's text in English, then in French once the catalogue is there (it used to keep the
 * English it was made with until the language changed again).
 */
it('a feature’s text follows the app’s catalogue that arrives after the language changed', async () => {
  // Fresh modules: the test setup loads every catalogue; this test needs French missing.
  vi.resetModules();
  const i18n = await import('../../src/i18n/i18n');
  const { createAppStore, setAppStore } = await import('../../src/store/appStore');
  const { bundledDataset } = await import('../../src/app/bootstrap');
  const { useShareT } = await import('../../src/share/useShareT');
  expect(i18n.isCatalogueLoaded('fr')).toBe(false);

  function Probe() {
    const t = useShareT();
    return <p>{t('allEvents')}</p>;
  }
  setAppStore(createAppStore({ dataset: bundledDataset(), lang: 'fr' }));
  render(<Probe />);
  expect(screen.getByText('All events')).toBeTruthy();
  await i18n.loadCatalogue('fr');
  await waitFor(() => expect(screen.getByText('Tous les événements')).toBeTruthy());
});
