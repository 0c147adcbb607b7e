import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useAppStore } from '../store/appStore';
import {
  selectCalendarDay,
  selectHiddenActorIds,
  selectLanes,
  selectModel,
  selectSelectedEventId,
  selectView,
} from '../store/selectors';
import { createTimeScale } from '../domain/time/timeScale';
import { formatDayLong } from '../domain/time/calendar';
import { dayRange } from '../domain/model/queries';
import { useLocale, useT } from '../i18n/useT';
import { TimelineMarks, isDense } from './TimelineMarks';
import { laneLayout } from '../domain/time/lanes';
import { eventsInRange } from '../domain/time/timeIndex';
import { TimelineAxis, AXIS_HEIGHT, LARGE_AXIS_HEIGHT } from './TimelineAxis';
import { TimelineToolbar } from './TimelineToolbar';

const BASE_TRACK_HEIGHT = 64;
/** The trips-per-year chart: its own chunk, loaded when the charts are first shown. */
const YearChart = lazy(() => import('../charts/YearChart'));
const selectChartsShown = (s: { chartsShown: boolean }) => s.chartsShown;
const selectPresenting = (s: { presenting: boolean }) => s.presenting;
/** Pointer travel below which a press on a mark counts as a click, not a drag. */
const CLICK_SLOP_PX = 4;

function useElementWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(function measureWidth() {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.round(w));
    });
    observer.observe(el);
    return function stopMeasuring() {
      observer.disconnect();
    };
  }, []);
  return [ref, width];
}

/**
 * The timeline: an ARIA slider over a date axis with event marks and a playhead.
 * Drag to scrub, wheel or buttons to zoom, drag the axis (or shift+wheel) to pan.
 */
