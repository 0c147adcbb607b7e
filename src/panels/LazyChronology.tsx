/**
 * The chronology (table of every event, hand-out maps) is a chunk of its own. A page opened
 * on `view=chronology` waits for it before its first render (main.tsx); any other page
 * fetches it once idle after the first view, so switching to it or printing finds it ready.
 */
import { useEffect, useState, type ComponentType } from 'react';
import { useT } from '../i18n/useT';

type ChronologyView = ComponentType<{ hidden: boolean }>;

let loaded: ChronologyView | null = null;
let pending: Promise<ChronologyView> | null = null;

/** Loads the chronology's code (once; again after a failure, e.g. offline before it was cached). */
export function loadChronology(): Promise<ChronologyView> {
  pending ??= import('./Chronology').then(
    (m) => (loaded = m.Chronology),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

if (typeof window !== 'undefined' && 'requestIdleCallback' in window)
  window.requestIdleCallback(() => void loadChronology().catch(() => {}), { timeout: 10_000 });

/** The chronology, at once when its code is in; until then a note of the same role. */
export function LazyChronology({ hidden }: { hidden: boolean }) {
  const t = useT();
  const [View, setView] = useState<ChronologyView | null>(() => loaded);
  useEffect(
    function loadView() {
      if (View) return;
      let live = true;
      loadChronology().then(
        (v) => {
          if (live) setView(() => v);
        },
        () => {},
      );
      return function ignoreLateView() {
        live = false;
      };
    },
    [View],
  );
  if (View) return <View hidden={hidden} />;
  return (
    <section
      className={`chronology${hidden ? ' print-only' : ''}`}
      aria-labelledby="chronology-heading"
      aria-busy="true"
    >
      <h2 id="chronology-heading">{t('chronology')}</h2>
    </section>
  );
}
