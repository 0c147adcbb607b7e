// First: starts the downloads the first view waits for (see bootEarly.ts).
import {
  chronology,
  headerControls,
  linkedLoadModule,
  linkedUrl,
  openingHash,
  openingView,
  storyLink,
} from './bootEarly';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bootstrapStoreWith } from './bootstrapWith';
import { loadBundledStory } from './loadBundledStory';
import { LINKED_PLACEHOLDER } from './linkedPlaceholder';
import { setStartedLoad } from './linkedAddress';
import { applyThemeNow, showBootProgress } from './bootProgress';
import { LOCALES, loadCatalogue, translator, warmFormats } from '../i18n/i18n';
import { formatDayLong } from '../domain/time/calendar';
import { countryName } from '../i18n/countryNames';
import { detectLang } from '../domain/lang';
import { provideBundledStory } from '../storage/datasetsStore';
import { loadBaseMap } from '../data/baseMap';
import '../ui/styles.css';
import '../ui/layout.css';
import '../ui/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * A page opened on its own data (`?data=`, a story link) does not draw the bundled story
 * first only to replace it: the data starts loading with the page, a progress note shows,
 * and the app renders once, on that data (or on the story if it cannot be opened).
 */

const opensLinkedData = linkedUrl !== null || storyLink !== null;

// The bundled story is data fetched beside the scripts (not code in the first bundle), and
// the interface language's catalogue (English is in the bundle) is fetched beside it.
const story = loadBundledStory();
// The offline base map's outlines are read now, not when the map first asks for them.
void loadBaseMap().catch(() => {});
provideBundledStory(story);
const startLang = openingView.lang ?? detectLang(navigator.languages ?? []);
// ICU's start-up (the first number, plural, date and country-name formats: 30-100 ms) in a
// task of its own while the page waits for its data and chunks, not in the first render.
setTimeout(() => {
  warmFormats(startLang);
  formatDayLong(0, LOCALES[startLang]);
  countryName('FR', LOCALES[startLang]);
}, 0);

async function start(): Promise<void> {
  // Without it (offline before the first visit cached it) the first view reads English.
  const catalogue = loadCatalogue(startLang).catch(() => {});
  if (opensLinkedData) {
    const store = bootstrapStoreWith(LINKED_PLACEHOLDER);
    // The progress note shows as soon as the interface's texts are in (English at once),
    // not after the loading chunk, which can wait most of a second behind a large download.
    const note = catalogue.then(() => {
      applyThemeNow(store);
      return showBootProgress(root!, translator(startLang), LOCALES[startLang]);
    });
    try {
      // The loading code is a chunk of its own; the download is already under way.
      const { startLinkedLoad } = await (linkedLoadModule ?? import('./linkedLoad'));
      const linked = startLinkedLoad(store, { url: linkedUrl, story: storyLink, openingHash });
      setStartedLoad(linked);
      if (linked) {
        (await note).follow(linked);
        await linked.done;
      }
    } catch {
      // The loading chunk did not come (offline before the first visit cached it).
      store.getState().loadDataset(await story);
    }
  } else {
    const [first] = await Promise.all([story, catalogue]);
    bootstrapStoreWith(first);
  }
  await Promise.all([headerControls, chronology]);
  createRoot(root!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
void start();

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