export function Timeline() {
  const t = useT();
  const locale = useLocale();
  const model = useAppStore(selectModel);
  const view = useAppStore(selectView);
  const lanes = useAppStore(selectLanes);
  const hidden = useAppStore(selectHiddenActorIds);
  const selectedEventId = useAppStore(selectSelectedEventId);
  const chartsShown = useAppStore(selectChartsShown);
  const presenting = useAppStore(selectPresenting);
  const axisHeight = presenting ? LARGE_AXIS_HEIGHT : AXIS_HEIGHT;
  const [trackRef, width] = useElementWidth<HTMLDivElement>();
  const playheadRef = useRef<HTMLDivElement | null>(null);

  const scale = useMemo(
    () => createTimeScale(view, { x0: 0, x1: Math.max(1, width) }),
    [view, width],
  );

  // With many people (34 Secretaries), lanes for those with an event in view, thinner past
  // ten of them (src/domain/time/lanes.ts), so that the timeline leaves room for the map.
  const { actors: laneActors, height: laneHeight } = useMemo(() => {
    // The density strip (too many events in view) has no lanes: none are drawn then.
    if (!lanes || isDense(model, scale, width)) return { actors: [], height: 0 };
    const visible = model.dataset.actors.filter((a) => !hidden.includes(a.id));
    const inView = new Set(
      eventsInRange(model.index, view.start, view.end).flatMap(
        (i) => model.dataset.events[i]!.actorIds,
      ),
    );
    return laneLayout(visible, inView);
  }, [lanes, model, hidden, view.start, view.end, scale, width]);
  const marksHeight = lanes
    ? Math.max(BASE_TRACK_HEIGHT, laneActors.length * laneHeight)
    : BASE_TRACK_HEIGHT;

  useEffect(function endScrubOnUnmount() {
    return function endScrub() {
      useAppStore.getState().setScrubbing(false);
    };
  }, []);

  // Playhead follows every change of the instant without re-rendering React.
  useEffect(
    function movePlayhead() {
      const place = (instant: number) => {
        const el = playheadRef.current;
        if (!el) return;
        const x = scale.toX(instant);
        const inside = x >= -2 && x <= width + 2;
        el.style.transform = `translateX(${x.toFixed(1)}px)`;
        el.style.visibility = inside ? 'visible' : 'hidden';
      };
      place(useAppStore.getState().currentDay);
      return useAppStore.subscribe((s) => s.currentDay, place);
    },
    [scale, width],
  );

  // Scrubbing by pointer, with click-to-select on marks.
  const drag = useRef<{ id: number; x0: number; moved: boolean; eventId: string | null } | null>(
    null,
  );
  // The track's left edge, read once per gesture: reading it on every pointer move would
  // force a layout of the whole page after each store update.
  const trackLeft = useRef<number | null>(null);
  const instantAt = useCallback(
    (clientX: number) => {
      const left = trackLeft.current ?? trackRef.current?.getBoundingClientRect().left ?? 0;
      return scale.toTime(clientX - left);
    },
    [scale, trackRef],
  );

  // Two fingers pinch to zoom around their midpoint.
  const touches = useRef(new Map<number, number>());
  const pinch = useRef<{ distance: number } | null>(null);

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'touch') {
      touches.current.set(e.pointerId, e.clientX);
      if (touches.current.size === 2) {
        const [a, b] = [...touches.current.values()] as [number, number];
        pinch.current = { distance: Math.max(10, Math.abs(a - b)) };
        drag.current = null;
        return;
      }
    }
    if (e.button !== 0) return;
    const target = e.target as Element;
    const eventId = target.closest<SVGElement>('[data-event-id]')?.dataset.eventId ?? null;
    drag.current = { id: e.pointerId, x0: e.clientX, moved: false, eventId };
    trackLeft.current = e.currentTarget.getBoundingClientRect().left;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const s = useAppStore.getState();
    if (s.playing) s.pause();
    if (!eventId) s.seek(instantAt(e.clientX));
    // The press itself is a lone change (panels show it at once); the moves that follow
    // are a stream (src/panels/useSettledSelector.ts).
    s.setScrubbing(true);
    (e.currentTarget.querySelector('[role="slider"]') as HTMLElement | null)?.focus({
      preventScroll: true,
    });
  };
  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    if (e.pointerType === 'touch' && touches.current.has(e.pointerId)) {
      touches.current.set(e.pointerId, e.clientX);
      if (pinch.current && touches.current.size === 2) {
        const [a, b] = [...touches.current.values()] as [number, number];
        const distance = Math.max(10, Math.abs(a - b));
        useAppStore.getState().zoomView(pinch.current.distance / distance, instantAt((a + b) / 2));
        pinch.current = { distance };
        return;
      }
    }
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    if (Math.abs(e.clientX - d.x0) > CLICK_SLOP_PX) d.moved = true;
    if (d.moved || !d.eventId) useAppStore.getState().seek(instantAt(e.clientX));
  };
  const onPointerUp = (e: React.PointerEvent<HTMLDivElement>) => {
    touches.current.delete(e.pointerId);
    if (touches.current.size < 2) pinch.current = null;
    trackLeft.current = null;
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    drag.current = null;
    useAppStore.getState().setScrubbing(false);
    if (!d.moved && d.eventId) useAppStore.getState().selectEvent(d.eventId);
  };

  // Wheel zooms around the pointer; horizontal wheel or shift pans. Not passive: it prevents page scroll.
  useEffect(
    function listenToWheel() {
      const el = trackRef.current;
      if (!el) return;
      const onWheel = (e: WheelEvent) => {
        e.preventDefault();
        const s = useAppStore.getState();
        const horizontal = Math.abs(e.deltaX) > Math.abs(e.deltaY) || e.shiftKey;
        if (horizontal) {
          const delta = (e.shiftKey ? e.deltaY : e.deltaX) || e.deltaY;
          s.panView(delta / Math.max(1, el.clientWidth));
        } else {
          const factor = Math.exp(e.deltaY * (e.ctrlKey ? 0.01 : 0.0015));
          s.zoomView(factor, instantAt(e.clientX));
        }
      };
      el.addEventListener('wheel', onWheel, { passive: false });
      return function stopListeningToWheel() {
        el.removeEventListener('wheel', onWheel);
      };
    },
    [instantAt, trackRef],
  );

  const helpId = 'timeline-help';

  return (
    <section className="timeline" aria-labelledby="timeline-heading" id="timeline">
      <h2 id="timeline-heading" className="visually-hidden">
        {t('timeline')}
      </h2>
      <TimelineToolbar />
      {chartsShown && width > 0 && (
        <div className="timeline-chart-row">
          {lanes && <div className="lane-spacer" aria-hidden="true" />}
          <div className="timeline-chart">
            <Suspense fallback={<p className="hint">{t('chartsLoading')}</p>}>
              <YearChart scale={scale} width={width} />
            </Suspense>
          </div>
        </div>
      )}
      <div className="timeline-body">
        {lanes && (
          <ul className="lane-labels" aria-hidden="true" style={{ height: marksHeight }}>
            {laneActors.map((a) => (
              <li
                key={a.id}
                style={{
                  height: laneHeight,
                  color: a.color,
                  fontSize: laneHeight < 16 ? `${Math.max(7, laneHeight - 1)}px` : undefined,
                }}
              >
                {a.initials}
              </li>
            ))}
          </ul>
        )}
        <div
          className="timeline-track"
          ref={trackRef}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerUp}
          style={{ height: marksHeight + axisHeight }}
        >
          <ScrubSurface label={t('timeline')} helpId={helpId} />
          <TimelineMarks
            model={model}
            scale={scale}
            width={width}
            height={marksHeight}
            laneActors={laneActors}
            hidden={hidden}
            selectedEventId={selectedEventId}
            laneHeight={laneHeight}
          />
          <TimelineAxis
            scale={scale}
            view={view}
            width={width}
            top={marksHeight}
            locale={locale}
            large={presenting}
          />
          <div className="playhead" ref={playheadRef} aria-hidden="true" />
        </div>
      </div>
      <p id={helpId} className="visually-hidden">
        {t('timelineHelp')}
      </p>
    </section>
  );
}

/** Keys on the slider: days, events, ends, zoom. */
function onSliderKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
  const s = useAppStore.getState();
  const handled = (() => {
    switch (e.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        s.stepDays(-1);
        return true;
      case 'ArrowRight':
      case 'ArrowUp':
        s.stepDays(1);
        return true;
      case 'PageUp':
        s.goToPreviousEvent();
        return true;
      case 'PageDown':
        s.goToNextEvent();
        return true;
      case 'Home':
        s.goToFirstEvent();
        return true;
      case 'End':
        s.goToLastEvent();
        return true;
      case '+':
      case '=':
        s.zoomView(0.5);
        return true;
      case '-':
        s.zoomView(2);
        return true;
      default:
        return false;
    }
  })();
  if (handled) {
    e.preventDefault();
    e.stopPropagation();
  }
}

/**
 * The slider itself, with its value: the one part of the timeline that renders on every
 * day of a scrub (the playhead moves without React, the marks and axis do not change).
 */
const ScrubSurface = memo(function ScrubSurface({
  label,
  helpId,
}: {
  label: string;
  helpId: string;
}) {
  const locale = useLocale();
  const model = useAppStore(selectModel);
  const day = useAppStore(selectCalendarDay);
  const { min, max } = dayRange(model);
  return (
    <div
      role="slider"
      tabIndex={0}
      className="scrub-surface"
      aria-label={label}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={day}
      aria-valuetext={formatDayLong(day, locale)}
      aria-describedby={helpId}
      aria-orientation="horizontal"
      onKeyDown={onSliderKeyDown}
    />
  );
});
