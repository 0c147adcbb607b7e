import { useAppStore, type AppState } from '../store/appStore';
import { selectCalendarDay, selectLanes, selectModel } from '../store/selectors';
import { useMemo, useState } from 'react';
import {
  formatDayLong,
  formatMonth,
  fromDayNumber,
  longestDayLongLabels,
} from '../domain/time/calendar';
import { useLocale, useT } from '../i18n/useT';
import { PlaybackControls } from './PlaybackControls';
import { eventInstant } from '../domain/playback/playback';
import { Icon } from '../ui/Icon';

/** Above this many clusters of events, a list replaces the jump buttons. */
const MAX_CLUSTER_BUTTONS = 6;

/**
 * The date readout: the one part of the toolbar that renders on every day of a scrub. It
 * keeps the width of the longest date of the data: if it grew and shrank with the date,
 * the toolbar would wrap differently, the timeline change height and the map resize (and
 * redraw) on every frame.
 */
function CurrentDate() {
  const t = useT();
  const locale = useLocale();
  const day = useAppStore(selectCalendarDay);
  const year = useAppStore(selectLastYear);
  const widest = useMemo(() => longestDayLongLabels(year, locale), [year, locale]);
  return (
    <span className="current-date-box">
      <output className="current-date" aria-label={t('currentDate')}>
        {formatDayLong(day, locale)}
      </output>
      <span className="current-date-sizer" aria-hidden="true">
        {widest.map((label) => (
          <span key={label}>{label}</span>
        ))}
      </span>
    </span>
  );
}

const selectLastYear = (s: AppState) => fromDayNumber(s.model.extent.last).year;

/** Current date, playback, and the zoom/pan/jump controls of the timeline. */
export function TimelineToolbar() {
  const t = useT();
  const locale = useLocale();
  const model = useAppStore(selectModel);
  const lanes = useAppStore(selectLanes);
  const zoomView = useAppStore((s) => s.zoomView);
  const panView = useAppStore((s) => s.panView);
  const fitAll = useAppStore((s) => s.fitAll);
  const fitRange = useAppStore((s) => s.fitRange);
  const seek = useAppStore((s) => s.seek);
  const setLanes = useAppStore((s) => s.setLanes);
  // Small screens (layout.css) show the date and play controls; this button shows the rest.
  const [more, setMore] = useState(false);
  const jumpToCluster = (c: { first: number; last: number }) => {
    fitRange(c.first, c.last);
    seek(eventInstant(c.first));
  };

  return (
    <div className="timeline-toolbar" data-more={more || undefined}>
      <CurrentDate />
      <PlaybackControls
        more={
          <button
            type="button"
            className="toolbar-more"
            aria-label={t('moreTimeline')}
            aria-expanded={more}
            onClick={() => setMore(!more)}
          >
            {t('more')}
          </button>
        }
      />
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
