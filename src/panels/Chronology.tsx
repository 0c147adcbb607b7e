import './chronology.css';
import { lazy, Suspense } from 'react';
import { useAppStore } from '../store/appStore';
import { useSettledSelector } from './useSettledSelector';
import {
  selectCalendarDay,
  selectLang,
  selectModel,
  selectSelectedEventId,
} from '../store/selectors';
import { localized } from '../domain/dataset/localized';
import { formatPlaceList } from '../domain/dataset/placeList';
import { formatAtPrecision } from '../domain/time/calendar';
import { useLocale, useT } from '../i18n/useT';
import { useEventWindow } from './useEventWindow';
import { placesOf } from '../domain/model/queries';

// The hand-out's maps load on demand (kept out of the first view) and are fetched once the
// page is idle, so printing from any view finds them ready.
const loadHandout = () => import('./handout/HandoutMaps');
const HandoutMaps = lazy(() => loadHandout().then((m) => ({ default: m.HandoutMaps })));
if (typeof window !== 'undefined' && 'requestIdleCallback' in window)
  window.requestIdleCallback(() => void loadHandout(), { timeout: 10_000 });

/** How many rows the table shows at once (around the current date). */
const TABLE_WINDOW = 200;

/**
 * All events as a table: the map's text alternative, keyboard- and screen-reader-friendly,
 * in step with the store, and the page printed as a one-page handout.
 */
export function Chronology({ hidden }: { hidden: boolean }) {
  const t = useT();
  const locale = useLocale();
  const model = useAppStore(selectModel);
  const lang = useAppStore(selectLang);
  const day = useSettledSelector(selectCalendarDay);
  const selectedId = useAppStore(selectSelectedEventId);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const setMainView = useAppStore((s) => s.setMainView);
  const { indices: order, start, end, total } = useEventWindow(TABLE_WINDOW);

  return (
    <section
      className={`chronology${hidden ? ' print-only' : ''}`}
      aria-labelledby="chronology-heading"
    >
      <h2 id="chronology-heading">{t('chronology')}</h2>
      <p className="print-title">{localized(model.dataset.title, lang)}</p>
      {total > end - start && (
        <p className="hint">{t('showingWindow', { from: start + 1, to: end, total })}</p>
      )}
      <table>
        <caption className="visually-hidden">{t('chronologyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('where')}</th>
            <th scope="col">{t('who')}</th>
            <th scope="col">{t('event')}</th>
          </tr>
        </thead>
        <tbody>
          {order.map((i) => {
            const e = model.dataset.events[i]!;
            const span = model.spans[i]!;
            const today = day >= span.first && day <= span.last;
            return (
              <tr
                key={e.id}
                className={`${today ? 'is-today' : ''}${e.id === selectedId ? ' is-selected' : ''}`}
                aria-current={today ? 'date' : undefined}
              >
                <td>{formatAtPrecision(span.first, span.last, e.precision, locale)}</td>
                <td>
                  {formatPlaceList(
                    placesOf(model, e.placeIds).map((p) => localized(p.name, lang)),
                    e.kind,
                  )}
                </td>
                <td>
                  {e.actorIds
                    .map((id) => model.actorById.get(id))
                    .filter((a) => a !== undefined)
                    .map((a) => localized(a.name, lang))
                    .join(', ')}
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      selectEvent(e.id);
                    }}
                    onDoubleClick={() => setMainView('map')}
                  >
                    {localized(e.title, lang)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Suspense fallback={null}>
        <HandoutMaps />
      </Suspense>
      <p className="print-attribution">{t('attribution')}</p>
    </section>
  );
}
