/**
 * Trips per year, drawn in SVG on the timeline's own scale (so bars sit above the dates
 * they count), with the playhead in step, an overview strip of the whole record showing
 * the visible window, and the visits to a selected place as ticks. Clicking a bar (or
 * Enter on it) zooms the timeline to that year. The bars are one tab stop: arrow keys
 * move between years. A summary and a table give the same figures as text.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectModel, selectSelectedPlaceId, selectView } from '../store/selectors';
import { peakYears, perYear, placeVisits } from '../domain/charts/counts';
import { toDayNumber } from '../domain/time/calendar';
import type { TimeScale } from '../domain/time/timeScale';
import { localized } from '../domain/dataset/localized';
import { useExploreT } from '../explore/useExploreT';
import type { AppState } from '../store/appStore';
import './yearChart.css';

export const CHART_HEIGHT = 96;
const BARS_HEIGHT = 62;
const OVERVIEW_TOP = 70;
const OVERVIEW_HEIGHT = 18;

const selectLangCode = (s: AppState) => s.lang;
const selectFullExtent = (s: AppState) => s.fullModel.extent;

const yearStart = (y: number) => toDayNumber({ year: y, month: 1, day: 1 });

/** Memoised: the timeline re-renders with its view, not with the date (the playhead moves by itself). */
export default memo(function YearChart({ scale, width }: { scale: TimeScale; width: number }) {
  const t = useExploreT();
  const model = useAppStore(selectModel);
  const view = useAppStore(selectView);
  const lang = useAppStore(selectLangCode);
  const placeId = useAppStore(selectSelectedPlaceId);
  const fullExtent = useAppStore(selectFullExtent);
  const counts = useMemo(() => perYear(model.dataset), [model]);
  const peaks = useMemo(() => peakYears(counts, 3), [counts]);
  const max = Math.max(1, ...counts.map((c) => c.count));
  const [focusYear, setFocusYear] = useState<number | null>(null);
  const barRefs = useRef(new Map<number, SVGRectElement>());
  const playheadRef = useRef<SVGLineElement | null>(null);
  const overviewHeadRef = useRef<SVGLineElement | null>(null);

  // The overview maps the whole record (unfiltered extent) onto the width.
  const o0 = fullExtent.first;
  const o1 = fullExtent.last + 1;
  const ox = (d: number) => ((d - o0) / Math.max(1, o1 - o0)) * width;

  useEffect(
    function followPlayhead() {
      const place = (instant: number) => {
        const x = scale.toX(instant);
        const el = playheadRef.current;
        if (el) el.setAttribute('transform', `translate(${x.toFixed(1)},0)`);
        const ov = overviewHeadRef.current;
        if (ov) ov.setAttribute('transform', `translate(${ox(instant).toFixed(1)},0)`);
      };
      place(useAppStore.getState().currentDay);
      return useAppStore.subscribe((s) => s.currentDay, place);
    },
    // ox depends on the extent and width only
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [scale, o0, o1, width],
  );

  const visible = counts.filter(
    (c) => yearStart(c.year + 1) > view.start && yearStart(c.year) < view.end,
  );
  const active = focusYear ?? peaks[0]?.year ?? counts[0]?.year ?? null;
  const zoomTo = (year: number) =>
    useAppStore.getState().fitRange(yearStart(year), yearStart(year + 1) - 1);
  const move = (year: number) => {
    const known = counts.find((c) => c.year === year);
    if (!known) return;
    setFocusYear(year);
    // Keep the focused year in view so its bar can take focus.
    const { view: v } = useAppStore.getState();
    if (yearStart(year + 1) <= v.start || yearStart(year) >= v.end) {
      const span = v.end - v.start;
      const mid = yearStart(year) + 182;
      useAppStore.getState().setView({ start: mid - span / 2, end: mid + span / 2 });
    }
    requestAnimationFrame(() => barRefs.current.get(year)?.focus());
  };

  const place = placeId ? model.placeById.get(placeId) : undefined;
  const visits = placeId ? (model.eventsByPlace.get(placeId) ?? []) : [];
  const visitStats = placeId ? placeVisits(model.dataset, placeId) : null;
  const peakText = peaks.map((p) => `${p.year} (${p.count})`).join(', ');

  return (
    <div className="year-chart">
      <h3 className="chart-title">
        {t('chartPerYear')}
        <span className="chart-summary"> — {t('chartPerYearSummary', { years: peakText })}</span>
      </h3>
      <svg
        width={width}
        height={CHART_HEIGHT}
        role="group"
        aria-label={t('chartPerYear')}
        aria-describedby="year-chart-help"
      >
        {visible.map((c) => {
          const x0 = scale.toX(yearStart(c.year));
          const x1 = scale.toX(yearStart(c.year + 1));
          const h = (c.count / max) * (BARS_HEIGHT - 4);
          const w = Math.max(1, x1 - x0 - (x1 - x0 > 4 ? 1 : 0));
          const isPeak = peaks.some((p) => p.year === c.year);
          return (
            <rect
              key={c.year}
              ref={(el) => {
                if (el) barRefs.current.set(c.year, el);
                else barRefs.current.delete(c.year);
              }}
              className={`year-bar${isPeak ? ' is-peak' : ''}`}
              x={x0}
              y={BARS_HEIGHT - Math.max(h, c.count > 0 ? 2 : 0)}
              width={w}
              height={Math.max(h, c.count > 0 ? 2 : 0) + 0.01}
              role="button"
              tabIndex={c.year === active ? 0 : -1}
              aria-label={t('chartBar', { year: String(c.year), n: c.count })}
              onClick={() => zoomTo(c.year)}
              onFocus={() => setFocusYear(c.year)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  zoomTo(c.year);
                } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  e.preventDefault();
                  move(c.year + (e.key === 'ArrowRight' ? 1 : -1));
                } else if (e.key === 'Home' || e.key === 'End') {
                  e.preventDefault();
                  move(e.key === 'Home' ? counts[0]!.year : counts[counts.length - 1]!.year);
                }
              }}
            >
              <title>{t('chartBar', { year: String(c.year), n: c.count })}</title>
            </rect>
          );
        })}
        {visits.map((i) => {
          const x = scale.toX(model.spans[i]!.first + 0.5);
          return x < 0 || x > width ? null : (
            <line key={i} className="visit-tick" x1={x} x2={x} y1={0} y2={10} aria-hidden="true" />
          );
        })}
        <line
          ref={playheadRef}
          className="chart-playhead"
          x1={0}
          x2={0}
          y1={0}
          y2={BARS_HEIGHT}
          aria-hidden="true"
        />
        <g className="overview" aria-hidden="true">
          <rect
            className="overview-track"
            x={0}
            y={OVERVIEW_TOP}
            width={width}
            height={OVERVIEW_HEIGHT}
          />
          {counts.map((c) => {
            const x0 = ox(yearStart(c.year));
            const x1 = ox(yearStart(c.year + 1));
            const h = (c.count / max) * OVERVIEW_HEIGHT;
            return (
              <rect
                key={c.year}
                className="overview-bar"
                x={x0}
                y={OVERVIEW_TOP + OVERVIEW_HEIGHT - h}
                width={Math.max(0.5, x1 - x0)}
                height={h}
              />
            );
          })}
          <rect
            className="overview-window"
            x={Math.max(0, ox(view.start))}
            y={OVERVIEW_TOP - 1}
            width={Math.max(2, Math.min(width, ox(view.end)) - Math.max(0, ox(view.start)))}
            height={OVERVIEW_HEIGHT + 2}
          />
          <line
            ref={overviewHeadRef}
            className="chart-playhead"
            x1={0}
            x2={0}
            y1={OVERVIEW_TOP - 2}
            y2={OVERVIEW_TOP + OVERVIEW_HEIGHT + 2}
          />
        </g>
      </svg>
      <p id="year-chart-help" className="visually-hidden">
        {t('chartPerYearHelp')}
      </p>
      {place && visitStats && (
        <p className="place-visits" role="status">
          {t('placeVisits', {
            place: localized(place.name, lang),
            n: visitStats.visits,
            m: visitStats.people,
          })}
        </p>
      )}
      <details className="chart-table">
        <summary>{t('chartTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('chartYear')}</th>
              <th scope="col">{t('chartTrips')}</th>
            </tr>
          </thead>
          <tbody>
            {counts
              .filter((c) => c.count > 0)
              .map((c) => (
                <tr key={c.year}>
                  <td>{c.year}</td>
                  <td>{c.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </div>
  );
});
