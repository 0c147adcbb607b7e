import { lazy, useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { selectPresenting } from '../store/selectors';
import { tourSteps } from '../domain/model/queries';

/** The caption card loads with the first presentation, not with the first view. */
export const PresentationCaption = lazy(() =>
  import('./PresentationCaption').then((m) => ({ default: m.PresentationCaption })),
);

/**
 * Keys of a presenter's clicker: →, PageDown, Space forward; ←, PageUp, Shift+Space back;
 * Home/End first/last step; Esc leaves (back to the view presentation was entered from).
 */
export function usePresentationKeys(): void {
  const presenting = useAppStore(selectPresenting);
  useEffect(
    function listenForPresenterKeys() {
      if (!presenting) return;
      const onKey = (e: KeyboardEvent) => {
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        const s = useAppStore.getState();
        // Any key pauses autoplay, so the presenter can talk.
        if (s.autoplayTour) s.setAutoplayTour(false);
        let handled = true;
        switch (e.key) {
          case ' ':
            // Shift+Space goes back, as in a slide deck.
            if (e.shiftKey) s.previousTourStep();
            else s.nextTourStep();
            break;
          case 'ArrowRight':
          case 'PageDown':
            s.nextTourStep();
            break;
          case 'ArrowLeft':
          case 'PageUp':
            s.previousTourStep();
            break;
          case 'Home':
            s.goToTourStep(0);
            break;
          case 'End':
            s.goToTourStep(tourSteps(s.model).length - 1);
            break;
          case 'Escape':
            s.exitPresentation();
            break;
          default:
            handled = false;
        }
        if (handled) {
          e.preventDefault();
          e.stopPropagation();
        }
      };
      window.addEventListener('keydown', onKey, { capture: true });
      return function stopListeningForPresenterKeys() {
        window.removeEventListener('keydown', onKey, { capture: true });
      };
    },
    [presenting],
  );
}

/** Full-screen presentation follows the mode; leaving full screen (Esc) leaves the mode. */
export function useFullscreenPresentation(): void {
  const presenting = useAppStore(selectPresenting);
  useEffect(
    function followFullscreen() {
      if (!presenting) return;
      let entered = false;
      const root = document.documentElement;
      if (!document.fullscreenElement && root.requestFullscreen) {
        root
          .requestFullscreen()
          .then(() => {
            entered = true;
          })
          .catch(() => {
            // Full screen refused (no user gesture, iframe): the mode works without it.
          });
      }
      const onChange = () => {
        if (entered && !document.fullscreenElement) useAppStore.getState().exitPresentation();
      };
      document.addEventListener('fullscreenchange', onChange);
      return function leaveFullscreen() {
        document.removeEventListener('fullscreenchange', onChange);
        if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
      };
    },
    [presenting],
  );
}
