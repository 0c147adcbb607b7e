import { beforeEach } from 'vitest';
import { installStore } from './store';
import { LANGS, loadCatalogue } from '../../src/i18n/i18n';

// Each test gets its own store; nothing leaks from one test to the next.
beforeEach(() => {
  installStore();
});

// Every catalogue, as the app has the active one before it renders (src/app/main.tsx).
await Promise.all(LANGS.map((lang) => loadCatalogue(lang)));
