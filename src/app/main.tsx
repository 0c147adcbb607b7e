import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bootstrapStoreWith } from './bootstrapWith';
import { loadBundledStory } from './loadBundledStory';
import { loadCatalogue } from '../i18n/i18n';
import { detectLang } from '../domain/lang';
import { parseHash } from '../store/urlSync';
import '../ui/styles.css';
import '../ui/layout.css';
import '../ui/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The bundled story is data fetched beside the scripts (not code in the first bundle), and
// the interface language's catalogue (English is in the bundle) is fetched beside it.
const startLang = parseHash(window.location.hash).lang ?? detectLang(navigator.languages ?? []);
void Promise.all([
  loadBundledStory(),
  // Without it (offline before the first visit cached it) the first view reads English.
  loadCatalogue(startLang).catch(() => {}),
]).then(([story]) => {
  bootstrapStoreWith(story);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

// Offline support: registered after the first view, never in development.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    import('virtual:pwa-register')
      .then(({ registerSW }) => registerSW({ immediate: true }))
      .catch(() => {
        // Without a service worker the app still works online.
      });
  });
}
