import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useAppStore } from '../store/appStore';
import { startUrlSync } from '../store/urlSync';
import { startPlaybackClock } from '../store/playbackClock';
import { selectLang } from '../store/selectors';
import { partReady } from '../ui/readiness';
import { useT } from '../i18n/useT';

/** Keys typed into a text field or a list box belong to it. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable;
}

/** Space activates buttons, links and checkboxes; only elsewhere does it toggle playback. */
function isActivatable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (isTextEntry(target)) return true;
  const tag = target.tagName;
  const role = target.getAttribute('role');
  return tag === 'BUTTON' || tag === 'A' || role === 'button' || role === 'checkbox';
}

/** Wires the store to the world: address, playback clock, keyboard, reduced motion, <html lang> and the tab's title. */
export function useAppEffects(): void {
  const lang = useAppStore(selectLang);
  const t = useT();

  useEffect(function readEmbedFlag() {
    const params = new URLSearchParams(window.location.search);
    if (params.get('embed') === '1') useAppStore.getState().setEmbed(true);
  }, []);

  useEffect(function syncAddress() {
    return startUrlSync(useAppStore);
  }, []);

  useEffect(function runPlaybackClock() {
    return startPlaybackClock(useAppStore);
  }, []);

  useEffect(function watchReducedMotion() {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const apply = () => useAppStore.getState().setReducedMotion(query.matches);
    apply();
    query.addEventListener('change', apply);
    return function stopWatchingReducedMotion() {
      query.removeEventListener('change', apply);
    };
  }, []);

  useEffect(function globalKeys() {
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || e.altKey || e.ctrlKey || e.metaKey) return;
      const s = useAppStore.getState();
      if (e.key === ' ' && !s.presenting && !isActivatable(e.target)) {
        e.preventDefault();
        s.togglePlay();
      } else if ((e.key === 'p' || e.key === 'P') && !s.embed && !isTextEntry(e.target)) {
        e.preventDefault();
        s.togglePresentation();
      }
    };
    window.addEventListener('keydown', onKey);
    return function stopListeningForSpace() {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  useEffect(
    function setDocumentLang() {
      document.documentElement.lang = lang;
      document.title = t('appTitle');
    },
    [lang, t],
  );
}

/** The data part of the first usable view: the linked dataset (if any) has arrived. */
export function useReadySignal(loading: boolean): void {
  useEffect(
    function signalDataReady() {
      if (!loading) partReady('data');
    },
    [loading],
  );
}

/**
 * True while the page is being printed. The chronology handout is rendered only then (or
 * when shown), so scrubbing does not re-render a hidden table every day; flushSync makes
 * it exist before the browser lays out the printed page.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof window !== 'undefined' && window.matchMedia?.('print').matches === true,
  );
  useEffect(function watchPrinting() {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    const query = window.matchMedia('print');
    const onChange = () => (query.matches ? before() : after());
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query.addEventListener('change', onChange);
    return function stopWatchingPrinting() {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query.removeEventListener('change', onChange);
    };
  }, []);
  return printing;
}
