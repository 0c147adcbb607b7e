/**
 * Tours: ordered steps, each pointing at an event, with a caption per language and a map
 * view. Steps reorder by dragging, by the move up / move down buttons, or from the
 * keyboard with the drag handle (Space picks the step up, ↑/↓ move it, Space puts it down,
 * Esc puts it back). A story can hold several tours; the presenter chooses one.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Dataset, Tour, TourStep } from '../domain/dataset/schema';
import { localized } from '../domain/dataset/localized';
import {
  addStep,
  addTour,
  deleteStep,
  deleteTour,
  duplicateStep,
  moveStep,
  setText,
  updateStep,
  updateTour,
} from '../domain/editing/operations';
import { isoToDay, formatDayShort } from '../domain/time/calendar';
import { useAppStore } from '../store/appStore';
import { selectLang, selectSelectedEventId } from '../store/selectors';
import { LANGS, LANG_NAMES } from '../i18n/i18n';
import { useLocale } from '../i18n/useT';
import { useStudioT } from './useStudioT';
import { SelectField, TextField } from './fields';
import { edit } from './useEdit';

/** Steps have no id: a key per step object keeps a step's element (and focus) as it moves. */
const stepKeys = new WeakMap<TourStep, number>();
let nextStepKey = 1;
function stepKey(step: TourStep): number {
  let k = stepKeys.get(step);
  if (k === undefined) stepKeys.set(step, (k = nextStepKey++));
  return k;
}

function currentView(): TourStep['view'] | undefined {
  const v = useAppStore.getState().mapView;
  if (!v) return undefined;
  const r = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;
  return { center: [r(v.lat, 4), r(v.lon, 4)], zoom: r(Math.max(0, Math.min(18, v.zoom)), 2) };
}

export function ToursEditor({ draft }: { draft: Dataset }) {
  const t = useStudioT();
  const lang = useAppStore(selectLang);
  const selectedEventId = useAppStore(selectSelectedEventId);
  const [tourId, setTourId] = useState<string | null>(draft.tours[0]?.id ?? null);
  const tour = draft.tours.find((x) => x.id === tourId) ?? draft.tours[0];

  const firstEventId = () =>
    (selectedEventId && draft.events.some((e) => e.id === selectedEventId)
      ? selectedEventId
      : draft.events[0]?.id) ?? null;

  const newTour = () => {
    const eventId = firstEventId();
    if (!eventId) return;
    const ev = draft.events.find((e) => e.id === eventId)!;
    let created = '';
    edit((d) => {
      const view = currentView();
      const r = addTour(d, t('newTourTitle', { n: d.tours.length + 1 }), {
        eventId,
        caption: { en: ev.title.en },
        ...(view ? { view } : {}),
      });
      created = r.id;
      return r.dataset;
    });
    setTourId(created);
  };

  return (
    <div className="tours-editor">
      {draft.tours.length > 1 && (
        <SelectField
          label={t('tourLabel')}
          value={tour?.id ?? ''}
          options={draft.tours.map((x) => ({ value: x.id, label: localized(x.title, lang) }))}
          onChange={setTourId}
        />
      )}
      <button
        type="button"
        className="primary"
        onClick={newTour}
        disabled={draft.events.length === 0}
      >
        {t('addTour')}
      </button>
      {draft.events.length === 0 && <p className="editor-hint">{t('needsEvent')}</p>}
      {!tour ? (
        <p className="editor-hint">{t('noTours')}</p>
      ) : (
        <TourForm key={tour.id} draft={draft} tour={tour} nextEventId={firstEventId} />
      )}
    </div>
  );
}

