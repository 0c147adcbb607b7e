/**
 * The single-file player: the app without import, storage or sharing, opening the story
 * held in the page's data element (`#story-data`). Built by `vite.player.config.ts` into
 * one self-contained HTML file (code, styles, offline base map inlined) that opens from
 * `file://` with no network.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../app/App';
import { bundledDataset } from '../app/bootstrap';
import { createAppStore, setAppStore } from '../store/appStore';
import { detectLang } from '../domain/lang';
import { loadCatalogue } from '../i18n/i18n';
import { parseHash } from '../store/urlSync';
import { parseDataset } from '../domain/dataset/schema';
import { localized } from '../domain/dataset/localized';
import { readEmbeddedStory, STORY_ELEMENT_ID } from '../domain/share/singleFile';
import '../ui/styles.css';

const embedded = readEmbeddedStory(document.getElementById(STORY_ELEMENT_ID)?.textContent ?? '');
// The data is untrusted like any import: validated, and the built-in story if it fails.
const parsed = embedded.ok ? parseDataset(embedded.dataset) : null;
const dataset = parsed?.ok ? parsed.dataset : bundledDataset();
const store = createAppStore({
  dataset,
  lang: detectLang(typeof navigator !== 'undefined' ? (navigator.languages ?? []) : []),
});
setAppStore(store);
if (embedded.ok && embedded.view && !window.location.hash) {
  window.history.replaceState(
    null,
    '',
    embedded.view.startsWith('#') ? embedded.view : `#${embedded.view}`,
  );
}
document.title = localized(dataset.title, store.getState().lang);

const root = document.getElementById('root');
if (!root) throw new Error('player.html has no #root element');
// The catalogue is inlined in this file too; loading it is a resolved import, not a fetch.
const startLang = parseHash(window.location.hash).lang ?? store.getState().lang;
void loadCatalogue(startLang)
  .catch(() => {})
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
