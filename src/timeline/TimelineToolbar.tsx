import { useAppStore } from '../store/appStore';
import { selectCalendarDay, selectLanes, selectModel } from '../store/selectors';
import { formatDayLong, formatMonth } from '../domain/time/calendar';
import { useLocale, useT } from '../i18n/useT';
import { PlaybackControls } from './PlaybackControls';
import { eventInstant } from '../domain/playback/playback';
import { Icon } from '../ui/Icon';

/** Above this many clusters of events, a list replaces the jump buttons. */
const MAX_CLUSTER_BUTTONS = 6;

/** Current date, playback, and the zoom/pan/jump controls of the timeline. */
export function TimelineToolbar() {
  const t = useT();
  const locale = useLocale();
  const day = useAppStore(selectCalendarDay);
  const model = useAppStore(selectModel);
  const lanes = useAppStore(selectLanes);
  const zoomView = useAppStore((s) => s.zoomView);
  const panView = useAppStore((s) => s.panView);
  const fitAll = useAppStore((s) => s.fitAll);
  const fitRange = useAppStore((s) => s.fitRange);
  const seek = useAppStore((s) => s.seek);
  const setLanes = useAppStore((s) => s.setLanes);
  const jumpToCluster = (c: { first: number; last: number }) => {
    fitRange(c.first, c.last);
    seek(eventInstant(c.first));
  };

  return (
    <div className="timeline-toolbar">
      <output className="current-date" aria-label={t('currentDate')}>
        {formatDayLong(day, locale)}
      </output>
      <PlaybackControls />
      <div className="toolbar-group" role="group" aria-label={t('timeline')}>
        <button
          type="button"
          onClick={() => panView(-0.5)}
          aria-label={t('panEarlier')}
          title={t('panEarlier')}
        >
          <Icon name="earlier" />
        </button>
        <button
          type="button"
          onClick={() => zoomView(2)}
          aria-label={t('zoomOut')}
          title={t('zoomOut')}
        >
          −
        </button>
        <button
          type="button"
          onClick={() => zoomView(0.5)}
          aria-label={t('zoomIn')}
          title={t('zoomIn')}
        >
          +
        </button>
        <button
          type="button"
          onClick={() => panView(0.5)}
          aria-label={t('panLater')}
          title={t('panLater')}
        >
          <Icon name="later" />
        </button>
        <button type="button" onClick={fitAll}>
          {t('fitAll')}
        </button>
        {model.clusters.length > 1 && model.clusters.length <= MAX_CLUSTER_BUTTONS
          ? model.clusters.map((c) => {
              const label = formatMonth(c.first, locale, 'short');
              return (
                <button
                  type="button"
                  key={c.first}
                  aria-label={`${t('jumpTo')} ${label}`}
                  onClick={() => jumpToCluster(c)}
                >
                  {label}
                </button>
              );
            })
          : null}
        {model.clusters.length > MAX_CLUSTER_BUTTONS && (
          <label className="select-label">
            {t('jumpTo')}
            <select
              value=""
              onChange={(e) => {
                const c = model.clusters[Number(e.target.value)];
                if (c) jumpToCluster(c);
              }}
            >
              <option value="">…</option>
              {model.clusters.map((c, i) => (
                <option key={c.first} value={i}>
                  {formatMonth(c.first, locale, 'short')}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="toggle">
          <input type="checkbox" checked={lanes} onChange={(e) => setLanes(e.target.checked)} />
          {t('lanes')}
        </label>
      </div>
    </div>
  );
}