function TourForm({
  draft,
  tour,
  nextEventId,
}: {
  draft: Dataset;
  tour: Tour;
  nextEventId: () => string | null;
}) {
  const t = useStudioT();
  const locale = useLocale();
  const lang = useAppStore(selectLang);
  const [announcement, setAnnouncement] = useState('');
  const [grabbed, setGrabbed] = useState<{ index: number; from: number; serial: number } | null>(
    null,
  );
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const handles = useRef<(HTMLButtonElement | null)[]>([]);
  const focusAfter = useRef<number | null>(null);
  const tourId = tour.id;

  useEffect(function focusMovedHandle() {
    if (focusAfter.current !== null) {
      handles.current[focusAfter.current]?.focus();
      focusAfter.current = null;
    }
  });

  const eventOptions = useMemo(
    () =>
      draft.events
        .map((e) => ({ e, day: isoToDay(e.date) ?? 0 }))
        .sort((a, b) => a.day - b.day)
        .map(({ e, day }) => ({
          value: e.id,
          label: `${formatDayShort(day, locale)} · ${localized(e.title, lang)}`,
        })),
    [draft.events, lang, locale],
  );

  const move = (from: number, to: number, coalesce?: string) => {
    if (to < 0 || to >= tour.steps.length || from === to) return;
    edit((d) => moveStep(d, tourId, from, to), coalesce);
    focusAfter.current = to;
    setAnnouncement(t('stepMoved', { n: to + 1, total: tour.steps.length }));
  };

  return (
    <section className="tour-form" aria-label={localized(tour.title, lang)}>
      {LANGS.map((l) => (
        <TextField
          key={l}
          label={t('tourTitleIn', { lang: LANG_NAMES[l] })}
          lang={l}
          value={tour.title[l] ?? ''}
          validate={(v) => (l === 'en' && !v.trim() ? 'required' : null)}
          onCommit={(v) =>
            edit(
              (d) => updateTour(d, tourId, { title: setText(tour.title, l, v)! }),
              `tour:${tourId}:title.${l}`,
            )
          }
        />
      ))}
      <h3>{t('stepsHeading')}</h3>
      <p className="editor-hint" id={`${tourId}-handle-hint`}>
        {t('dragHandleHint')}
      </p>
      <ol className="step-list">
        {tour.steps.map((step, i) => {
          const n = i + 1;
          const isGrabbed = grabbed?.index === i;
          return (
            <li
              key={stepKey(step)}
              className={`step-item${isGrabbed ? ' is-grabbed' : ''}${dragFrom === i ? ' is-dragging' : ''}`}
              draggable
              onDragStart={(e) => {
                setDragFrom(i);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', String(i));
              }}
              onDragOver={(e) => {
                if (dragFrom !== null) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragFrom !== null) move(dragFrom, i);
                setDragFrom(null);
              }}
              onDragEnd={() => setDragFrom(null)}
            >
              <div className="step-head">
                <button
                  type="button"
                  className="drag-handle"
                  ref={(el) => {
                    handles.current[i] = el;
                  }}
                  aria-label={t('dragHandle', { n })}
                  aria-describedby={`${tourId}-handle-hint`}
                  aria-pressed={isGrabbed}
                  onKeyDown={(e) => {
                    if (e.key === ' ' || e.key === 'Enter') {
                      e.preventDefault();
                      setGrabbed(isGrabbed ? null : { index: i, from: i, serial: Date.now() });
                    } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && grabbed) {
                      e.preventDefault();
                      const to = e.key === 'ArrowUp' ? i - 1 : i + 1;
                      if (to >= 0 && to < tour.steps.length) {
                        move(i, to, `tour:${tourId}:grab:${grabbed.serial}`);
                        setGrabbed({ ...grabbed, index: to });
                      }
                    } else if (e.key === 'Escape' && grabbed) {
                      e.preventDefault();
                      e.stopPropagation();
                      move(i, grabbed.from, `tour:${tourId}:grab:${grabbed.serial}`);
                      setGrabbed(null);
                    }
                  }}
                  onBlur={() => {
                    if (focusAfter.current === null) setGrabbed(null);
                  }}
                >
                  ⠿
                </button>
                <h4>{t('stepN', { n })}</h4>
                <button type="button" onClick={() => move(i, i - 1)} disabled={i === 0}>
                  {t('moveUp', { n })}
                </button>
                <button
                  type="button"
                  onClick={() => move(i, i + 1)}
                  disabled={i === tour.steps.length - 1}
                >
                  {t('moveDown', { n })}
                </button>
              </div>
              <SelectField
                label={t('stepEvent', { n })}
                value={step.eventId}
                options={eventOptions}
                onChange={(eventId) => edit((d) => updateStep(d, tourId, i, { eventId }))}
              />
              {LANGS.map((l) => (
                <TextField
                  key={l}
                  label={t('stepCaption', { n, lang: LANG_NAMES[l] })}
                  lang={l}
                  multiline
                  value={step.caption[l] ?? ''}
                  validate={(v) => (l === 'en' && !v.trim() ? 'required' : null)}
                  onCommit={(v) =>
                    edit(
                      (d) => updateStep(d, tourId, i, { caption: setText(step.caption, l, v)! }),
                      `step:${tourId}:${i}:caption.${l}`,
                    )
                  }
                />
              ))}
              <p className="step-view">
                {step.view
                  ? t('stepView', {
                      lat: step.view.center[0],
                      lon: step.view.center[1],
                      zoom: step.view.zoom,
                    })
                  : t('stepNoView')}
              </p>
              <div className="editor-actions">
                <button
                  type="button"
                  onClick={() => {
                    const view = currentView();
                    if (view) edit((d) => updateStep(d, tourId, i, { view }));
                  }}
                >
                  {t('useMapView')}
                </button>
                <button type="button" onClick={() => edit((d) => duplicateStep(d, tourId, i))}>
                  {t('duplicateStep', { n })}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => edit((d) => deleteStep(d, tourId, i))}
                >
                  {t('deleteStep', { n })}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="editor-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            const eventId = nextEventId();
            if (!eventId) return;
            const ev = draft.events.find((e) => e.id === eventId);
            edit((d) => addStep(d, tourId, { eventId, caption: { en: ev?.title.en ?? eventId } }));
          }}
        >
          {t('addStep')}
        </button>
        <button type="button" className="danger" onClick={() => edit((d) => deleteTour(d, tourId))}>
          {t('deleteTour')}
        </button>
      </div>
    </section>
  );
}
