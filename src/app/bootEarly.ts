/**
 * What the page's script starts first: main.tsx imports this module before anything else,
 * so its requests leave while the rest of the first bundle (React, Leaflet, the app) is
 * still being evaluated (100-200 ms on a 2-core machine), not after it:
 * - a page opened on its own data (`?data=`, a story link): the download, the model worker
 *   and the loading code;
 * - the chunks the first view waits for: the places' canvas, the header's controls on a
 *   wide screen, the chronology when the page opens on it.
 */
import '../map/layers/placeCanvasChunk';
import { startEarly } from './earlyStart';
import { dataUrlFromSearch } from './linkedAddress';
import { isBuiltinUrl } from '../storage/builtinDatasets';
import { storyPayloadFromHash } from '../domain/share/storyParam';
import { parseHash } from '../store/urlSync';
import { loadHeaderMenuItems } from '../ui/HeaderMenu';
import { COMPACT_LAYOUT } from '../ui/useMediaQuery';
import { loadChronology } from '../panels/LazyChronology';

export const linkedUrl = dataUrlFromSearch(window.location.search, window.location.href);
export const storyLink = storyPayloadFromHash(window.location.hash);
if (linkedUrl && storyLink === null) startEarly(linkedUrl, isBuiltinUrl(linkedUrl));
/** The loading code of a page opened on its own data (main.tsx awaits it). */
export const linkedLoadModule =
  linkedUrl !== null || storyLink !== null ? import('./linkedLoad') : null;
// Offline before the first visit cached it, main.tsx opens the story instead.
linkedLoadModule?.catch(() => {});

export const openingHash = window.location.hash;
export const openingView = parseHash(openingHash);

// On a wide screen the header's controls sit in the header, so the first render waits for
// them; on a phone or a tablet they are folded in the closed menu, which loads them just
// after the first view.
export const headerControls = matchMedia(COMPACT_LAYOUT).matches
  ? null
  : loadHeaderMenuItems().catch(() => {});
export const chronology =
  openingView.view === 'chronology' ? loadChronology().catch(() => {}) : null;
