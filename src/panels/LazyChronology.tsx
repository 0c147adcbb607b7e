/**
 * The chronology (table of every event, hand-out maps) is a chunk of its own. A page opened
 * on `view=chronology` waits for it before its first render (main.tsx); any other page
 * fetches it once idle after the first view, so switching to it or printing finds it ready.
 */
import { useT } from '../i18n/useT';
import { lazyValue } from '../ui/lazyValue';

const chronology = lazyValue(() => import('./Chronology').then((m) => m.Chronology));

/** Loads the chronology's code (once; again after a failure, e.g. offline before it was cached). */
export const loadChronology = chronology.load;
const useChronology = chronology.useValue;

if (typeof window !== 'undefined' && 'requestIdleCallback' in window)
  window.requestIdleCallback(() => void loadChronology().catch(() => {}), { timeout: 10_000 });

/** The chronology, at once when its code is in; until then a note of the same role. */
export function LazyChronology({ hidden }: { hidden: boolean }) {
  const t = useT();
  const View = useChronology();
  // eslint-disable-next-line react-hooks/static-components -- always the one Chronology, once in
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
